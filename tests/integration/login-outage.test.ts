import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { loginAction } from '@/app/(auth)/login/actions'
import { createUser } from '../fixtures/factories'
import { type CutOffDatabase, cutOffDatabase } from '../fixtures/cut-off-database'

// Signing in reads the database first (the throttling counters, then the
// account). Here that read fails with the error a client whose database is
// gone really throws, taken from a client behind a cut connection, and the
// login form must say so and keep the address, not claim a wrong password or
// end on the error page.

const outage = vi.hoisted(() => ({ error: null as unknown, down: false }))

// A request without cookies or forwarding headers, as a browser's first sign-in sends it.
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}))

vi.mock('@/lib/auth/authenticate', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/auth/authenticate')>()
  return {
    ...original,
    authenticate: async (...args: Parameters<typeof original.authenticate>) => {
      if (outage.down) throw outage.error
      return original.authenticate(...args)
    },
  }
})

let database: CutOffDatabase

beforeAll(async () => {
  database = await cutOffDatabase()
  outage.error = await database.outageError()
})

afterAll(async () => {
  outage.down = false
  await database.close()
})

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

describe('signing in while the database cannot be reached', () => {
  it('says that signing in is not possible now, keeps the address and reveals nothing about the account', async () => {
    const user = await createUser('EDITOR')
    outage.down = true
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      for (const email of [user.email, `nobody-${Date.now()}@example.org`]) {
        const state = await loginAction({ status: 'idle' }, form({ email, password: 'any password at all', callbackUrl: '/admin' }))
        expect(state.status).toBe('error')
        expect(state.message).toMatch(/database cannot be reached/)
        expect(state.message).not.toMatch(/incorrect/)
        expect(state.values?.email).toBe(email)
        expect(JSON.stringify(state.values)).not.toContain('any password at all')
      }
      expect(errors).toHaveBeenCalled()
    } finally {
      errors.mockRestore()
      outage.down = false
    }
  })

  it('still says "incorrect" for a wrong password once the database answers', async () => {
    const user = await createUser('EDITOR')
    const state = await loginAction({ status: 'idle' }, form({ email: user.email, password: 'not the password' }))
    expect(state.message).toBe('The email or password is incorrect.')
  })
})

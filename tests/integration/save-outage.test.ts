import type { JWT } from 'next-auth/jwt'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { attempt } from '@/lib/action-attempt'
import { AuthorizationError } from '@/lib/auth/guards'
import { readSession, sessionJwt } from '@/lib/auth/session-token'
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/lib/db-errors'
import { createUser } from '../fixtures/factories'
import { type CutOffDatabase, cutOffDatabase } from '../fixtures/cut-off-database'

// How a save behaves when the database is down: the session check and the
// data-layer call fail with real errors of a client whose database has gone.

const sessions = vi.hoisted(() => ({ unavailable: null as unknown }))

// The session rows are read through the app's client, which this file cannot
// cut off; while `unavailable` is set, reading one fails with the error a
// cut-off client really throws.
vi.mock('@/lib/auth/sessions', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/auth/sessions')>()
  return {
    ...original,
    resolveSession: async (...args: Parameters<typeof original.resolveSession>) => {
      if (sessions.unavailable) throw sessions.unavailable
      return original.resolveSession(...args)
    },
  }
})

let database: CutOffDatabase

beforeAll(async () => {
  database = await cutOffDatabase()
})

afterAll(async () => {
  await database.close()
})

afterEach(() => {
  sessions.unavailable = null
  vi.restoreAllMocks()
})

const outageError = () => database.outageError()

/** What Auth.js's `auth()` does with the `jwt` callback: any error there means "signed out". */
async function authLike(token: JWT): Promise<JWT | null> {
  try {
    return await sessionJwt({ token })
  } catch {
    return null
  }
}

async function signedInToken(): Promise<JWT> {
  const user = await createUser('EDITOR')
  const token = await sessionJwt({ token: { sub: user.id }, user, trigger: 'signIn' })
  if (!token) throw new Error('Sign-in produced no token')
  return token
}

describe('reading the session while the database is down', () => {
  it('throws the database error instead of reporting the editor as signed out', async () => {
    const token = await signedInToken()
    const error = await outageError()
    sessions.unavailable = error
    await expect(readSession(() => authLike(token))).rejects.toBe(error)
  })

  it('still reports the session when the database answers, and a failure of another kind as signed out', async () => {
    const token = await signedInToken()
    await expect(readSession(() => authLike(token))).resolves.toEqual(token)
    sessions.unavailable = new Error('a bug in the session check')
    await expect(readSession(() => authLike(token))).resolves.toBeNull()
  })
})

describe('attempt (every content save, workflow and translation action)', () => {
  it('turns a database that cannot be reached into the message that nothing was saved', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const outcome = await attempt(() => database.client.user.count())
    expect(outcome).toEqual({ ok: false, message: DATABASE_UNAVAILABLE_MESSAGE })
    // The operators still learn about it.
    expect(log).toHaveBeenCalledTimes(1)
    expect(isDatabaseUnavailable(await outageError())).toBe(true)
  })

  it('also when it is the session check that failed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const token = await signedInToken()
    sessions.unavailable = await outageError()
    const outcome = await attempt(() => readSession(() => authLike(token)))
    expect(outcome).toEqual({ ok: false, message: DATABASE_UNAVAILABLE_MESSAGE })
  })

  it('passes on refusals of the data layer with their own message', async () => {
    const outcome = await attempt(() => Promise.reject(new AuthorizationError('Only editors can publish.')))
    expect(outcome).toEqual({ ok: false, message: 'Only editors can publish.' })
  })

  it('returns the result of a call that succeeds, and throws any other error on', async () => {
    await expect(attempt(async () => 42)).resolves.toEqual({ ok: true, value: 42 })
    const bug = new TypeError('x is undefined')
    await expect(attempt(() => Promise.reject(bug))).rejects.toBe(bug)
  })
})

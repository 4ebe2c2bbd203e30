import { afterEach, describe, expect, it, vi } from 'vitest'
import { createUser, unique } from '../fixtures/factories'
import { authenticate, getClientIp } from '@/lib/auth/authenticate'
import { db } from '@/lib/db'

// The request headers are the one thing replaced: `null` behaves like a call
// outside a request, where Next's `headers()` throws.
const request = vi.hoisted(() => ({ headers: null as Record<string, string> | null }))
vi.mock('next/headers', () => ({
  headers: async () => {
    if (!request.headers) throw new Error('`headers` was called outside a request scope.')
    return new Headers(request.headers)
  },
}))

afterEach(() => {
  request.headers = null
})

const password = 'correct horse battery staple'

async function latestFor(email: string) {
  return db.auditLog.findMany({ where: { actorEmail: email }, orderBy: [{ at: 'desc' }, { id: 'desc' }] })
}

describe('sign-in audit', () => {
  it('records a successful sign-in with the user as actor and updates the last login', async () => {
    const user = await createUser('EDITOR', { password })
    request.headers = { 'x-forwarded-for': '203.0.113.7, 10.0.0.1', 'x-real-ip': '10.0.0.1' }
    const before = new Date()

    expect(await authenticate(user.email.toUpperCase(), password)).toMatchObject({ id: user.id })

    const [entry, ...rest] = await latestFor(user.email)
    expect(rest).toHaveLength(0)
    expect(entry).toMatchObject({
      action: 'LOGIN_SUCCEEDED',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'USER',
      entityId: user.id,
      ip: '203.0.113.7',
    })
    const { lastLoginAt } = await db.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(lastLoginAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000)
  })

  it.each([
    ['wrong-password', async () => (await createUser('EDITOR', { password })).email, 'not the password'],
    ['inactive', async () => (await createUser('EDITOR', { password, active: false })).email, password],
    ['unknown-user', async () => `Nobody-${unique()}@Test.Example`, password],
    [
      'no-password',
      async () => {
        const invited = await db.user.create({
          data: { email: `invited-${unique()}@test.example`, name: 'Invited', role: 'EDITOR' },
        })
        return invited.email
      },
      password,
    ],
  ] as const)('records a refusal for reason %s without an actor and without the password', async (reason, email, attempt) => {
    const address = await email()
    request.headers = { 'x-real-ip': '198.51.100.4' }

    expect(await authenticate(address, attempt)).toBeNull()

    const entries = await latestFor(address.toLowerCase())
    expect(entries).toHaveLength(1)
    const [entry] = entries
    expect(entry).toMatchObject({
      action: 'LOGIN_FAILED',
      actorId: null,
      actorEmail: address.toLowerCase(),
      details: { reason },
      ip: '198.51.100.4',
    })
    expect(JSON.stringify(entry)).not.toContain(attempt)
    const user = await db.user.findUnique({ where: { email: address.toLowerCase() } })
    expect(entry?.entityId).toBe(user?.id ?? null)
    if (user) expect(user.lastLoginAt).toBeNull()
  })

  it('answers every refusal the same way, whatever the reason', async () => {
    const active = await createUser('EDITOR', { password })
    const inactive = await createUser('EDITOR', { password, active: false })
    const answers = await Promise.all([
      authenticate(active.email, 'wrong password!'),
      authenticate(inactive.email, password),
      authenticate(`ghost-${unique()}@test.example`, password),
    ])
    expect(answers).toEqual([null, null, null])
  })

  it('still signs in outside a request, recording no address', async () => {
    const user = await createUser('ADMIN', { password })
    expect(await authenticate(user.email, password)).not.toBeNull()
    const [entry] = await latestFor(user.email)
    expect(entry).toMatchObject({ action: 'LOGIN_SUCCEEDED', ip: null })
  })
})

describe('getClientIp', () => {
  it('prefers the first X-Forwarded-For entry, then X-Real-IP', async () => {
    request.headers = { 'x-forwarded-for': ' 2001:db8::1 , 192.0.2.1', 'x-real-ip': '192.0.2.9' }
    expect(await getClientIp()).toBe('2001:db8::1')
    request.headers = { 'x-real-ip': '192.0.2.9' }
    expect(await getClientIp()).toBe('192.0.2.9')
  })

  it('returns null without a request, without the headers, or when they hold no IP address', async () => {
    expect(await getClientIp()).toBeNull()
    request.headers = {}
    expect(await getClientIp()).toBeNull()
    request.headers = { 'x-forwarded-for': '<script>alert(1)</script>' }
    expect(await getClientIp()).toBeNull()
  })
})

import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createUser, unique } from '../fixtures/factories'
import { LoginThrottledError, authenticate } from '@/lib/auth/authenticate'
import { verifyPassword } from '@/lib/auth/password'
import { LOGIN_LIMITS } from '@/lib/auth/throttle-policy'
import { db } from '@/lib/db'

// The real verification, wrapped so the tests can see whether the slow
// argon2 check was reached at all.
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/auth/password')>()
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) }
})

const verifications = vi.mocked(verifyPassword)
const password = 'correct horse battery staple'
const MINUTE = 60_000

beforeEach(() => {
  verifications.mockClear()
})

/** An address from the documentation range, unique to the calling test. */
function uniqueIp() {
  const id = unique()
  return `2001:db8::${id.slice(0, 4)}:${id.slice(4, 8)}`
}

function counter(scope: 'account' | 'ip', key: string) {
  return db.loginThrottle.findUnique({ where: { scope_key: { scope, key } } })
}

/** The attempt's outcome as a comparable value: signed in, refused, or throttled. */
async function outcome(attempt: Promise<{ id: string } | null>): Promise<'ok' | 'refused' | 'throttled'> {
  try {
    return (await attempt) ? 'ok' : 'refused'
  } catch (error) {
    if (error instanceof LoginThrottledError) return 'throttled'
    throw error
  }
}

async function failTimes(n: number, email: string, options: { ip?: string | null; now?: Date } = {}) {
  for (let i = 0; i < n; i++) expect(await authenticate(email, 'wrong password', options)).toBeNull()
}

describe('sign-in throttling per account', () => {
  it('refuses the correct password after five failures, without checking it, and records why', async () => {
    const user = await createUser('EDITOR', { password })
    await failTimes(LOGIN_LIMITS.account.maxFailures, user.email)
    expect(verifications).toHaveBeenCalledTimes(5)

    await expect(authenticate(user.email, password)).rejects.toBeInstanceOf(LoginThrottledError)
    expect(verifications).toHaveBeenCalledTimes(5)

    const [latest] = await db.auditLog.findMany({ where: { actorEmail: user.email }, orderBy: [{ at: 'desc' }, { id: 'desc' }], take: 1 })
    expect(latest).toMatchObject({ action: 'LOGIN_FAILED', entityId: user.id, details: { reason: 'throttled' } })
    expect(await db.auditLog.count({ where: { actorEmail: user.email, action: 'LOGIN_SUCCEEDED' } })).toBe(0)
    const { lastLoginAt } = await db.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(lastLoginAt).toBeNull()
  })

  it('answers an unknown address exactly like a wrong password, throttling included', async () => {
    const user = await createUser('EDITOR', { password })
    const ghost = `ghost-${unique()}@test.example`
    const real: string[] = []
    const unknown: string[] = []
    for (let i = 0; i < 7; i++) {
      real.push(await outcome(authenticate(user.email, 'wrong password')))
      unknown.push(await outcome(authenticate(ghost, 'wrong password')))
    }
    expect(unknown).toEqual(real)
    expect(real).toEqual(['refused', 'refused', 'refused', 'refused', 'refused', 'throttled', 'throttled'])
  })

  it('counts the address whatever its case', async () => {
    const user = await createUser('EDITOR', { password })
    await failTimes(3, user.email.toUpperCase())
    await failTimes(2, user.email)
    expect(await counter('account', user.email)).toMatchObject({ failures: 5 })
    await expect(authenticate(user.email, password)).rejects.toBeInstanceOf(LoginThrottledError)
  })

  it('counts simultaneous attempts before checking them, so a burst gets no more guesses than the limit', async () => {
    const user = await createUser('EDITOR', { password })
    const results = await Promise.all(
      Array.from({ length: 10 }, () => outcome(authenticate(user.email, 'wrong password'))),
    )
    expect(results.filter((r) => r === 'refused')).toHaveLength(5)
    expect(results.filter((r) => r === 'throttled')).toHaveLength(5)
    expect(verifications).toHaveBeenCalledTimes(5)
    const row = await counter('account', user.email)
    expect(row?.failures).toBe(5)
    expect(row?.blockedUntil).not.toBeNull()
  })

  it('starts again after a successful sign-in', async () => {
    const user = await createUser('EDITOR', { password })
    const ip = uniqueIp()
    await failTimes(4, user.email, { ip })
    expect(await authenticate(user.email, password, { ip })).toMatchObject({ id: user.id })
    // The account's counter is gone; the IP keeps the four failures but not the success.
    expect(await counter('account', user.email)).toBeNull()
    expect(await counter('ip', ip)).toMatchObject({ failures: 4 })
    await failTimes(4, user.email, { ip })
    expect(await authenticate(user.email, password, { ip })).toMatchObject({ id: user.id })
  })

  it('forgets failures once their window has passed', async () => {
    const user = await createUser('EDITOR', { password })
    const start = new Date()
    await failTimes(4, user.email, { now: start })
    const later = new Date(start.getTime() + LOGIN_LIMITS.account.windowMs + 1000)
    await failTimes(4, user.email, { now: later })
    expect(await counter('account', user.email)).toMatchObject({ failures: 4, windowStart: later, blockedUntil: null })
  })

  it('blocks for fifteen minutes from the fifth failure, then lets the user in', async () => {
    const user = await createUser('EDITOR', { password })
    const start = new Date()
    await failTimes(5, user.email, { now: start })
    const almost = new Date(start.getTime() + LOGIN_LIMITS.account.blockMs - MINUTE)
    await expect(authenticate(user.email, password, { now: almost })).rejects.toBeInstanceOf(LoginThrottledError)
    const after = new Date(start.getTime() + LOGIN_LIMITS.account.blockMs + 1000)
    expect(await authenticate(user.email, password, { now: after })).toMatchObject({ id: user.id })
  })
})

describe('sign-in throttling per IP address', () => {
  it('refuses every account from an address after twenty failures, but not the same account from elsewhere', async () => {
    const ip = uniqueIp()
    for (let i = 0; i < LOGIN_LIMITS.ip.maxFailures; i++)
      expect(await authenticate(`spray-${unique()}@test.example`, 'guess', { ip })).toBeNull()

    const user = await createUser('EDITOR', { password })
    verifications.mockClear()
    await expect(authenticate(user.email, password, { ip })).rejects.toBeInstanceOf(LoginThrottledError)
    expect(verifications).not.toHaveBeenCalled()
    // The refusal from the blocked address did not count against the account.
    expect(await counter('account', user.email)).toMatchObject({ failures: 0 })
    expect(await authenticate(user.email, password, { ip: uniqueIp() })).toMatchObject({ id: user.id })
  })

  it('counts simultaneous failures from many app requests exactly', async () => {
    const ip = uniqueIp()
    const emails = Array.from({ length: 10 }, () => `burst-${unique()}@test.example`)
    // Two batches at once, as if from two app instances.
    await Promise.all([
      Promise.all(emails.slice(0, 5).map((email) => authenticate(email, 'guess', { ip }))),
      Promise.all(emails.slice(5).map((email) => authenticate(email, 'guess', { ip }))),
    ])
    expect(await counter('ip', ip)).toMatchObject({ failures: 10, blockedUntil: null })
  })

  it('applies only the account limit when the address is unknown', async () => {
    const user = await createUser('EDITOR', { password })
    const ipCounters = () => db.loginThrottle.count({ where: { scope: 'ip' } })
    const before = await ipCounters()
    await failTimes(2, user.email, { ip: null })
    expect(await ipCounters()).toBe(before)
    expect(await counter('account', user.email)).toMatchObject({ failures: 2 })
  })
})

import { createHash } from 'node:crypto'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { actAs } from '../fixtures/session'
import { createUser as insertUser, unique } from '../fixtures/factories'
import { SESSION_LIMITS } from '@/lib/auth/session-limits'
import { endSessionOf, sessionJwt } from '@/lib/auth/session-token'
import { createSession, pruneSessions, resolveSession } from '@/lib/auth/sessions'
import { acceptInvitation, changeRole, createUser, deactivateUser, reactivateUser } from '@/lib/data/users'
import { db } from '@/lib/db'
import type { JWT } from 'next-auth/jwt'

const MINUTE = 60_000
let admin: { id: string }

beforeAll(async () => {
  admin = await insertUser('ADMIN')
})

afterEach(() => actAs(null))

function at(start: Date, ms: number) {
  return new Date(start.getTime() + ms)
}

/** Signs a user in the way Auth.js does after the password was accepted, and returns the cookie's token. */
async function signIn(user: { id: string }, now = new Date()): Promise<JWT> {
  const token = await sessionJwt({ token: { sub: user.id, name: 'Name', email: 'name@test.example' }, user, trigger: 'signIn' }, now)
  if (!token) throw new Error('Sign-in produced no token')
  return token
}

/** What Auth.js does when a page reads the session. */
function read(token: JWT, now = new Date()) {
  return sessionJwt({ token }, now)
}

describe('server-side sessions', () => {
  it('are created at sign-in; the cookie carries only the user id and the session token', async () => {
    const user = await insertUser('EDITOR')
    const token = await signIn(user)
    expect(Object.keys(token).sort()).toEqual(['sid', 'sub'])
    expect(token.sub).toBe(user.id)
    expect(token.sid).toMatch(/^[A-Za-z0-9_-]{43}$/)

    // Only the token's hash is stored.
    const rows = await db.userSession.findMany({ where: { userId: user.id } })
    expect(rows).toHaveLength(1)
    expect(rows[0]?.id).toBe(createHash('sha256').update(token.sid!).digest('hex'))
    expect(rows[0]?.revokedAt).toBeNull()
  })

  it('resolve to their user while open', async () => {
    const user = await insertUser('EDITOR')
    const token = await signIn(user)
    expect(await read(token)).toEqual(token)
    expect(await resolveSession(token.sid!)).toBe(user.id)
  })

  it('refuse unknown tokens, a token presented for another user, and cookies without a session', async () => {
    const user = await insertUser('EDITOR')
    const other = await insertUser('EDITOR')
    const token = await signIn(user)
    expect(await resolveSession('not-a-session')).toBeNull()
    expect(await read({ sub: user.id, sid: 'not-a-session' })).toBeNull()
    expect(await read({ ...token, sub: other.id })).toBeNull()
    expect(await read({ sub: user.id, name: 'Old cookie' })).toBeNull()
  })

  it('end at sign-out', async () => {
    const user = await insertUser('EDITOR')
    const token = await signIn(user)
    const second = await signIn(user)
    await endSessionOf(token)
    expect(await read(token)).toBeNull()
    // Signing out in one browser leaves the user's other sessions alone.
    expect(await read(second)).toEqual(second)
    const row = await db.userSession.findUniqueOrThrow({ where: { id: createHash('sha256').update(token.sid!).digest('hex') } })
    expect(row.revokedAt).not.toBeNull()
  })

  it('end after thirty minutes without a request, and activity keeps them open', async () => {
    const user = await insertUser('EDITOR')
    const start = new Date()
    const token = await signIn(user, start)
    expect(await resolveSession(token.sid!, at(start, SESSION_LIMITS.idleMs - MINUTE))).toBe(user.id)
    // Twenty-nine minutes after that request, the session is still open …
    const active = at(start, 2 * SESSION_LIMITS.idleMs - 2 * MINUTE)
    expect(await resolveSession(token.sid!, active)).toBe(user.id)
    // … and thirty minutes after the last request it is over.
    expect(await resolveSession(token.sid!, at(active, SESSION_LIMITS.idleMs))).toBeNull()
  })

  it('record activity at most once a minute', async () => {
    const user = await insertUser('EDITOR')
    const start = new Date()
    const token = await signIn(user, start)
    const lastSeen = async () => (await db.userSession.findFirstOrThrow({ where: { userId: user.id } })).lastSeenAt
    await resolveSession(token.sid!, at(start, 30_000))
    expect(await lastSeen()).toEqual(start)
    await resolveSession(token.sid!, at(start, 90_000))
    expect(await lastSeen()).toEqual(at(start, 90_000))
  })

  it('end eight hours after sign-in, however active', async () => {
    const user = await insertUser('EDITOR')
    const start = new Date()
    const token = await signIn(user, start)
    let now = start
    while (now.getTime() + 20 * MINUTE < start.getTime() + SESSION_LIMITS.absoluteMs) {
      now = at(now, 20 * MINUTE)
      expect(await resolveSession(token.sid!, now)).toBe(user.id)
    }
    expect(await resolveSession(token.sid!, at(start, SESSION_LIMITS.absoluteMs))).toBeNull()
  })

  it('are deleted by the clean-up once they cannot be used', async () => {
    const user = await insertUser('EDITOR')
    const start = new Date()
    const expired = await signIn(user, at(start, -SESSION_LIMITS.absoluteMs - MINUTE))
    const ended = await signIn(user, start)
    await endSessionOf(ended)
    const open = await signIn(user, start)
    await pruneSessions(start)
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(1)
    expect(await resolveSession(open.sid!, start)).toBe(user.id)
    expect(await resolveSession(expired.sid!, start)).toBeNull()
  })
})

describe('account changes end every session of that user, and only theirs', () => {
  async function withSessions() {
    const target = await insertUser('EDITOR')
    const bystander = await insertUser('EDITOR')
    const tokens = { target: [await signIn(target), await signIn(target)], bystander: await signIn(bystander) }
    return { target, bystander, tokens }
  }

  async function expectEnded(tokens: { target: JWT[]; bystander: JWT }) {
    for (const token of tokens.target) expect(await read(token)).toBeNull()
    expect(await read(tokens.bystander)).toEqual(tokens.bystander)
  }

  it('a role change', async () => {
    const { target, tokens } = await withSessions()
    actAs(admin)
    await changeRole(target.id, 'CONTRIBUTOR')
    await expectEnded(tokens)
  })

  it('but not a role change that changes nothing', async () => {
    const { target, tokens } = await withSessions()
    actAs(admin)
    await changeRole(target.id, 'EDITOR')
    for (const token of tokens.target) expect(await read(token)).toEqual(token)
  })

  it('deactivation; reactivating does not revive them', async () => {
    const { target, tokens } = await withSessions()
    actAs(admin)
    await deactivateUser(target.id)
    await expectEnded(tokens)
    await reactivateUser(target.id)
    for (const token of tokens.target) expect(await read(token)).toBeNull()
  })

  it('setting a password', async () => {
    actAs(admin)
    const invited = await createUser(
      { name: `Invitee ${unique()}`, email: `invitee-${unique()}@test.example`, role: 'EDITOR' },
      { mailer: null },
    )
    actAs(null)
    const bystander = await insertUser('EDITOR')
    const tokens = {
      target: [await signIn({ id: invited.userId }), await signIn({ id: invited.userId })],
      bystander: await signIn(bystander),
    }
    const link = new URL(invited.url).pathname.split('/invite/')[1]!
    await acceptInvitation(link, 'a brand new passphrase')
    await expectEnded(tokens)
  })

  it('not a change that is refused', async () => {
    const { tokens } = await withSessions()
    // An administrator may not change their own role; their sessions stay.
    actAs(admin)
    const own = await signIn(admin)
    await expect(changeRole(admin.id, 'EDITOR')).rejects.toThrow()
    expect(await read(own)).toEqual(own)
    for (const token of tokens.target) expect(await read(token)).toEqual(token)
  })
})

it('stores nothing readable about the token: a leaked session table cannot be replayed', async () => {
  const user = await insertUser('EDITOR')
  const token = await createSession(user.id)
  const row = await db.userSession.findFirstOrThrow({ where: { userId: user.id } })
  expect(row.id).not.toContain(token)
  expect(await resolveSession(row.id)).toBeNull()
})

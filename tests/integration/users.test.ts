import { createHash } from 'node:crypto'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { actAs } from '../fixtures/session'
import { createUser as insertUser, unique } from '../fixtures/factories'
import { AuthorizationError, getCurrentUser } from '@/lib/auth/guards'
import { verifyPassword } from '@/lib/auth/password'
import { db } from '@/lib/db'
import { NotFoundError, isUniqueViolation } from '@/lib/data/errors'
import {
  INVITATION_TTL_MS,
  InvitationError,
  UserRuleError,
  acceptInvitation,
  changeRole,
  createUser,
  deactivateUser,
  getInvitation,
  getUser,
  listUserOptions,
  listUsers,
  reactivateUser,
  resendInvitation,
} from '@/lib/data/users'
import type { Mail, Mailer } from '@/lib/mail'
import { CreateUserSchema } from '@/lib/validation/users'

type Admin = { id: string; email: string; name: string }
let admin: Admin
let editor: { id: string }
let contributor: { id: string }

// No SMTP server in these tests unless a test passes its own mailer.
const noMail = { mailer: null }

beforeAll(async () => {
  admin = await insertUser('ADMIN')
  editor = await insertUser('EDITOR')
  contributor = await insertUser('CONTRIBUTOR')
})

afterEach(() => actAs(null))

function newUserInput(overrides: Partial<{ name: string; email: string; role: 'CONTRIBUTOR' | 'EDITOR' | 'ADMIN' }> = {}) {
  const id = unique()
  return CreateUserSchema.parse({ name: `Invitee ${id}`, email: `invitee-${id}@test.example`, role: 'EDITOR', ...overrides })
}

function tokenOf(url: string): string {
  const token = new URL(url).pathname.split('/invite/')[1]
  if (!token) throw new Error(`No token in ${url}`)
  return token
}

function auditFor(entityId: string, action?: string) {
  return db.auditLog.findMany({ where: { entityId, ...(action ? { action } : {}) }, orderBy: { at: 'asc' } })
}

/** Invites a user as the test admin and returns the user's id and the link's token. */
async function invite(overrides: Parameters<typeof newUserInput>[0] = {}) {
  actAs(admin)
  const result = await createUser(newUserInput(overrides), noMail)
  return { ...result, token: tokenOf(result.url) }
}

describe('user administration is for administrators only', () => {
  for (const [who, user] of [
    ['an anonymous visitor', () => null],
    ['an editor', () => editor],
    ['a contributor', () => contributor],
  ] as const) {
    it(`refuses ${who} on every function and writes nothing`, async () => {
      const target = await insertUser('EDITOR')
      const invited = await invite()
      const input = newUserInput()
      const auditBefore = await db.auditLog.count({ where: { entityId: { in: [target.id, invited.userId] } } })
      actAs(user())

      await expect(listUsers()).rejects.toBeInstanceOf(AuthorizationError)
      await expect(getUser(target.id)).rejects.toBeInstanceOf(AuthorizationError)
      await expect(listUserOptions()).rejects.toBeInstanceOf(AuthorizationError)
      await expect(createUser(input, noMail)).rejects.toBeInstanceOf(AuthorizationError)
      await expect(resendInvitation(invited.userId, noMail)).rejects.toBeInstanceOf(AuthorizationError)
      await expect(changeRole(target.id, 'ADMIN')).rejects.toBeInstanceOf(AuthorizationError)
      await expect(deactivateUser(target.id)).rejects.toBeInstanceOf(AuthorizationError)
      await expect(reactivateUser(target.id)).rejects.toBeInstanceOf(AuthorizationError)

      expect(await db.user.count({ where: { email: input.email } })).toBe(0)
      expect(await db.user.findUnique({ where: { id: target.id }, select: { role: true, active: true } })).toEqual({
        role: 'EDITOR',
        active: true,
      })
      expect((await getInvitation(invited.token)).status).toBe('valid')
      expect(await db.auditLog.count({ where: { entityId: { in: [target.id, invited.userId] } } })).toBe(auditBefore)
    })
  }

  it('refuses a deactivated administrator whose session still exists', async () => {
    const former = await insertUser('ADMIN', { active: false })
    actAs(former)
    await expect(listUsers()).rejects.toBeInstanceOf(AuthorizationError)
    await expect(createUser(newUserInput(), noMail)).rejects.toBeInstanceOf(AuthorizationError)
  })
})

describe('inviting a user', () => {
  it('creates the user without a password and a 7-day invitation whose token is stored only as a hash', async () => {
    actAs(admin)
    const input = newUserInput({ role: 'CONTRIBUTOR' })
    const before = Date.now()
    const result = await createUser(input, noMail)

    expect(result.mail).toBe('not-configured')
    expect(result.url).toMatch(/^https?:\/\/[^/]+\/invite\/[A-Za-z0-9_-]{43}$/)
    const token = tokenOf(result.url)
    const row = await db.user.findUniqueOrThrow({ where: { id: result.userId }, include: { invitation: true } })
    expect(row).toMatchObject({ email: input.email, name: input.name, role: 'CONTRIBUTOR', active: true, passwordHash: null })
    expect(row.invitation?.tokenHash).toBe(createHash('sha256').update(token).digest('hex'))
    expect(row.invitation?.tokenHash).not.toContain(token)
    const ttl = row.invitation!.expiresAt.getTime() - before
    expect(ttl).toBeGreaterThanOrEqual(INVITATION_TTL_MS - 1000)
    expect(ttl).toBeLessThanOrEqual(INVITATION_TTL_MS + 60_000)

    const audit = await auditFor(result.userId)
    expect(audit.map((a) => a.action)).toEqual(['USER_CREATE', 'USER_INVITE'])
    for (const entry of audit) {
      expect(entry).toMatchObject({ actorId: admin.id, actorEmail: admin.email, entityType: 'USER' })
      expect(JSON.stringify(entry)).not.toContain(token)
    }
  })

  it('lists the invited user as invited, and filters by status, role and search', async () => {
    const { userId, email } = await invite({ role: 'CONTRIBUTOR' })
    actAs(admin)
    const byEmail = await listUsers({ q: email.toUpperCase() })
    expect(byEmail.items).toHaveLength(1)
    expect(byEmail.items[0]).toMatchObject({ id: userId, status: 'INVITED', role: 'CONTRIBUTOR' })
    expect(byEmail.items[0]).not.toHaveProperty('passwordHash')

    const invitedIds = (await listUsers({ status: 'INVITED', pageSize: 1000 })).items.map((u) => u.id)
    expect(invitedIds).toContain(userId)
    expect(invitedIds).not.toContain(admin.id)
    expect((await listUsers({ status: 'ACTIVE', pageSize: 1000 })).items.map((u) => u.id)).toContain(admin.id)
    expect((await listUsers({ q: email, role: 'EDITOR' })).items).toHaveLength(0)
    expect(await getUser(userId)).toMatchObject({ status: 'INVITED', invitation: { expiresAt: expect.any(Date) } })
  })

  it('e-mails the link, the inviter and the expiry when a mailer is configured', async () => {
    actAs(admin)
    const outbox: Mail[] = []
    const mailer: Mailer = async (mail) => {
      outbox.push(mail)
    }
    const input = newUserInput()
    const result = await createUser(input, { mailer })
    expect(result.mail).toBe('sent')
    expect(outbox).toHaveLength(1)
    const [mail] = outbox
    expect(mail?.to).toBe(input.email)
    expect(mail?.text).toContain(result.url)
    expect(mail?.text).toContain(`${admin.name} (${admin.email}) has invited you`)
    expect(mail?.text).toMatch(/expires on \d{1,2} \w+ \d{4}(,| at) \d{2}:\d{2} UTC/)
  })

  it('still creates the user and returns the link when the e-mail cannot be sent', async () => {
    actAs(admin)
    const failing: Mailer = async () => {
      throw new Error('SMTP connection refused')
    }
    const originalError = console.error
    console.error = () => {}
    try {
      const result = await createUser(newUserInput(), { mailer: failing })
      expect(result.mail).toBe('failed')
      expect((await getInvitation(tokenOf(result.url))).status).toBe('valid')
    } finally {
      console.error = originalError
    }
  })

  it('reports a taken e-mail address, whatever its case, as a unique violation on email', async () => {
    const first = await invite()
    actAs(admin)
    const error = await createUser(newUserInput({ email: first.email.toUpperCase() }), noMail).catch((e: unknown) => e)
    expect(isUniqueViolation(error, 'email')).toBe(true)
    expect(await db.user.count({ where: { email: first.email } })).toBe(1)
  })

  it('replaces the link when the invitation is sent again', async () => {
    const first = await invite()
    actAs(admin)
    const second = await resendInvitation(first.userId, noMail)
    const secondToken = tokenOf(second.url)
    expect(secondToken).not.toBe(first.token)
    expect((await getInvitation(first.token)).status).toBe('invalid')
    expect(await getInvitation(secondToken)).toMatchObject({ status: 'valid', email: first.email })
    expect((await auditFor(first.userId, 'USER_INVITE')).length).toBe(2)
  })

  it('refuses to send an invitation to a user who already has a password', async () => {
    const member = await insertUser('EDITOR')
    actAs(admin)
    await expect(resendInvitation(member.id, noMail)).rejects.toMatchObject({ rule: 'not-invited' })
    expect(await db.userInvitation.count({ where: { userId: member.id } })).toBe(0)
    await expect(resendInvitation('no-such-user', noMail)).rejects.toBeInstanceOf(NotFoundError)
  })
})

describe('accepting an invitation', () => {
  const password = 'tectonic plates drift slowly'

  it('sets an argon2id hash, deletes the invitation and records the activation by the new user', async () => {
    const { userId, token, email } = await invite()
    actAs(null)
    expect(await acceptInvitation(token, password)).toEqual({ email })

    const row = await db.user.findUniqueOrThrow({ where: { id: userId } })
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$/)
    expect(await verifyPassword(row.passwordHash!, password)).toBe(true)
    expect(await db.userInvitation.count({ where: { userId } })).toBe(0)

    const [activation] = await auditFor(userId, 'USER_ACTIVATE')
    expect(activation).toMatchObject({ actorId: userId, actorEmail: email, entityType: 'USER' })
    expect(JSON.stringify(activation)).not.toContain(password)

    actAs(admin)
    expect(await getUser(userId)).toMatchObject({ status: 'ACTIVE', invitation: null })
  })

  it('works once: a second use of the same link is refused', async () => {
    const { token, userId } = await invite()
    await acceptInvitation(token, password)
    const hashAfterFirst = (await db.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash
    await expect(acceptInvitation(token, 'another password 123')).rejects.toMatchObject({ reason: 'invalid' })
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash).toBe(hashAfterFirst)
    expect(await getInvitation(token)).toEqual({ status: 'invalid' })
  })

  it('lets only one of two simultaneous submissions of the same link through', async () => {
    const { token, userId } = await invite()
    const results = await Promise.allSettled([
      acceptInvitation(token, 'first password 1234'),
      acceptInvitation(token, 'second password 1234'),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.find((r) => r.status === 'rejected')
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(InvitationError)
    expect(await auditFor(userId, 'USER_ACTIVATE')).toHaveLength(1)
  })

  it('refuses an expired link and leaves the user without a password', async () => {
    const { token, userId } = await invite()
    await db.userInvitation.update({ where: { userId }, data: { expiresAt: new Date(Date.now() - 1000) } })
    expect(await getInvitation(token)).toEqual({ status: 'expired' })
    await expect(acceptInvitation(token, password)).rejects.toMatchObject({ reason: 'expired' })
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash).toBeNull()
    expect(await auditFor(userId, 'USER_ACTIVATE')).toHaveLength(0)
  })

  it('refuses unknown and malformed tokens', async () => {
    const unknownToken = 'A'.repeat(43)
    expect(await getInvitation(unknownToken)).toEqual({ status: 'invalid' })
    await expect(acceptInvitation(unknownToken, password)).rejects.toMatchObject({ reason: 'invalid' })
    await expect(acceptInvitation("' OR 1=1 --", password)).rejects.toMatchObject({ reason: 'invalid' })
  })

  it('refuses the link of a user deactivated before accepting', async () => {
    const { token, userId } = await invite()
    actAs(admin)
    await deactivateUser(userId)
    await expect(acceptInvitation(token, password)).rejects.toBeInstanceOf(InvitationError)
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash).toBeNull()
  })
})

describe('changing roles', () => {
  it('records the change with the old and the new role', async () => {
    const target = await insertUser('CONTRIBUTOR')
    actAs(admin)
    expect(await changeRole(target.id, 'EDITOR')).toEqual({ changed: true })
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe('EDITOR')
    const [entry] = await auditFor(target.id, 'ROLE_CHANGE')
    expect(entry).toMatchObject({ actorId: admin.id, entityType: 'USER', details: { from: 'CONTRIBUTOR', to: 'EDITOR' } })
  })

  it('writes nothing when the role is already the chosen one', async () => {
    const target = await insertUser('EDITOR')
    actAs(admin)
    expect(await changeRole(target.id, 'EDITOR')).toEqual({ changed: false })
    expect(await auditFor(target.id, 'ROLE_CHANGE')).toHaveLength(0)
  })

  it('refuses to change your own role', async () => {
    const self = await insertUser('ADMIN')
    actAs(self)
    const error = await changeRole(self.id, 'EDITOR').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UserRuleError)
    expect(error).toMatchObject({ rule: 'self' })
    expect((await db.user.findUniqueOrThrow({ where: { id: self.id } })).role).toBe('ADMIN')
    expect(await auditFor(self.id, 'ROLE_CHANGE')).toHaveLength(0)
  })

  it('reports an unknown user as not found', async () => {
    actAs(admin)
    await expect(changeRole('no-such-user', 'EDITOR')).rejects.toBeInstanceOf(NotFoundError)
  })
})

describe('deactivating and reactivating', () => {
  it('ends the user’s session on their next request and records both changes', async () => {
    const member = await insertUser('EDITOR')
    actAs(member)
    expect(await getCurrentUser()).toMatchObject({ id: member.id })

    actAs(admin)
    expect(await deactivateUser(member.id)).toEqual({ changed: true })
    actAs(member)
    expect(await getCurrentUser()).toBeNull()

    actAs(admin)
    expect(await getUser(member.id)).toMatchObject({ status: 'DEACTIVATED' })
    expect(await reactivateUser(member.id)).toEqual({ changed: true })
    actAs(member)
    expect(await getCurrentUser()).toMatchObject({ id: member.id })

    const actions = (await auditFor(member.id)).map((a) => [a.action, a.actorId])
    expect(actions).toEqual([
      ['USER_DEACTIVATE', admin.id],
      ['USER_REACTIVATE', admin.id],
    ])
  })

  it('deletes a pending invitation, so its link stops working', async () => {
    const { token, userId } = await invite()
    actAs(admin)
    await deactivateUser(userId)
    expect(await db.userInvitation.count({ where: { userId } })).toBe(0)
    expect(await getInvitation(token)).toEqual({ status: 'invalid' })
  })

  it('refuses to deactivate or reactivate yourself', async () => {
    const self = await insertUser('ADMIN')
    actAs(self)
    await expect(deactivateUser(self.id)).rejects.toMatchObject({ rule: 'self' })
    await expect(reactivateUser(self.id)).rejects.toMatchObject({ rule: 'self' })
    expect((await db.user.findUniqueOrThrow({ where: { id: self.id } })).active).toBe(true)
    expect(await auditFor(self.id)).toHaveLength(0)
  })
})

describe('the last active administrator', () => {
  // The rule is about the whole site, so these tests first make their two
  // administrators the only active ones; other files' users are left as they
  // are otherwise, and files run one after another.
  async function onlyActiveAdmins() {
    const a = await insertUser('ADMIN')
    const b = await insertUser('ADMIN')
    await db.user.updateMany({
      where: { role: 'ADMIN', active: true, id: { notIn: [a.id, b.id] } },
      data: { active: false },
    })
    return { a, b }
  }

  async function activeAdminIds() {
    const rows = await db.user.findMany({ where: { role: 'ADMIN', active: true }, select: { id: true } })
    return rows.map((r) => r.id)
  }

  afterEach(async () => {
    // Give the other tests in this file their administrator back.
    await db.user.update({ where: { id: admin.id }, data: { active: true } })
  })

  it('cannot be demoted even when two administrators demote each other at the same moment', async () => {
    const { a, b } = await onlyActiveAdmins()
    // Each call reads the signed-in user synchronously when it starts.
    actAs(a)
    const first = changeRole(b.id, 'EDITOR')
    actAs(b)
    const second = changeRole(a.id, 'EDITOR')
    const results = await Promise.allSettled([first, second])

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.find((r) => r.status === 'rejected')
    const reason: unknown = rejected?.status === 'rejected' ? rejected.reason : null
    // Usually the second finds itself demoting the last administrator; if the
    // first committed before the second even started, the second is simply
    // no longer an administrator.
    expect(
      (reason instanceof UserRuleError && reason.rule === 'last-admin') || reason instanceof AuthorizationError,
    ).toBe(true)
    expect(await activeAdminIds()).toHaveLength(1)
    expect(await db.auditLog.count({ where: { action: 'ROLE_CHANGE', entityId: { in: [a.id, b.id] } } })).toBe(1)
  })

  it('cannot be deactivated even when two administrators deactivate each other at the same moment', async () => {
    const { a, b } = await onlyActiveAdmins()
    actAs(a)
    const first = deactivateUser(b.id)
    actAs(b)
    const second = deactivateUser(a.id)
    const results = await Promise.allSettled([first, second])

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(await activeAdminIds()).toHaveLength(1)
    expect(await db.auditLog.count({ where: { action: 'USER_DEACTIVATE', entityId: { in: [a.id, b.id] } } })).toBe(1)
  })

  it('still lets an administrator demote another while two remain', async () => {
    const { a, b } = await onlyActiveAdmins()
    actAs(a)
    await changeRole(b.id, 'EDITOR')
    expect(await activeAdminIds()).toEqual([a.id])
    // a is now the last one; promoting b again is allowed.
    expect(await changeRole(b.id, 'ADMIN')).toEqual({ changed: true })
  })
})

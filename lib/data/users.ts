import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { writeAudit } from '@/lib/audit'
import { getClientIp } from '@/lib/auth/authenticate'
import { type CurrentUser, AuthorizationError, requireRole } from '@/lib/auth/guards'
import { hashPassword } from '@/lib/auth/password'
import { revokeUserSessions } from '@/lib/auth/sessions'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Role } from '@/lib/generated/prisma/enums'
import { type Mailer, createMailer } from '@/lib/mail'
import { absoluteUrl } from '@/lib/site-url'
import {
  type CreateUserInput,
  InvitationTokenSchema,
  ROLE_LABELS,
  type UserListQuery,
  type UserStatus,
} from '@/lib/validation/users'
import { NotFoundError } from './errors'
import { PAGE_SIZE, paginate } from './published'

/** How long an invitation link works. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000

/**
 * A change the rules forbid (your own role, the last administrator, …). The
 * message is written for the administrator and safe to show as is.
 */
export class UserRuleError extends Error {
  constructor(
    message: string,
    readonly rule: 'self' | 'last-admin' | 'not-invited',
  ) {
    super(message)
    this.name = 'UserRuleError'
  }
}

/** Why an invitation link cannot be used; the message is shown on the invitation page. */
export class InvitationError extends Error {
  constructor(readonly reason: 'invalid' | 'expired') {
    super(
      reason === 'expired'
        ? 'This invitation link has expired. Ask an administrator to send you a new one.'
        : 'This invitation link is not valid or has already been used. If you have already set your password, sign in; otherwise ask an administrator for a new link.',
    )
    this.name = 'InvitationError'
  }
}

// The password hash is read only to tell invited users (no password yet)
// from active ones; `toStatus` drops it before anything leaves this module.
const userRowSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  lastLoginAt: true,
  createdAt: true,
  passwordHash: true,
} satisfies Prisma.UserSelect

type UserRowWithHash = Prisma.UserGetPayload<{ select: typeof userRowSelect }>

function statusOf(user: { active: boolean; passwordHash: string | null }): UserStatus {
  if (!user.active) return 'DEACTIVATED'
  return user.passwordHash ? 'ACTIVE' : 'INVITED'
}

function toUserRow({ passwordHash, ...user }: UserRowWithHash) {
  return { ...user, status: statusOf({ active: user.active, passwordHash }) }
}

const statusWhere: Record<UserStatus, Prisma.UserWhereInput> = {
  ACTIVE: { active: true, passwordHash: { not: null } },
  INVITED: { active: true, passwordHash: null },
  DEACTIVATED: { active: false },
}

function sha256(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

function newInvitation(now = new Date()) {
  const token = randomBytes(32).toString('base64url')
  return { token, tokenHash: sha256(token), expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) }
}

function actorOf(user: CurrentUser) {
  return { id: user.id, email: user.email }
}

// ---- Reads ---------------------------------------------------------------

export async function listUsers(query: Partial<UserListQuery> & { pageSize?: number } = {}) {
  await requireRole('ADMIN')
  const where: Prisma.UserWhereInput = {
    ...(query.role ? { role: query.role } : {}),
    ...(query.status ? statusWhere[query.status] : {}),
    ...(query.q
      ? {
          OR: [
            { name: { contains: query.q, mode: 'insensitive' } },
            { email: { contains: query.q, mode: 'insensitive' } },
          ],
        }
      : {}),
  }
  const result = await paginate(
    query.page ?? 1,
    query.pageSize ?? PAGE_SIZE,
    (window) =>
      db.user.findMany({ where, select: userRowSelect, orderBy: [{ name: 'asc' }, { id: 'asc' }], ...window }),
    () => db.user.count({ where }),
  )
  return { ...result, items: result.items.map(toUserRow) }
}

export type UserRow = Awaited<ReturnType<typeof listUsers>>['items'][number]

export async function getUser(id: string) {
  await requireRole('ADMIN')
  const user = await db.user.findUnique({
    where: { id },
    select: { ...userRowSelect, updatedAt: true, invitation: { select: { createdAt: true, expiresAt: true } } },
  })
  if (!user) return null
  const { invitation, updatedAt, ...row } = user
  return { ...toUserRow(row), updatedAt, invitation }
}

export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUser>>>

/** Every user by name, for the audit log's "who" filter. */
export async function listUserOptions() {
  await requireRole('ADMIN')
  return db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] })
}

// ---- Invitations ---------------------------------------------------------

export type InvitationMailStatus = 'sent' | 'not-configured' | 'failed'

export type InvitationResult = {
  userId: string
  name: string
  email: string
  /** The link to show the administrator once; it is not stored anywhere. */
  url: string
  expiresAt: Date
  mail: InvitationMailStatus
}

/** Lets tests (and scripts) replace the SMTP mailer; null means "no e-mail configured". */
export type UserMailOptions = { mailer?: Mailer | null }

const utcFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
})

export function invitationMailText(input: {
  name: string
  role: Role
  inviter: { name: string; email: string }
  url: string
  expiresAt: Date
}): string {
  return [
    `Hello ${input.name},`,
    '',
    `${input.inviter.name} (${input.inviter.email}) has invited you to the GeoCoop administration as ${ROLE_LABELS[input.role].toLowerCase()}.`,
    '',
    'Choose your password with this link:',
    input.url,
    '',
    `The link works once and expires on ${utcFormat.format(input.expiresAt)} UTC. If it has expired, ask ${input.inviter.name} for a new one.`,
    '',
    'If you did not expect this invitation, you can ignore this e-mail.',
  ].join('\n')
}

// The e-mail goes out after the database change has committed, so a slow or
// failing mail server never holds a transaction open or undoes the user. The
// administrator sees the link on screen either way.
async function sendInvitation(
  options: UserMailOptions,
  mail: { to: string; name: string; role: Role; inviter: CurrentUser; url: string; expiresAt: Date },
): Promise<InvitationMailStatus> {
  const mailer = options.mailer === undefined ? createMailer() : options.mailer
  if (!mailer) return 'not-configured'
  try {
    await mailer({
      to: mail.to,
      subject: 'Your invitation to GeoCoop',
      text: invitationMailText({
        name: mail.name,
        role: mail.role,
        inviter: { name: mail.inviter.name, email: mail.inviter.email },
        url: mail.url,
        expiresAt: mail.expiresAt,
      }),
    })
    return 'sent'
  } catch (error) {
    console.error('Could not send the invitation e-mail', error)
    return 'failed'
  }
}

/**
 * Creates a user without a password, plus an invitation link that lets them
 * choose one. Throws a Prisma P2002 error (unique violation on `email`) when
 * the address is taken.
 */
export async function createUser(input: CreateUserInput, options: UserMailOptions = {}): Promise<InvitationResult> {
  const admin = await requireRole('ADMIN')
  const ip = await getClientIp()
  const invitation = newInvitation()
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: {
        name: input.name,
        email: input.email,
        role: input.role,
        invitation: { create: { tokenHash: invitation.tokenHash, expiresAt: invitation.expiresAt } },
      },
      select: { id: true, name: true, email: true, role: true },
    })
    const entity = { entityType: 'USER', entityId: created.id, ip }
    await writeAudit(tx, {
      actor: actorOf(admin),
      action: 'USER_CREATE',
      ...entity,
      summary: `Created user ${created.name} <${created.email}> as ${ROLE_LABELS[created.role]}`,
      details: { role: created.role },
    })
    await writeAudit(tx, {
      actor: actorOf(admin),
      action: 'USER_INVITE',
      ...entity,
      summary: `Invited ${created.email}`,
      details: { expiresAt: invitation.expiresAt.toISOString() },
    })
    return created
  })
  const url = absoluteUrl(`/invite/${invitation.token}`)
  const mail = await sendInvitation(options, { ...user, to: user.email, inviter: admin, url, expiresAt: invitation.expiresAt })
  return { userId: user.id, name: user.name, email: user.email, url, expiresAt: invitation.expiresAt, mail }
}

/** Replaces the user's invitation with a new one; the old link stops working. */
export async function resendInvitation(id: string, options: UserMailOptions = {}): Promise<InvitationResult> {
  const admin = await requireRole('ADMIN')
  const ip = await getClientIp()
  const invitation = newInvitation()
  const user = await db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({
      where: { id },
      select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true },
    })
    if (!target) throw new NotFoundError('This user no longer exists.')
    if (target.passwordHash)
      throw new UserRuleError('This user has already chosen a password, so there is no invitation to send.', 'not-invited')
    if (!target.active)
      throw new UserRuleError('This account is deactivated. Reactivate it before sending a new invitation.', 'not-invited')
    const data = { tokenHash: invitation.tokenHash, expiresAt: invitation.expiresAt, createdAt: new Date() }
    await tx.userInvitation.upsert({ where: { userId: id }, create: { userId: id, ...data }, update: data })
    await writeAudit(tx, {
      actor: actorOf(admin),
      action: 'USER_INVITE',
      entityType: 'USER',
      entityId: id,
      summary: `Sent a new invitation to ${target.email}`,
      details: { expiresAt: invitation.expiresAt.toISOString() },
      ip,
    })
    return target
  })
  const url = absoluteUrl(`/invite/${invitation.token}`)
  const mail = await sendInvitation(options, { ...user, to: user.email, inviter: admin, url, expiresAt: invitation.expiresAt })
  return { userId: user.id, name: user.name, email: user.email, url, expiresAt: invitation.expiresAt, mail }
}

export type InvitationLookup =
  | { status: 'valid'; name: string; email: string; expiresAt: Date }
  | { status: 'invalid' | 'expired' }

/**
 * What the invitation page shows for a token. Needs no sign-in: knowing the
 * token is the authorization. Only the token's SHA-256 is ever looked up.
 */
export async function getInvitation(token: string): Promise<InvitationLookup> {
  if (!InvitationTokenSchema.safeParse(token).success) return { status: 'invalid' }
  const invitation = await db.userInvitation.findUnique({
    where: { tokenHash: sha256(token) },
    select: { expiresAt: true, user: { select: { name: true, email: true, active: true, passwordHash: true } } },
  })
  if (!invitation || !invitation.user.active || invitation.user.passwordHash) return { status: 'invalid' }
  if (invitation.expiresAt <= new Date()) return { status: 'expired' }
  return { status: 'valid', name: invitation.user.name, email: invitation.user.email, expiresAt: invitation.expiresAt }
}

/**
 * Sets the invited user's password and deletes the invitation in one
 * transaction, so a link works exactly once even when submitted twice at
 * the same moment. Throws InvitationError for an unknown, used or expired
 * token.
 */
export async function acceptInvitation(token: string, password: string): Promise<{ email: string }> {
  if (!InvitationTokenSchema.safeParse(token).success) throw new InvitationError('invalid')
  const tokenHash = sha256(token)
  // Unknown tokens are turned away before the deliberately slow hashing, so
  // guessing links costs the server nothing much. The transaction checks again.
  if (!(await db.userInvitation.findUnique({ where: { tokenHash }, select: { id: true } })))
    throw new InvitationError('invalid')
  const ip = await getClientIp()
  // Hashing takes a noticeable moment, so it happens before the transaction.
  const passwordHash = await hashPassword(password)
  return db.$transaction(async (tx) => {
    const invitation = await tx.userInvitation.findUnique({
      where: { tokenHash },
      select: { id: true, expiresAt: true, user: { select: { id: true, email: true, name: true, active: true, passwordHash: true } } },
    })
    if (!invitation || !invitation.user.active || invitation.user.passwordHash) throw new InvitationError('invalid')
    if (invitation.expiresAt <= new Date()) throw new InvitationError('expired')
    // Deleting by id inside the transaction is the "use once" step: of two
    // concurrent submissions only one deletes a row, the other finds none.
    const { count } = await tx.userInvitation.deleteMany({ where: { id: invitation.id, tokenHash } })
    if (count !== 1) throw new InvitationError('invalid')
    const { user } = invitation
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } })
    // A new password ends every session opened with an earlier one.
    await revokeUserSessions(tx, user.id)
    await writeAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'USER_ACTIVATE',
      entityType: 'USER',
      entityId: user.id,
      summary: `${user.name} accepted the invitation and set a password`,
      ip,
    })
    return { email: user.email }
  })
}

// ---- Role and status changes ---------------------------------------------

type Tx = Prisma.TransactionClient

/**
 * Locks the rows of all active administrators until the transaction ends and
 * returns their ids. Two administrators demoting or deactivating each other
 * at the same moment are thereby serialised: the second sees the first's
 * change and the site always keeps one active administrator. The role is
 * compared with a literal because a bound parameter would be text, not "Role".
 */
async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`
  return rows.map((r) => r.id)
}

/**
 * Refuses a change that would leave no active administrator, then checks the
 * acting administrator still is one (their role may have been changed by a
 * concurrent request after `requireRole` read it).
 */
function checkAdmins(admins: string[], actorId: string, removing: string | null) {
  if (removing && admins.includes(removing) && admins.length <= 1)
    throw new UserRuleError(
      'This is the last active administrator. Make another user an administrator first.',
      'last-admin',
    )
  if (!admins.includes(actorId)) throw new AuthorizationError()
}

async function findTarget(tx: Tx, id: string) {
  const target = await tx.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, active: true },
  })
  if (!target) throw new NotFoundError('This user no longer exists.')
  return target
}

/** Gives a user another role. Refuses your own role and removing the last active administrator. */
export async function changeRole(id: string, role: Role): Promise<{ changed: boolean }> {
  const admin = await requireRole('ADMIN')
  if (id === admin.id)
    throw new UserRuleError('You cannot change your own role. Ask another administrator to do it.', 'self')
  const ip = await getClientIp()
  return db.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx)
    const target = await findTarget(tx, id)
    checkAdmins(admins, admin.id, target.role === 'ADMIN' && role !== 'ADMIN' ? target.id : null)
    if (target.role === role) return { changed: false }
    await tx.user.update({ where: { id }, data: { role } })
    // The user signs in again and starts with the new role everywhere.
    await revokeUserSessions(tx, id)
    await writeAudit(tx, {
      actor: actorOf(admin),
      action: 'ROLE_CHANGE',
      entityType: 'USER',
      entityId: id,
      summary: `Changed the role of ${target.email} from ${ROLE_LABELS[target.role]} to ${ROLE_LABELS[role]}`,
      details: { from: target.role, to: role },
      ip,
    })
    return { changed: true }
  })
}

/**
 * Stops a user from signing in. Their open sessions are revoked in the same
 * transaction (and the guards treat inactive users as signed out anyway). A
 * pending invitation is deleted so its link stops working.
 */
export async function deactivateUser(id: string): Promise<{ changed: boolean }> {
  const admin = await requireRole('ADMIN')
  if (id === admin.id)
    throw new UserRuleError('You cannot deactivate your own account. Ask another administrator to do it.', 'self')
  const ip = await getClientIp()
  return db.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx)
    const target = await findTarget(tx, id)
    checkAdmins(admins, admin.id, target.role === 'ADMIN' && target.active ? target.id : null)
    if (!target.active) return { changed: false }
    await tx.user.update({ where: { id }, data: { active: false } })
    await revokeUserSessions(tx, id)
    await tx.userInvitation.deleteMany({ where: { userId: id } })
    await writeAudit(tx, {
      actor: actorOf(admin),
      action: 'USER_DEACTIVATE',
      entityType: 'USER',
      entityId: id,
      summary: `Deactivated ${target.email}`,
      ip,
    })
    return { changed: true }
  })
}

/** Lets a deactivated user sign in again (or, if they never set a password, be invited again). */
export async function reactivateUser(id: string): Promise<{ changed: boolean }> {
  const admin = await requireRole('ADMIN')
  if (id === admin.id) throw new UserRuleError('You cannot reactivate your own account.', 'self')
  const ip = await getClientIp()
  return db.$transaction(async (tx) => {
    const target = await findTarget(tx, id)
    if (target.active) return { changed: false }
    await tx.user.update({ where: { id }, data: { active: true } })
    await writeAudit(tx, {
      actor: actorOf(admin),
      action: 'USER_REACTIVATE',
      entityType: 'USER',
      entityId: id,
      summary: `Reactivated ${target.email}`,
      ip,
    })
    return { changed: true }
  })
}

import 'server-only'
import { isIP } from 'node:net'
import { headers } from 'next/headers'
import { db } from '@/lib/db'
import { writeAudit } from '@/lib/audit'
import { hashPassword, verifyPassword } from './password'
import { admitLoginAttempt, loginThrottleKeys, settleLoginAttempt } from './throttle'

// Verifying against a fixed hash when the account does not exist keeps the
// response time of "unknown email" close to that of "wrong password".
let decoyHash: Promise<string> | undefined

/** Why a sign-in was refused, as recorded in the audit log (never shown to the user). */
export type LoginFailureReason = 'unknown-user' | 'wrong-password' | 'inactive' | 'no-password' | 'throttled'

/**
 * Too many failed attempts for this address or from this IP address; thrown
 * before any password is checked. Thrown alike for existing and unknown
 * accounts, so it tells nothing about which accounts exist.
 */
export class LoginThrottledError extends Error {
  constructor() {
    super('Too many sign-in attempts. Try again in a few minutes.')
    this.name = 'LoginThrottledError'
  }
}

/**
 * The client's IP address for the audit log: the first entry of
 * `X-Forwarded-For` (the client as seen by the first proxy), else
 * `X-Real-IP`. Null outside a request (scripts, tests) or when the header
 * does not hold an IP address, so the log never stores arbitrary header text.
 * Behind no proxy these headers come from the client and can be forged; the
 * address is a clue for an administrator, not evidence.
 */
export async function getClientIp(): Promise<string | null> {
  let requestHeaders: Headers
  try {
    requestHeaders = await headers()
  } catch {
    return null
  }
  const forwarded = requestHeaders.get('x-forwarded-for')?.split(',')[0]?.trim()
  const candidate = forwarded || requestHeaders.get('x-real-ip')?.trim()
  return candidate && isIP(candidate) ? candidate : null
}

const reasonText: Record<LoginFailureReason, string> = {
  'unknown-user': 'no account with this address',
  'wrong-password': 'wrong password',
  inactive: 'account deactivated',
  'no-password': 'invitation not yet accepted',
  throttled: 'too many failed attempts, refused without checking the password',
}

async function recordFailure(email: string, reason: LoginFailureReason, userId: string | null, ip: string | null) {
  // Written without an actor id: nobody signed in. The attempted address is
  // kept (lower-cased) so an administrator can spot attacks on one account.
  // The password is never recorded, not even in part.
  await db.auditLog.create({
    data: {
      actorId: null,
      actorEmail: email,
      action: 'LOGIN_FAILED',
      entityType: userId ? 'USER' : null,
      entityId: userId,
      summary: `Failed sign-in as ${email}: ${reasonText[reason]}`,
      details: { reason },
      ip,
    },
  })
}

export type AuthenticateOptions = {
  /** The client's address; read from the request headers when not given. */
  ip?: string | null
  /** The time the throttling counters are checked against. */
  now?: Date
}

/**
 * Returns the active user whose email and password match, or null. Every
 * attempt is written to the audit log with the reason; the caller's answer
 * is the same null whatever the reason, so the login form does not reveal
 * which accounts exist.
 *
 * Attempts are counted per address and per IP address before the password
 * is hashed (lib/auth/throttle.ts); over the limit it throws
 * LoginThrottledError without touching the password at all. The address is
 * counted whether or not an account has it, so throttling reveals nothing
 * either.
 */
export async function authenticate(email: string, password: string, options: AuthenticateOptions = {}) {
  const address = email.trim().toLowerCase()
  const ip = options.ip === undefined ? await getClientIp() : options.ip
  const now = options.now ?? new Date()
  const user = await db.user.findUnique({
    where: { email: address },
    select: { id: true, email: true, name: true, active: true, passwordHash: true },
  })
  const ticket = await admitLoginAttempt(loginThrottleKeys(address, ip), now)
  if (!ticket) {
    await recordFailure(address, 'throttled', user?.id ?? null, ip)
    throw new LoginThrottledError()
  }
  // No account, or an invited user who has not chosen a password yet.
  if (!user?.passwordHash) {
    decoyHash ??= hashPassword('decoy-password-for-timing')
    await verifyPassword(await decoyHash, password)
    await settleLoginAttempt(ticket, 'failure', now)
    await recordFailure(address, user ? 'no-password' : 'unknown-user', user?.id ?? null, ip)
    return null
  }
  const ok = await verifyPassword(user.passwordHash, password)
  if (!ok || !user.active) {
    await settleLoginAttempt(ticket, 'failure', now)
    await recordFailure(address, ok ? 'inactive' : 'wrong-password', user.id, ip)
    return null
  }
  await settleLoginAttempt(ticket, 'success', now)
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } })
    await writeAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'LOGIN_SUCCEEDED',
      entityType: 'USER',
      entityId: user.id,
      summary: `${user.name} signed in`,
      ip,
    })
  })
  return { id: user.id, email: user.email, name: user.name }
}

import 'server-only'
import { isIP } from 'node:net'
import { headers } from 'next/headers'
import { db } from '@/lib/db'
import { writeAudit } from '@/lib/audit'
import { hashPassword, verifyPassword } from './password'

// Verifying against a fixed hash when the account does not exist keeps the
// response time of "unknown email" close to that of "wrong password".
let decoyHash: Promise<string> | undefined

/** Why a sign-in was refused, as recorded in the audit log (never shown to the user). */
export type LoginFailureReason = 'unknown-user' | 'wrong-password' | 'inactive' | 'no-password'

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

/**
 * Returns the active user whose email and password match, or null. Every
 * attempt is written to the audit log with the reason; the caller's answer
 * is the same null whatever the reason, so the login form does not reveal
 * which accounts exist.
 */
export async function authenticate(email: string, password: string) {
  const address = email.trim().toLowerCase()
  const ip = await getClientIp()
  const user = await db.user.findUnique({
    where: { email: address },
    select: { id: true, email: true, name: true, active: true, passwordHash: true },
  })
  // No account, or an invited user who has not chosen a password yet.
  if (!user?.passwordHash) {
    decoyHash ??= hashPassword('decoy-password-for-timing')
    await verifyPassword(await decoyHash, password)
    await recordFailure(address, user ? 'no-password' : 'unknown-user', user?.id ?? null, ip)
    return null
  }
  const ok = await verifyPassword(user.passwordHash, password)
  if (!ok || !user.active) {
    await recordFailure(address, ok ? 'inactive' : 'wrong-password', user.id, ip)
    return null
  }
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

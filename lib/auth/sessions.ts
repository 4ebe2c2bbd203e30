import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { SESSION_LIMITS } from './session-limits'

// The user agent is kept for an administrator's overview; a client may send
// anything, so it is cut to a sensible length.
const USER_AGENT_MAX = 500

/** The stored id of a session: the SHA-256 of its token, so a copy of the table cannot be replayed as cookies. */
function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/**
 * Starts a session for a user who has just proved their password and returns
 * its token (32 random bytes), which the caller puts in the signed cookie.
 */
export async function createSession(
  userId: string,
  meta: { ip?: string | null; userAgent?: string | null } = {},
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await db.userSession.create({
    data: {
      id: sessionId(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
    },
  })
  return token
}

/**
 * The user id a session token stands for, or null when the session is
 * unknown, revoked, older than the absolute limit or idle for longer than the
 * idle limit. Records activity (at most once a minute) when it is valid.
 */
export async function resolveSession(token: string, now = new Date()): Promise<string | null> {
  if (!token) return null
  const id = sessionId(token)
  const session = await db.userSession.findUnique({
    where: { id },
    select: { userId: true, createdAt: true, lastSeenAt: true, revokedAt: true },
  })
  if (!session || session.revokedAt) return null
  const t = now.getTime()
  if (t - session.createdAt.getTime() >= SESSION_LIMITS.absoluteMs) return null
  if (t - session.lastSeenAt.getTime() >= SESSION_LIMITS.idleMs) return null
  if (t - session.lastSeenAt.getTime() >= SESSION_LIMITS.touchEveryMs) {
    // Conditional on the session still being open, so a revocation that
    // happened in between is never undone by this write.
    await db.userSession.updateMany({ where: { id, revokedAt: null }, data: { lastSeenAt: now } })
  }
  return session.userId
}

/** Ends one session (signing out). Unknown or already ended sessions are left alone. */
export async function revokeSession(token: string, now = new Date()): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId(token), revokedAt: null }, data: { revokedAt: now } })
}

/**
 * Ends every open session of a user. Call it with the transaction that
 * changes the password, role or status, so the change and the sign-out
 * happen together or not at all.
 */
export async function revokeUserSessions(
  tx: Prisma.TransactionClient,
  userId: string,
  now = new Date(),
): Promise<number> {
  const { count } = await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } })
  return count
}

/**
 * Deletes sessions that can no longer be used (revoked, or past the absolute
 * limit), for a periodic clean-up job.
 */
export async function pruneSessions(now = new Date()): Promise<number> {
  const { count } = await db.userSession.deleteMany({
    where: {
      OR: [{ revokedAt: { not: null } }, { createdAt: { lte: new Date(now.getTime() - SESSION_LIMITS.absoluteMs) } }],
    },
  })
  return count
}

import 'server-only'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import {
  LOGIN_LIMITS,
  type ThrottleScope,
  type ThrottleState,
  admitAttempt,
  clearsOnSuccess,
  recordFailure,
  releaseAttempt,
} from './throttle-policy'

export type ThrottleKey = { scope: ThrottleScope; key: string }

/** An admitted attempt: which counters it was counted in, and in which window of each. */
export type ThrottleTicket = Array<ThrottleKey & { windowStart: Date }>

/**
 * The counters a sign-in attempt is checked against: always the submitted
 * address (so an unknown account is throttled exactly like a real one),
 * and the client's IP address when it is known. The IP comes from proxy
 * headers, which a client can forge when no proxy sets them; the account
 * counter still applies then.
 */
export function loginThrottleKeys(email: string, ip: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ scope: 'account', key: email.trim().toLowerCase() }]
  if (ip) keys.push({ scope: 'ip', key: ip })
  return keys
}

type Tx = Prisma.TransactionClient
type Row = ThrottleKey & ThrottleState

/**
 * Creates any missing counters and locks all of them until the transaction
 * ends, so simultaneous attempts (from any number of app instances) see each
 * other's counts. Keys are always taken in the same order (account before
 * IP, then by key) so two transactions never wait for each other in a cycle.
 */
async function lockCounters(tx: Tx, keys: ThrottleKey[], now: Date): Promise<Map<string, Row>> {
  const ordered = [...keys].sort((a, b) => a.scope.localeCompare(b.scope) || a.key.localeCompare(b.key))
  await tx.loginThrottle.createMany({
    data: ordered.map((k) => ({ scope: k.scope, key: k.key, failures: 0, windowStart: now })),
    skipDuplicates: true,
  })
  const rows = new Map<string, Row>()
  for (const k of ordered) {
    const [row] = await tx.$queryRaw<Array<{ failures: number; windowStart: Date; blockedUntil: Date | null }>>`
      SELECT failures, "windowStart", "blockedUntil" FROM "LoginThrottle"
      WHERE scope = ${k.scope} AND key = ${k.key} FOR UPDATE`
    if (row) rows.set(`${k.scope}:${k.key}`, { ...k, ...row })
  }
  return rows
}

async function save(tx: Tx, key: ThrottleKey, state: ThrottleState) {
  await tx.loginThrottle.update({
    where: { scope_key: { scope: key.scope, key: key.key } },
    data: { failures: state.failures, windowStart: state.windowStart, blockedUntil: state.blockedUntil },
  })
}

/**
 * Counts a sign-in attempt against every key, before any password hashing.
 * Returns null when any counter refuses it; nothing is counted then.
 */
export async function admitLoginAttempt(keys: ThrottleKey[], now = new Date()): Promise<ThrottleTicket | null> {
  return db.$transaction(async (tx) => {
    const rows = await lockCounters(tx, keys, now)
    const admissions = keys.map((k) => ({ key: k, ...admitAttempt(rows.get(`${k.scope}:${k.key}`) ?? null, LOGIN_LIMITS[k.scope], now) }))
    if (admissions.some((a) => !a.allowed)) return null
    for (const a of admissions) await save(tx, a.key, a.state)
    return admissions.map((a) => ({ ...a.key, windowStart: a.state.windowStart }))
  })
}

/** Records how an admitted attempt ended: a failure stays counted (and may start a block), a success is taken back. */
export async function settleLoginAttempt(ticket: ThrottleTicket, outcome: 'success' | 'failure', now = new Date()) {
  await db.$transaction(async (tx) => {
    const rows = await lockCounters(tx, ticket, now)
    for (const entry of ticket) {
      const limit = LOGIN_LIMITS[entry.scope]
      const row = rows.get(`${entry.scope}:${entry.key}`) ?? null
      if (outcome === 'success' && clearsOnSuccess[entry.scope]) {
        await tx.loginThrottle.delete({ where: { scope_key: { scope: entry.scope, key: entry.key } } })
      } else {
        const next =
          outcome === 'success'
            ? releaseAttempt(row, limit, now, entry.windowStart)
            : recordFailure(row, limit, now, entry.windowStart)
        await save(tx, entry, next)
      }
    }
  })
}

/**
 * Deletes counters that no longer hold anything: window over and no block
 * running. Safe to call at any time; a periodic job keeps the table small
 * when many different addresses are tried.
 */
export async function pruneLoginThrottle(now = new Date()): Promise<number> {
  const longestWindow = Math.max(...Object.values(LOGIN_LIMITS).map((l) => l.windowMs))
  const { count } = await db.loginThrottle.deleteMany({
    where: {
      windowStart: { lte: new Date(now.getTime() - longestWindow) },
      OR: [{ blockedUntil: null }, { blockedUntil: { lte: now } }],
    },
  })
  return count
}

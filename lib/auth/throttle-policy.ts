/**
 * The sign-in throttling rules as pure functions of a counter and the time,
 * so they can be checked without a database. lib/auth/throttle.ts applies them
 * to rows it has locked.
 *
 * A counter holds the attempts of the current window that have not
 * succeeded. An attempt is counted when it is admitted, BEFORE the password
 * is checked: otherwise a burst of simultaneous guesses would all pass the
 * check while none of them had failed yet. A success then takes its attempt
 * back (or clears the account's counter); a failure leaves it counted. An
 * attempt whose outcome is never recorded (the server stopped midway) stays
 * counted, which errs on the safe side.
 */

export type ThrottleScope = 'account' | 'ip'

export type ThrottleLimit = {
  /** Failed attempts allowed within one window. */
  maxFailures: number
  /** How long a window lasts from its first attempt. */
  windowMs: number
  /** How long further attempts are refused once the limit is reached. */
  blockMs: number
}

const MINUTE = 60_000

/**
 * The one place the limits are set. Per account (the submitted e-mail
 * address, whether or not the account exists): 5 failures in 15 minutes, then
 * 15 minutes of refusals; enough for typing mistakes, far too few for
 * guessing. Per IP address: 20 failures in 15 minutes, which stops one client
 * from trying a few passwords on many accounts while leaving room for several
 * colleagues behind one office address.
 */
export const LOGIN_LIMITS: Readonly<Record<ThrottleScope, ThrottleLimit>> = {
  account: { maxFailures: 5, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE },
  ip: { maxFailures: 20, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE },
}

export type ThrottleState = {
  failures: number
  windowStart: Date
  blockedUntil: Date | null
}

function freshState(now: Date): ThrottleState {
  return { failures: 0, windowStart: now, blockedUntil: null }
}

/**
 * The counter as it stands at `now`: a new window when there was none, when
 * a block has ended, or when the window has passed.
 */
export function currentState(state: ThrottleState | null, limit: ThrottleLimit, now: Date): ThrottleState {
  if (!state) return freshState(now)
  if (state.blockedUntil) return state.blockedUntil > now ? state : freshState(now)
  if (state.windowStart.getTime() + limit.windowMs <= now.getTime()) return freshState(now)
  return state
}

export function isBlocked(state: ThrottleState, now: Date): boolean {
  return state.blockedUntil !== null && state.blockedUntil > now
}

export type Admission = { allowed: boolean; state: ThrottleState }

/**
 * Whether an attempt may go on to the password check, and the counter after
 * it. A refused attempt changes nothing: it costs the server no hashing, and
 * not extending the block keeps an attacker from locking the real user out
 * for longer than one block at a time.
 */
export function admitAttempt(state: ThrottleState | null, limit: ThrottleLimit, now: Date): Admission {
  const current = currentState(state, limit, now)
  if (isBlocked(current, now) || current.failures >= limit.maxFailures) return { allowed: false, state: current }
  return { allowed: true, state: { ...current, failures: current.failures + 1 } }
}

/**
 * The counter after an admitted attempt failed. `admittedIn` is the start of
 * the window the attempt was counted in; if the window has changed since,
 * the failure is counted in the new one. Reaching the limit starts a block.
 */
export function recordFailure(
  state: ThrottleState | null,
  limit: ThrottleLimit,
  now: Date,
  admittedIn: Date,
): ThrottleState {
  const current = currentState(state, limit, now)
  const counted = current.windowStart.getTime() === admittedIn.getTime()
  const failures = counted ? current.failures : current.failures + 1
  const blockedUntil =
    current.blockedUntil ?? (failures >= limit.maxFailures ? new Date(now.getTime() + limit.blockMs) : null)
  return { ...current, failures, blockedUntil }
}

/**
 * The counter after an admitted attempt succeeded: its attempt is taken back
 * if it is still in the current window. (For the account itself the counter
 * is cleared instead, see clearsOnSuccess.)
 */
export function releaseAttempt(
  state: ThrottleState | null,
  limit: ThrottleLimit,
  now: Date,
  admittedIn: Date,
): ThrottleState {
  const current = currentState(state, limit, now)
  if (current.windowStart.getTime() !== admittedIn.getTime()) return current
  return { ...current, failures: Math.max(0, current.failures - 1) }
}

/**
 * A correct password for the account proves the earlier failures were the
 * user's own typing, so its counter starts again. An IP address is shared by
 * many accounts, so one success there only takes back its own attempt.
 */
export const clearsOnSuccess: Readonly<Record<ThrottleScope, boolean>> = { account: true, ip: false }

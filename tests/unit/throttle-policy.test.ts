import { describe, expect, it } from 'vitest'
import {
  type ThrottleLimit,
  type ThrottleState,
  admitAttempt,
  currentState,
  recordFailure,
  releaseAttempt,
} from '@/lib/auth/throttle-policy'

const MINUTE = 60_000
const limit: ThrottleLimit = { maxFailures: 3, windowMs: 15 * MINUTE, blockMs: 10 * MINUTE }
const t0 = new Date('2026-11-24T10:00:00Z')
const at = (minutes: number) => new Date(t0.getTime() + minutes * MINUTE)

/** Admits and fails `n` attempts one after another, starting from `state`. */
function failures(n: number, state: ThrottleState | null, now: Date): ThrottleState | null {
  let current = state
  for (let i = 0; i < n; i++) {
    const admission = admitAttempt(current, limit, now)
    expect(admission.allowed).toBe(true)
    current = recordFailure(admission.state, limit, now, admission.state.windowStart)
  }
  return current
}

describe('admitAttempt', () => {
  it('counts an admitted attempt before its password is checked', () => {
    expect(admitAttempt(null, limit, t0)).toEqual({
      allowed: true,
      state: { failures: 1, windowStart: t0, blockedUntil: null },
    })
  })

  it('refuses once the attempts in flight fill the limit, before any has failed', () => {
    let state: ThrottleState | null = null
    for (let i = 0; i < limit.maxFailures; i++) {
      const admission = admitAttempt(state, limit, t0)
      expect(admission.allowed).toBe(true)
      state = admission.state
    }
    expect(admitAttempt(state, limit, t0)).toMatchObject({ allowed: false, state })
  })

  it('refuses during a block without extending it', () => {
    const blocked = failures(3, null, t0)
    expect(blocked?.blockedUntil).toEqual(at(10))
    const refusal = admitAttempt(blocked, limit, at(9))
    expect(refusal).toEqual({ allowed: false, state: blocked })
  })

  it('starts a fresh window when the block has ended', () => {
    const blocked = failures(3, null, t0)
    expect(admitAttempt(blocked, limit, at(10))).toEqual({
      allowed: true,
      state: { failures: 1, windowStart: at(10), blockedUntil: null },
    })
  })

  it('starts a fresh window when the old one has passed', () => {
    const two = failures(2, null, t0)
    expect(admitAttempt(two, limit, at(14.9)).state.failures).toBe(3)
    expect(admitAttempt(two, limit, at(15)).state).toEqual({ failures: 1, windowStart: at(15), blockedUntil: null })
  })
})

describe('recordFailure', () => {
  it('blocks from the failure that reaches the limit', () => {
    const two = failures(2, null, t0)
    expect(two?.blockedUntil).toBeNull()
    const admission = admitAttempt(two, limit, at(5))
    expect(recordFailure(admission.state, limit, at(5), t0).blockedUntil).toEqual(at(15))
  })

  it('counts a failure whose window ended while it was checked in the new window', () => {
    const admission = admitAttempt(null, limit, t0)
    expect(recordFailure(admission.state, limit, at(20), t0)).toEqual({ failures: 1, windowStart: at(20), blockedUntil: null })
  })
})

describe('releaseAttempt', () => {
  it('takes back the attempt of a success in the same window', () => {
    const two = failures(2, null, t0)
    const admission = admitAttempt(two, limit, at(1))
    expect(releaseAttempt(admission.state, limit, at(1), t0).failures).toBe(2)
  })

  it('leaves a newer window alone', () => {
    const admission = admitAttempt(null, limit, t0)
    expect(releaseAttempt(admission.state, limit, at(16), t0)).toEqual({ failures: 0, windowStart: at(16), blockedUntil: null })
  })

  it('never goes below zero', () => {
    expect(releaseAttempt(currentState(null, limit, t0), limit, t0, t0).failures).toBe(0)
  })
})

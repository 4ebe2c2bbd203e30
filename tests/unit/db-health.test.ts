import { describe, expect, it } from 'vitest'
import { createHealthCheck } from '@/lib/db-health'

/** A probe whose answers the test decides, counting its calls. */
function scriptedProbe() {
  const probe = {
    calls: 0,
    up: true,
    run: async () => {
      probe.calls++
      if (!probe.up) throw new Error('connect ECONNREFUSED 127.0.0.1:5432')
    },
  }
  return probe
}

function clock(start = 1_000_000) {
  const c = { t: start, now: () => c.t }
  return c
}

describe('database health check', () => {
  it('probes once and reuses the answer while it is fresh', async () => {
    const probe = scriptedProbe()
    const time = clock()
    const isUp = createHealthCheck({ probe: probe.run, ttlMs: 1_500, now: time.now })
    expect(await isUp()).toBe(true)
    time.t += 1_000
    expect(await isUp()).toBe(true)
    expect(await isUp()).toBe(true)
    expect(probe.calls).toBe(1)
  })

  it('shares one probe among concurrent requests', async () => {
    const probe = scriptedProbe()
    const isUp = createHealthCheck({ probe: probe.run, now: clock().now })
    const answers = await Promise.all(Array.from({ length: 50 }, () => isUp()))
    expect(answers.every(Boolean)).toBe(true)
    expect(probe.calls).toBe(1)
  })

  it('notices an outage once the answer has expired, and the recovery in the same way', async () => {
    const probe = scriptedProbe()
    const time = clock()
    const isUp = createHealthCheck({ probe: probe.run, ttlMs: 1_500, now: time.now })
    expect(await isUp()).toBe(true)

    probe.up = false
    time.t += 1_499
    expect(await isUp(), 'a fresh answer is reused').toBe(true)
    time.t += 1
    expect(await isUp()).toBe(false)
    expect(probe.calls).toBe(2)

    // "Down" is cached just as briefly: it cannot keep the site down once the database is back.
    probe.up = true
    time.t += 1_000
    expect(await isUp()).toBe(false)
    time.t += 500
    expect(await isUp()).toBe(true)
    expect(probe.calls).toBe(3)
  })

  it('counts a probe that does not answer in time as down, without waiting for it', async () => {
    const time = clock()
    let calls = 0
    const hung = () => {
      calls++
      return new Promise<never>(() => {})
    }
    const isUp = createHealthCheck({ probe: hung, timeoutMs: 50, now: time.now })
    const started = Date.now()
    expect(await isUp()).toBe(false)
    expect(Date.now() - started).toBeLessThan(1_000)
    // The answer is cached like any other.
    expect(await isUp()).toBe(false)
    expect(calls).toBe(1)
  })

  it('counts a probe that throws synchronously as down', async () => {
    const isUp = createHealthCheck({
      probe: () => {
        throw new Error('Client was closed and is not queryable')
      },
      now: clock().now,
    })
    expect(await isUp()).toBe(false)
  })
})

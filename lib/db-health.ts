import pg from 'pg'
import { env } from './env'

/** Resolves when the database answered, rejects (or never settles) when it did not. */
export type HealthProbe = () => Promise<unknown>

export type HealthCheckOptions = {
  probe: HealthProbe
  /** How long an answer is reused: every request in this window shares one probe. */
  ttlMs?: number
  /** A probe that has not answered by then counts as "down", so a hung database cannot hold requests. */
  timeoutMs?: number
  /** The clock, in milliseconds; tests pass their own. */
  now?: () => number
}

/** Reuse each answer for 1.5 s: at most one probe per instance and interval, however busy the site. */
export const HEALTH_TTL_MS = 1_500
/** Well below the 5 s a page's own connection attempt may take, so the 503 comes quickly. */
export const HEALTH_TIMEOUT_MS = 1_000

/**
 * A cached "is the database up?" check. Requests within `ttlMs` of the last
 * answer get that answer without any I/O; concurrent requests after it has
 * expired share one probe. Both answers expire: a "down" is re-checked as
 * soon as it is `ttlMs` old, so the site recovers by itself when the
 * database is back, without a restart.
 */
export function createHealthCheck({
  probe,
  ttlMs = HEALTH_TTL_MS,
  timeoutMs = HEALTH_TIMEOUT_MS,
  now = Date.now,
}: HealthCheckOptions): () => Promise<boolean> {
  let last: { up: boolean; at: number } | null = null
  let pending: Promise<boolean> | null = null

  function runProbe(): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs)
    })
    const answered = Promise.resolve()
      .then(probe)
      .then(
        () => true,
        () => false,
      )
    return Promise.race([answered, timedOut]).then((up) => {
      clearTimeout(timer)
      last = { up, at: now() }
      pending = null
      return up
    })
  }

  return function isDatabaseUp(): Promise<boolean> {
    if (last && now() - last.at < ttlMs) return Promise.resolve(last.up)
    pending ??= runProbe()
    return pending
  }
}

/**
 * A pool of its own, of one connection, for the probe: it never competes with
 * page renders for the app's connections, and it gives up connecting after
 * `HEALTH_TIMEOUT_MS` instead of the app pool's 5 s.
 */
let probePool: pg.Pool | null = null

function pool(): pg.Pool {
  if (!probePool) {
    probePool = new pg.Pool({
      connectionString: env.DATABASE_URL,
      max: 1,
      connectionTimeoutMillis: HEALTH_TIMEOUT_MS,
      query_timeout: HEALTH_TIMEOUT_MS,
      idleTimeoutMillis: 10_000,
      // The probe's idle connection must not keep a stopping process alive.
      allowExitOnIdle: true,
    })
    // An idle connection breaks when the database goes away; the pool drops
    // it and the next probe reports "down". Without a listener Node would
    // treat the event as an uncaught error and end the process.
    probePool.on('error', () => {})
  }
  return probePool
}

/** Whether the app's database answers `SELECT 1`, as last checked (at most `HEALTH_TTL_MS` ago). */
export const isDatabaseUp = createHealthCheck({ probe: () => pool().query('SELECT 1') })

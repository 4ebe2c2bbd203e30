import type { PoolConfig } from 'pg'

export type PoolLimits = {
  /** Connections per app instance. */
  max: number
  /** How long a query may run before PostgreSQL cancels it. */
  statementTimeoutMs: number
}

/**
 * The connection pool's settings. Each limit turns a database that is down,
 * overloaded or stuck into a prompt error rather than a request that hangs:
 * a new connection gives up after 5 s, a statement is cancelled by the server
 * after `statementTimeoutMs` (and by the client shortly after, should the
 * server not answer at all), and idle connections are closed after 30 s, so
 * the pool reconnects by itself once the database is back.
 */
export function poolConfig(connectionString: string, limits: PoolLimits): PoolConfig {
  return {
    connectionString,
    max: limits.max,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: limits.statementTimeoutMs,
    query_timeout: limits.statementTimeoutMs + 2_000,
  }
}

/**
 * Whether an error means that the database cannot be reached at all (down,
 * restarting, unreachable over the network), as opposed to a query that
 * failed on a database that answered. Callers use it to tell the user that
 * nothing was saved and to try again later, instead of showing the generic
 * error page.
 *
 * This module is free of imports so that it can be used anywhere (the proxy
 * included) and checked without a database. The shapes it recognises were
 * taken from real failures (tests/integration/db-errors.test.ts provokes them
 * through the app's own client and pool settings):
 *
 * - Prisma's known request errors with a connection code: P1001 (cannot reach
 *   the server), P1002 (timed out), P1008 (operation timed out), P1017 (the
 *   server closed the connection), P2024 (no connection from the pool in time).
 * - The driver adapter's classification of a socket error, which Prisma puts in
 *   `meta.driverAdapterError` (raw queries report it with P2010 instead).
 * - Errors of the `pg` driver that the adapter passes through untouched: a
 *   connection that timed out or ended in the middle of a query, and
 *   PostgreSQL refusing or ending connections while it shuts down.
 * - Node's socket errors (ECONNREFUSED and friends), also inside `cause` or
 *   an AggregateError (a host name that resolves to several addresses).
 */

const PRISMA_CONNECTION_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024'])

/** The driver adapter's kinds of error for a database that cannot be talked to. */
const ADAPTER_UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout'])

const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
])

/**
 * PostgreSQL SQLSTATEs of a server that is going away or not yet there:
 * class 08 (connection exception), admin/crash shutdown and "the database
 * system is starting up / shutting down" (57P01–57P03).
 */
function isUnavailableSqlState(code: string): boolean {
  return /^08[0-9A-Z]{3}$/.test(code) || code === '57P01' || code === '57P02' || code === '57P03'
}

/** Messages of the `pg` driver and pool for a lost or never-made connection (they carry no code). */
const PG_CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Query read timeout$/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
]

type ErrorLike = {
  name?: unknown
  code?: unknown
  message?: unknown
  meta?: unknown
  cause?: unknown
  errors?: unknown
}

function isObject(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null
}

function adapterKind(meta: unknown): unknown {
  if (!isObject(meta)) return undefined
  const adapterError = (meta as { driverAdapterError?: unknown }).driverAdapterError
  if (!isObject(adapterError) || !isObject(adapterError.cause)) return undefined
  return (adapterError.cause as { kind?: unknown; code?: unknown }).kind === 'postgres'
    ? `postgres:${String((adapterError.cause as { code?: unknown }).code)}`
    : (adapterError.cause as { kind?: unknown }).kind
}

function matchesOne(error: ErrorLike): boolean {
  const { code, message, name } = error
  if (typeof code === 'string') {
    if (name === 'PrismaClientKnownRequestError' || name === 'PrismaClientInitializationError') {
      if (PRISMA_CONNECTION_CODES.has(code)) return true
    }
    if (SOCKET_CODES.has(code)) return true
    // A DatabaseError of the pg driver: the SQLSTATE is in `code`.
    if (typeof (error as { severity?: unknown }).severity === 'string' && isUnavailableSqlState(code)) return true
  }
  // An initialization error keeps its code in `errorCode`.
  const errorCode = (error as { errorCode?: unknown }).errorCode
  if (name === 'PrismaClientInitializationError' && typeof errorCode === 'string' && PRISMA_CONNECTION_CODES.has(errorCode)) {
    return true
  }
  const kind = adapterKind(error.meta)
  if (typeof kind === 'string') {
    if (ADAPTER_UNREACHABLE_KINDS.has(kind)) return true
    if (kind.startsWith('postgres:') && isUnavailableSqlState(kind.slice('postgres:'.length))) return true
  }
  return typeof message === 'string' && PG_CONNECTION_MESSAGES.some((pattern) => pattern.test(message))
}

/**
 * True when `error`, or an error it was caused by, says the database cannot
 * be reached. Constraint violations, timeouts of a statement that PostgreSQL
 * did run, and any other error are false: those are bugs or conflicts that
 * retrying later will not fix.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // Errors nest a few levels at most; the limit guards against cycles.
  const pending: unknown[] = [error]
  for (let seen = 0; pending.length > 0 && seen < 20; seen++) {
    const current = pending.shift()
    if (!isObject(current)) continue
    if (matchesOne(current)) return true
    if (current.cause !== undefined) pending.push(current.cause)
    if (Array.isArray(current.errors)) pending.push(...(current.errors as unknown[]))
  }
  return false
}

/** What an admin form says when a save failed because the database could not be reached. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database cannot be reached right now, so nothing was saved. Your changes are still in the form: try again in a minute.'

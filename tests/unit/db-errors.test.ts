import net from 'node:net'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { isDatabaseUnavailable } from '@/lib/db-errors'
import { Prisma } from '@/lib/generated/prisma/client'

// Error objects of the kinds the app's client throws, built with the real
// classes (tests/integration/db-errors.test.ts provokes them against a real
// database that is stopped, hung or cut off).

const clientVersion = '7.10.0'

function prismaError(code: string, meta?: Record<string, unknown>) {
  return new Prisma.PrismaClientKnownRequestError('Invalid invocation', { code, clientVersion, meta })
}

function adapterMeta(cause: Record<string, unknown>) {
  return { driverAdapterError: { name: 'DriverAdapterError', cause } }
}

function pgError(code: string) {
  const error = new pg.DatabaseError('server message', 0, 'error')
  error.code = code
  error.severity = 'FATAL'
  return error
}

/** A real socket error from Node: a connection to a port nobody listens on. */
async function refusedConnection(): Promise<Error> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return new Promise((resolve) => net.connect({ host: '127.0.0.1', port }).once('error', resolve))
}

describe('isDatabaseUnavailable', () => {
  it('recognises Prisma’s connection errors', () => {
    for (const code of ['P1001', 'P1002', 'P1008', 'P1017', 'P2024']) expect(isDatabaseUnavailable(prismaError(code)), code).toBe(true)
    const init = new Prisma.PrismaClientInitializationError('Can’t reach database server', clientVersion, 'P1001')
    expect(isDatabaseUnavailable(init)).toBe(true)
  })

  it('recognises the driver adapter’s socket errors, whatever code Prisma reports them with', () => {
    // A raw query reports an unreachable server as P2010 ("raw query failed").
    const raw = prismaError('P2010', adapterMeta({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 }))
    expect(isDatabaseUnavailable(raw)).toBe(true)
    expect(isDatabaseUnavailable(prismaError('P2010', adapterMeta({ kind: 'ConnectionClosed' })))).toBe(true)
    expect(isDatabaseUnavailable(prismaError('P2010', adapterMeta({ kind: 'SocketTimeout' })))).toBe(true)
    // PostgreSQL shutting down, through the adapter.
    expect(isDatabaseUnavailable(prismaError('P2010', adapterMeta({ kind: 'postgres', code: '57P01' })))).toBe(true)
  })

  it('recognises errors of the pg driver and of PostgreSQL going away', () => {
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true)
    expect(isDatabaseUnavailable(new Error('Connection terminated due to connection timeout'))).toBe(true)
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true)
    expect(isDatabaseUnavailable(new Error('Query read timeout'))).toBe(true)
    for (const code of ['57P01', '57P03', '08006', '08001']) expect(isDatabaseUnavailable(pgError(code)), code).toBe(true)
  })

  it('recognises Node’s socket errors, also as a cause or inside an AggregateError', async () => {
    const refused = await refusedConnection()
    expect(refused).toMatchObject({ code: 'ECONNREFUSED' })
    expect(isDatabaseUnavailable(refused)).toBe(true)
    expect(isDatabaseUnavailable(new Error('the save failed', { cause: refused }))).toBe(true)
    expect(isDatabaseUnavailable(new AggregateError([new Error('other'), refused]))).toBe(true)
  })

  it('does not mistake other errors for an outage', () => {
    // A unique constraint, a missing record, a refused query, a cancelled statement.
    expect(isDatabaseUnavailable(prismaError('P2002', { target: ['email'] }))).toBe(false)
    expect(isDatabaseUnavailable(prismaError('P2025'))).toBe(false)
    expect(isDatabaseUnavailable(prismaError('P2010', adapterMeta({ kind: 'postgres', code: '42601' })))).toBe(false)
    expect(isDatabaseUnavailable(prismaError('P2010', adapterMeta({ kind: 'postgres', code: '57014' })))).toBe(false)
    expect(isDatabaseUnavailable(pgError('57014'))).toBe(false)
    expect(isDatabaseUnavailable(pgError('23505'))).toBe(false)
    // A P1001 that is not Prisma's, and plain values.
    expect(isDatabaseUnavailable({ code: 'P1001' })).toBe(false)
    expect(isDatabaseUnavailable(new Error('Connection to the mail server terminated'))).toBe(false)
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false)
    for (const value of [null, undefined, 'ECONNREFUSED', 42]) expect(isDatabaseUnavailable(value)).toBe(false)
  })

  it('stops on a cycle of causes', () => {
    const a = new Error('a')
    const b = new Error('b', { cause: a })
    ;(a as Error & { cause?: unknown }).cause = b
    expect(isDatabaseUnavailable(a)).toBe(false)
  })
})

import { type AddressInfo, type Socket, createServer } from 'node:net'
import { PrismaPg } from '@prisma/adapter-pg'
import { afterEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { isDatabaseUnavailable } from '@/lib/db-errors'
import { poolConfig } from '@/lib/db-pool'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { createUser } from '../fixtures/factories'
import { databaseAddress, startTcpForwarder, type TcpForwarder } from '../fixtures/tcp-forwarder'

// Real failures, provoked through a client built like the app's (lib/db.ts:
// the pg driver adapter with the app's pool settings), checked against
// isDatabaseUnavailable. Connection attempts give up sooner than the app's
// 5 s so that the file runs quickly; the error is the same.

const url = process.env.DATABASE_URL!
const cleanups: Array<() => Promise<unknown>> = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

function clientFor(connectionString: string, statementTimeoutMs = 10_000) {
  const client = new PrismaClient({
    adapter: new PrismaPg({ ...poolConfig(connectionString, { max: 2, statementTimeoutMs }), connectionTimeoutMillis: 1_000 }),
  })
  cleanups.push(() => client.$disconnect())
  return client
}

/** The error `promise` rejects with; fails the test if it resolves. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the database call to fail'),
    (error: unknown) => error,
  )
}

/** The app's kinds of call: a model query, an interactive transaction (every save) and a raw query. */
const calls = (client: PrismaClient) => ({
  query: () => client.user.findFirst({ select: { id: true } }),
  transaction: () => client.$transaction(async (tx) => tx.user.count()),
  raw: () => client.$queryRaw`SELECT 1`,
})

async function forwarder(): Promise<TcpForwarder> {
  const f = await startTcpForwarder(databaseAddress(url))
  cleanups.push(() => f.close())
  return f
}

describe('isDatabaseUnavailable on real failures', () => {
  it('recognises a refused connection (the database is stopped)', async () => {
    const f = await forwarder()
    await f.cut()
    const client = clientFor(f.via(url))
    for (const [name, call] of Object.entries(calls(client))) {
      const error = await failure(call())
      expect(isDatabaseUnavailable(error), `${name}: ${String(error)}`).toBe(true)
    }
  })

  it('recognises a connection attempt that times out (the database hangs)', async () => {
    const held = new Set<Socket>()
    const silent = createServer((socket) => held.add(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    cleanups.push(() => {
      const closed = new Promise((resolve) => silent.close(resolve))
      for (const socket of held) socket.destroy()
      return closed
    })
    const { port } = silent.address() as AddressInfo
    const client = clientFor(`postgresql://nobody@127.0.0.1:${port}/none`)
    for (const [name, call] of Object.entries(calls(client))) {
      const error = await failure(call())
      expect(isDatabaseUnavailable(error), `${name}: ${String(error)}`).toBe(true)
    }
  })

  it('recognises connections cut while open and in the middle of a query', async () => {
    const f = await forwarder()
    const client = clientFor(f.via(url))
    // Open connections in the pool first, one of them busy.
    await client.user.count()
    const inFlight = failure(client.$queryRaw`SELECT pg_sleep(3)`)
    await new Promise((resolve) => setTimeout(resolve, 300))
    await f.cut()
    const error = await inFlight
    expect(isDatabaseUnavailable(error), String(error)).toBe(true)
    for (const [name, call] of Object.entries(calls(client))) {
      const later = await failure(call())
      expect(isDatabaseUnavailable(later), `${name}: ${String(later)}`).toBe(true)
    }
  })

  it('and the same client works again once the database is back, without being recreated', async () => {
    const f = await forwarder()
    const client = clientFor(f.via(url))
    await client.user.count()
    await f.cut()
    await failure(client.user.count())
    await f.restore()
    await expect(client.user.count()).resolves.toBeGreaterThanOrEqual(0)
    await expect(client.$transaction(async (tx) => tx.user.count())).resolves.toBeGreaterThanOrEqual(0)
  })

  it('does not mistake errors of a database that answered for an outage', async () => {
    const user = await createUser('EDITOR')
    // A unique constraint (P2002).
    const duplicate = await failure(
      db.user.create({ data: { email: user.email, name: 'Duplicate', role: 'EDITOR', passwordHash: 'x' } }),
    )
    expect(duplicate).toMatchObject({ code: 'P2002' })
    expect(isDatabaseUnavailable(duplicate)).toBe(false)
    // A record that is not there (P2025).
    const missing = await failure(db.user.update({ where: { id: '00000000-0000-0000-0000-000000000000' }, data: { name: 'x' } }))
    expect(isDatabaseUnavailable(missing)).toBe(false)
    // SQL that PostgreSQL refuses.
    const syntax = await failure(db.$queryRawUnsafe('SELEC 1'))
    expect(isDatabaseUnavailable(syntax)).toBe(false)
    // A statement cancelled by the statement timeout: the database is there, the query is too slow.
    const slow = clientFor(url, 100)
    const cancelled = await failure(slow.$queryRaw`SELECT pg_sleep(2)`)
    expect(isDatabaseUnavailable(cancelled), String(cancelled)).toBe(false)
  })
})

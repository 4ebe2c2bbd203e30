import { type AddressInfo, createServer } from 'node:net'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { poolConfig } from '@/lib/db-pool'

// The pool settings the app's client uses (lib/db.ts), applied to a pool of
// our own so the limits can be small.
const url = process.env.DATABASE_URL!
let pool: pg.Pool | undefined

afterEach(async () => {
  await pool?.end()
  pool = undefined
})

describe('database pool limits', () => {
  it('has PostgreSQL cancel a statement that runs longer than the statement timeout', async () => {
    pool = new pg.Pool(poolConfig(url, { max: 1, statementTimeoutMs: 200 }))
    const started = Date.now()
    await expect(pool.query('SELECT pg_sleep(5)')).rejects.toMatchObject({ code: '57014' })
    expect(Date.now() - started).toBeLessThan(4_000)
    // The connection is still usable afterwards.
    await expect(pool.query('SELECT 1 AS one')).resolves.toMatchObject({ rows: [{ one: 1 }] })
  })

  it('lets statements within the limit finish', async () => {
    pool = new pg.Pool(poolConfig(url, { max: 1, statementTimeoutMs: 2_000 }))
    await expect(pool.query('SELECT pg_sleep(0.1), 2 AS two')).resolves.toMatchObject({ rows: [{ two: 2 }] })
  })

  it('gives up connecting to a database that does not answer, instead of waiting for ever', async () => {
    // A server that accepts the connection and then says nothing, like a hung database.
    const silent = createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = silent.address() as AddressInfo
      pool = new pg.Pool(poolConfig(`postgresql://nobody@127.0.0.1:${port}/none`, { max: 1, statementTimeoutMs: 1_000 }))
      const started = Date.now()
      await expect(pool.query('SELECT 1')).rejects.toThrow(/timeout/i)
      expect(Date.now() - started).toBeLessThan(15_000)
    } finally {
      silent.close()
    }
  })
})

/**
 * Drops and creates the benchmark database named by a URL, so every run of
 * `npm run bench` on an existing PostgreSQL server starts from the same state:
 *
 *   node --import tsx scripts/bench/database.ts postgresql://user@host:port/geocoop_bench
 *
 * Only a database whose name contains "bench" is accepted.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

/** Only a database named for benchmarks may be emptied or filled. */
export function assertBenchDatabase(connectionString: string): void {
  const name = decodeURIComponent(new URL(connectionString).pathname.replace(/^\//, ''))
  if (!name.includes('bench')) {
    throw new Error(`Refusing to use database "${name}": use a database whose name contains "bench", e.g. geocoop_bench.`)
  }
}

export async function recreateDatabase(connectionString: string): Promise<void> {
  assertBenchDatabase(connectionString)
  const url = new URL(connectionString)
  const name = decodeURIComponent(url.pathname.slice(1))
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Use letters, digits and underscores in the database name, not "${name}"`)
  // Connect to the server's maintenance database: a database cannot drop itself.
  url.pathname = '/postgres'
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await client.query(`CREATE DATABASE "${name}"`)
  } finally {
    await client.end()
  }
}

const runDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (runDirectly) {
  const target = process.argv[2]
  if (!target) {
    console.error('Usage: node --import tsx scripts/bench/database.ts postgresql://…/geocoop_bench')
    process.exitCode = 1
  } else {
    recreateDatabase(target).catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exitCode = 1
    })
  }
}

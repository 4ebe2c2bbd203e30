/**
 * Embedded PostgreSQL for the demo and local use: PGlite (Postgres compiled to
 * WebAssembly) with its data in a local folder, served over TCP so that the
 * app, migrations and the seed connect with the ordinary `pg` driver.
 *
 *   tsx scripts/db/embedded.ts
 *
 * EMBEDDED_DB_DIR   data folder (default .data/pglite)
 * EMBEDDED_DB_PORT  port on 127.0.0.1 (default 54329)
 * EMBEDDED_DB_MAX_CONNECTIONS  client connections accepted at once (default 32)
 *
 * PGlite runs one query at a time. pglite-socket queues the queries of all
 * connections and keeps a connection's transaction to itself, so several
 * connections work, but they never run in parallel and they share one
 * Postgres session (a SET or a temporary table is seen by every connection).
 * Production and the test suite use a real PostgreSQL server.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

const dataDir = path.resolve(process.env.EMBEDDED_DB_DIR ?? '.data/pglite')
const port = Number(process.env.EMBEDDED_DB_PORT ?? 54329)
const maxConnections = Number(process.env.EMBEDDED_DB_MAX_CONNECTIONS ?? 32)
const host = '127.0.0.1'
const lockFile = `${dataDir}.pid`

/**
 * PGlite keeps no lock of its own, and two processes writing one data folder
 * corrupt it; refuse to start while another live copy of this script holds it.
 */
async function lockDataDir() {
  const holder = Number(await readFile(lockFile, 'utf8').catch(() => ''))
  if (holder && holder !== process.pid && (await isEmbeddedDb(holder)))
    throw new Error(`${dataDir} is in use by process ${holder}; stop it first.`)
  await writeFile(lockFile, String(process.pid))
}

async function isEmbeddedDb(pid: number) {
  try {
    process.kill(pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  // A stale lock can name a process id the system has since reused.
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => null)
  return cmdline === null || cmdline.includes('embedded')
}

function shortPath(p: string) {
  const relative = path.relative(process.cwd(), p)
  return relative.startsWith('..') ? p : relative
}

// Listen from the start: a signal that arrives while PGlite is still opening
// (or creating) the data folder then waits for it instead of killing it.
const stopRequested = new Promise<NodeJS.Signals>((resolve) => {
  process.on('SIGINT', () => resolve('SIGINT'))
  process.on('SIGTERM', () => resolve('SIGTERM'))
})

async function main() {
  await mkdir(path.dirname(dataDir), { recursive: true })
  await lockDataDir()
  const db = await PGlite.create(dataDir)
  // The default of one connection rejects a pool's second connection;
  // allow enough for the app's pool, the build workers and a migration.
  const server = new PGLiteSocketServer({ db, host, port, maxConnections })
  try {
    await server.start()
  } catch (error) {
    await db.close()
    await rm(lockFile, { force: true })
    throw error
  }
  console.log(
    `Embedded database ready: postgresql://postgres:postgres@${host}:${port}/postgres (data in ${shortPath(dataDir)})`,
  )

  const signal = await stopRequested
  console.log(`Embedded database: ${signal} received, closing.`)
  // Closing PGlite shuts Postgres down cleanly; exiting without it can leave
  // the data folder unusable.
  await server.stop()
  await db.close()
  await rm(lockFile, { force: true })
  process.exit(0)
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code
  console.error(
    code === 'EADDRINUSE'
      ? `Embedded database: port ${port} on ${host} is already in use (set EMBEDDED_DB_PORT to use another).`
      : `Embedded database failed to start: ${error instanceof Error ? error.message : String(error)}`,
  )
  process.exit(1)
})

/**
 * npm run backup -- [--out DIR]
 *
 * Writes DIR/geocoop-backup-<UTC time>.tar (default DIR: the working
 * directory) holding a pg_dump of DATABASE_URL, every file under MEDIA_ROOT
 * and a manifest with checksums. The archive is assembled under a hidden
 * temporary name in DIR and renamed only once it is complete, so a file with
 * the final name is always a whole backup.
 */
import { lstat, mkdtemp, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type pg from 'pg'
import {
  BackupError,
  DUMP_ENTRY,
  type Log,
  MANIFEST_ENTRY,
  MANIFEST_FORMAT,
  MANIFEST_VERSION,
  MEDIA_PREFIX,
  type Manifest,
  backupFileName,
  connect,
  countRows,
  findPgTool,
  parseDatabaseUrl,
  plural,
  resolveMediaRoot,
  runTool,
  serverMajorVersion,
} from './shared'
import { TarWriter } from './tar'
import { runIfMain } from '../run-if-main'

export type BackupOptions = {
  databaseUrl: string | undefined
  mediaRoot: string
  outDir: string
  now?: Date
  log?: Log
}

export type BackupResult = { file: string; manifest: Manifest }

async function appVersion(): Promise<string> {
  const file = fileURLToPath(new URL('../../package.json', import.meta.url))
  const { version } = JSON.parse(await readFile(file, 'utf8')) as { version?: unknown }
  return typeof version === 'string' ? version : 'unknown'
}

async function latestMigration(client: pg.Client): Promise<string | null> {
  const { rows: exists } = await client.query<{ table: string | null }>(
    "SELECT to_regclass('public._prisma_migrations')::text AS table",
  )
  if (!exists[0]?.table) return null
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM public._prisma_migrations
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
     ORDER BY migration_name DESC LIMIT 1`,
  )
  return rows[0]?.migration_name ?? null
}

type MediaItem = { relative: string; absolute: string; type: 'file' | 'directory'; mtime: Date }

/**
 * Every file and directory under the media root, in a stable order. Anything
 * else (a symbolic link, a socket) stops the backup: the media library never
 * creates one, and silently leaving it out would make the backup incomplete.
 */
async function listMedia(root: string): Promise<MediaItem[]> {
  const rootStats = await lstat(root).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw error
  })
  if (!rootStats) return []
  if (!rootStats.isDirectory()) throw new BackupError(`MEDIA_ROOT ${root} is not a directory.`)
  const items: MediaItem[] = []
  async function walk(dir: string, relative: string) {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name)
      const rel = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        items.push({ relative: rel, absolute, type: 'directory', mtime: (await stat(absolute)).mtime })
        await walk(absolute, rel)
      } else if (entry.isFile()) {
        items.push({ relative: rel, absolute, type: 'file', mtime: (await stat(absolute)).mtime })
      } else {
        throw new BackupError(`${absolute} is not a regular file or directory; move it out of MEDIA_ROOT and run the backup again.`)
      }
    }
  }
  await walk(root, '')
  return items
}

export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const log = options.log ?? (() => {})
  const now = options.now ?? new Date()
  const outDir = path.resolve(options.outDir)
  const outStats = await stat(outDir).catch(() => null)
  if (!outStats?.isDirectory())
    throw new BackupError(`The output directory ${outDir} does not exist. Create it first, or choose another with --out DIR.`)
  const target = path.join(outDir, backupFileName(now))
  if (await stat(target).catch(() => null)) throw new BackupError(`${target} already exists; nothing was written.`)

  const connection = parseDatabaseUrl(options.databaseUrl)
  const client = await connect(connection)
  // Everything is written inside this hidden directory and only the finished
  // archive is moved out of it, so an interrupted backup leaves no file that
  // looks complete (and at worst a `.geocoop-backup-partial-*` directory).
  let staging: string | null = null
  try {
    const server = await serverMajorVersion(client)
    const pgDump = await findPgTool('pg_dump', server.major, `the server runs PostgreSQL ${server.version}`)
    log(`Backing up ${connection.display} with ${pgDump.path} (${pgDump.version})`)
    staging = await mkdtemp(path.join(outDir, '.geocoop-backup-partial-'))
    const dumpFile = path.join(staging, DUMP_ENTRY)

    // pg_dump reads the snapshot this transaction exports, so the row counts
    // in the manifest describe exactly the data in the dump even while the
    // site keeps changing.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const { rows } = await client.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot')
    const snapshot = rows[0]?.snapshot
    if (!snapshot) throw new BackupError('PostgreSQL did not export a snapshot.')
    const migration = await latestMigration(client)
    const tables = await countRows(client)
    await runTool(
      pgDump,
      ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`, `--file=${dumpFile}`, `--dbname=${connection.libpqUrl}`],
      connection.env,
    )
    await client.query('COMMIT')

    const media = await listMedia(options.mediaRoot)
    const archiveFile = path.join(staging, 'archive.tar')
    const out = await open(archiveFile, 'wx')
    let manifest: Manifest
    try {
      const tar = new TarWriter(out)
      const dump = await tar.file(DUMP_ENTRY, dumpFile)
      await tar.directory(MEDIA_PREFIX, now)
      const files: Manifest['media']['files'] = []
      for (const item of media) {
        if (item.type === 'directory') await tar.directory(`${MEDIA_PREFIX}${item.relative}`, item.mtime)
        else files.push({ path: item.relative, ...(await tar.file(`${MEDIA_PREFIX}${item.relative}`, item.absolute)) })
      }
      manifest = {
        format: MANIFEST_FORMAT,
        formatVersion: MANIFEST_VERSION,
        createdAt: now.toISOString(),
        appVersion: await appVersion(),
        latestMigration: migration,
        postgres: { serverVersion: server.version, pgDumpVersion: pgDump.version },
        database: { file: DUMP_ENTRY, ...dump },
        tables,
        media: { files },
      }
      await tar.bytes(MANIFEST_ENTRY, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'), now)
      await tar.finish()
      // On disk before the rename makes it look complete.
      await out.sync()
    } finally {
      await out.close()
    }
    await rename(archiveFile, target)

    const rowCount = Object.values(tables).reduce((sum, n) => sum + n, 0)
    log(
      `Wrote ${target}: ${plural(Object.keys(tables).length, 'table')} (${plural(rowCount, 'row')}), ` +
        `${plural(manifest.media.files.length, 'media file')}, ` +
        `latest migration ${migration ?? '(none)'}.`,
    )
    return { file: target, manifest }
  } finally {
    await client.end().catch(() => {})
    if (staging) await rm(staging, { recursive: true, force: true })
  }
}

export function parseBackupArgs(args: string[]): { outDir: string } {
  let outDir = '.'
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--out') {
      const value = args[++i]
      if (!value) throw new BackupError('--out needs a directory, e.g. --out /var/backups/geocoop')
      outDir = value
    } else if (arg?.startsWith('--out=')) {
      outDir = arg.slice('--out='.length)
    } else {
      throw new BackupError(`Unknown argument ${JSON.stringify(arg)}. Usage: npm run backup -- [--out DIR]`)
    }
  }
  return { outDir }
}

async function main() {
  await import('dotenv/config')
  const { outDir } = parseBackupArgs(process.argv.slice(2))
  await createBackup({
    databaseUrl: process.env.DATABASE_URL,
    mediaRoot: resolveMediaRoot(process.env.MEDIA_ROOT),
    outDir,
    log: (line) => console.log(line),
  })
}

runIfMain(import.meta.url, main, (error): error is BackupError => error instanceof BackupError)

/**
 * npm run restore -- ARCHIVE [--yes]
 *
 * Replaces the database at DATABASE_URL and the files under MEDIA_ROOT with
 * the contents of a backup made by `npm run backup`, in this order:
 *
 *   1. unpack the archive beside MEDIA_ROOT and check the manifest and every
 *      SHA-256; a damaged or altered archive stops here, with nothing changed;
 *   2. refuse a database that already holds content unless --yes is given;
 *   3. pg_restore --clean in one transaction (all or nothing);
 *   4. swap the unpacked media directory in for MEDIA_ROOT (the old one stays
 *      in place if anything before fails);
 *   5. compare every table's row count with the manifest.
 */
import { mkdir, mkdtemp, open, rename, rm, stat, utimes } from 'node:fs/promises'
import path from 'node:path'
import {
  BackupError,
  DUMP_ENTRY,
  type Log,
  MANIFEST_ENTRY,
  MEDIA_PREFIX,
  type Manifest,
  connect,
  countRows,
  findPgTool,
  parseDatabaseUrl,
  parseManifest,
  parseToolVersion,
  plural,
  resolveMediaRoot,
  runTool,
  serverMajorVersion,
  verifyContents,
} from './shared'
import { type TarSink, readTar } from './tar'
import { runIfMain } from '../run-if-main'

export type RestoreOptions = {
  archive: string
  databaseUrl: string | undefined
  mediaRoot: string
  /** --yes: replace a database that already holds content. */
  overwrite: boolean
  log?: Log
}

export type RestoreSummary = {
  database: string
  manifest: Manifest
  tables: number
  rows: number
  mediaFiles: number
}

// A manifest lists one line per media file; even a very large library stays far below this.
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024

function fileSink(file: string, mtime: Date): TarSink {
  const handle = mkdir(path.dirname(file), { recursive: true }).then(() => open(file, 'wx'))
  let position = 0
  return {
    async write(chunk) {
      const out = await handle
      let done = 0
      while (done < chunk.length) {
        const { bytesWritten } = await out.write(chunk, done, chunk.length - done, position)
        done += bytesWritten
        position += bytesWritten
      }
    },
    async end() {
      await (await handle).close()
      await utimes(file, mtime, mtime)
    },
  }
}

/** Unpacks the archive into `staging` and returns its manifest once every entry has been checked against it. */
async function unpackAndVerify(archive: string, staging: string): Promise<Manifest> {
  const manifestChunks: Buffer[] = []
  let manifestBytes = 0
  const directories: Array<{ dir: string; mtime: Date }> = []
  const digests = await readTar(archive, async (entry) => {
    if (entry.name === MANIFEST_ENTRY) {
      if (entry.size > MAX_MANIFEST_BYTES) throw new BackupError('The archive is damaged: manifest.json is impossibly large.')
      return {
        write: async (chunk) => {
          manifestChunks.push(Buffer.from(chunk))
          manifestBytes += chunk.length
        },
        end: async () => {},
      }
    }
    if (entry.name === DUMP_ENTRY && entry.type === 'file') return fileSink(path.join(staging, DUMP_ENTRY), entry.mtime)
    const media = MEDIA_PREFIX.slice(0, -1)
    if (entry.name === media || entry.name.startsWith(MEDIA_PREFIX)) {
      const target = path.join(staging, entry.name)
      if (entry.type === 'file') return fileSink(target, entry.mtime)
      await mkdir(target, { recursive: true })
      directories.push({ dir: target, mtime: entry.mtime })
      return null
    }
    throw new BackupError(`The archive is damaged or not a GeoCoop backup: it contains ${entry.name}.`)
  })
  if (!digests.has(MANIFEST_ENTRY) || manifestBytes === 0)
    throw new BackupError('The archive has no manifest.json: it is not a complete GeoCoop backup.')
  const manifest = parseManifest(Buffer.concat(manifestChunks).toString('utf8'))
  const problems = verifyContents(manifest, digests)
  if (problems.length)
    throw new BackupError(
      `The archive does not match its manifest, so nothing was restored:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    )
  // Adding files changed the directories' times; put them back, deepest first.
  await mkdir(path.join(staging, MEDIA_PREFIX), { recursive: true })
  for (const { dir, mtime } of directories.reverse()) await utimes(dir, mtime, mtime)
  return manifest
}

/**
 * Moves `fresh` to `mediaRoot`. The old directory is renamed aside first and
 * put back if the second rename fails, so MEDIA_ROOT is never left missing.
 */
async function swapMedia(fresh: string, mediaRoot: string) {
  const exists = await stat(mediaRoot).then(
    () => true,
    () => false,
  )
  if (!exists) {
    await rename(fresh, mediaRoot)
    return
  }
  const previous = `${path.join(path.dirname(mediaRoot), `.${path.basename(mediaRoot)}.previous-`)}${Date.now()}`
  await rename(mediaRoot, previous)
  try {
    await rename(fresh, mediaRoot)
  } catch (error) {
    await rename(previous, mediaRoot)
    throw error
  }
  await rm(previous, { recursive: true, force: true })
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreSummary> {
  const log = options.log ?? (() => {})
  const connection = parseDatabaseUrl(options.databaseUrl)
  const archive = path.resolve(options.archive)
  const mediaRoot = path.resolve(options.mediaRoot)
  if (!(await stat(archive).then((s) => s.isFile(), () => false))) throw new BackupError(`${archive} is not a file.`)

  // Unpacked beside MEDIA_ROOT so the final swap is a rename on one file system.
  await mkdir(path.dirname(mediaRoot), { recursive: true })
  const staging = await mkdtemp(path.join(path.dirname(mediaRoot), `.${path.basename(mediaRoot)}.restore-`))
  try {
    log(`Checking ${archive}`)
    const manifest = await unpackAndVerify(archive, staging)
    log(`Archive verified: backup of ${manifest.createdAt}, app ${manifest.appVersion}, latest migration ${manifest.latestMigration ?? '(none)'}.`)

    const client = await connect(connection)
    try {
      const server = await serverMajorVersion(client)
      const dumpMajor = parseToolVersion(`(PostgreSQL) ${manifest.postgres.pgDumpVersion}`)?.major ?? 0
      const needed = Math.max(server.major, dumpMajor)
      const pgRestore = await findPgTool(
        'pg_restore',
        needed,
        needed === server.major
          ? `the server runs PostgreSQL ${server.version}`
          : `the backup was made with pg_dump ${manifest.postgres.pgDumpVersion}`,
      )

      const existing = await countRows(client)
      const filled = Object.entries(existing).filter(([table, n]) => n > 0 && table !== '_prisma_migrations')
      if (filled.length && !options.overwrite) {
        const rows = filled.reduce((sum, [, n]) => sum + n, 0)
        throw new BackupError(
          `The database "${connection.database}" (${connection.display}) already holds content: ${plural(rows, 'row')} in ${plural(filled.length, 'table')}. ` +
            'Restoring replaces all of it with the backup. Run the command again with --yes to confirm; nothing was changed.',
        )
      }

      log(`Restoring the database "${connection.database}" (${connection.display}) with ${pgRestore.path}`)
      // One transaction: if any statement fails the database is left as it was.
      // --clean drops each table before recreating it; DROP TABLE removes the
      // AuditLog table with its append-only trigger, which only refuses UPDATE and DELETE.
      await runTool(
        pgRestore,
        [
          '--clean',
          '--if-exists',
          '--no-owner',
          '--no-privileges',
          '--single-transaction',
          '--exit-on-error',
          `--dbname=${connection.libpqUrl}`,
          path.join(staging, DUMP_ENTRY),
        ],
        connection.env,
      )

      try {
        await swapMedia(path.join(staging, MEDIA_PREFIX), mediaRoot)
      } catch (error) {
        throw new BackupError(
          `The database was restored, but the media files could not be moved into ${mediaRoot} (${(error as Error).message}); ` +
            `the old files are still there. Fix the problem and run the restore again with --yes.`,
        )
      }

      const restored = await countRows(client)
      const mismatches = Object.entries(manifest.tables)
        .filter(([table, n]) => restored[table] !== n)
        .map(([table, n]) => `  - ${table}: ${restored[table] ?? 'missing'} rows, the backup had ${n}`)
      if (mismatches.length)
        throw new BackupError(`The restore finished but the row counts differ from the backup:\n${mismatches.join('\n')}`)

      // pg_restore --clean only drops what the backup contains, so tables of a
      // newer schema survive; they are not part of the restored site.
      const extra = Object.keys(restored).filter((table) => !(table in manifest.tables))
      if (extra.length)
        log(
          `Warning: ${plural(extra.length, 'table')} not in the backup ${extra.length === 1 ? 'was' : 'were'} left as ${extra.length === 1 ? 'it was' : 'they were'}: ${extra.join(', ')}. ` +
            'For an exact copy, restore into a new, empty database.',
        )

      const rows = Object.values(manifest.tables).reduce((sum, n) => sum + n, 0)
      const summary: RestoreSummary = {
        database: connection.database,
        manifest,
        tables: Object.keys(manifest.tables).length,
        rows,
        mediaFiles: manifest.media.files.length,
      }
      log(
        `Restored "${connection.database}": ${plural(summary.tables, 'table')} with ${plural(rows, 'row')} (all counts match the backup), ` +
          `${plural(summary.mediaFiles, 'media file')} into ${mediaRoot}.`,
      )
      return summary
    } finally {
      await client.end().catch(() => {})
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

export function parseRestoreArgs(args: string[]): { archive: string; overwrite: boolean } {
  let archive: string | null = null
  let overwrite = false
  for (const arg of args) {
    if (arg === '--yes' || arg === '-y') overwrite = true
    else if (arg.startsWith('-')) throw new BackupError(`Unknown option ${arg}. Usage: npm run restore -- ARCHIVE [--yes]`)
    else if (archive === null) archive = arg
    else throw new BackupError('Give exactly one archive. Usage: npm run restore -- ARCHIVE [--yes]')
  }
  if (archive === null) throw new BackupError('Which backup? Usage: npm run restore -- ARCHIVE [--yes]')
  return { archive, overwrite }
}

async function main() {
  await import('dotenv/config')
  const { archive, overwrite } = parseRestoreArgs(process.argv.slice(2))
  await restoreBackup({
    archive,
    databaseUrl: process.env.DATABASE_URL,
    mediaRoot: resolveMediaRoot(process.env.MEDIA_ROOT),
    overwrite,
    log: (line) => console.log(line),
  })
}

runIfMain(import.meta.url, main, (error): error is BackupError => error instanceof BackupError)

/**
 * What the backup and restore commands share: the archive layout, the
 * manifest and its checks, the PostgreSQL client tools, and connection
 * details that never reveal a password.
 *
 * An archive is a plain tar file:
 *
 *   database.dump      pg_dump --format=custom of the database
 *   media/…            every file under MEDIA_ROOT
 *   manifest.json      written last: versions, row counts and SHA-256 of everything above
 *
 * The manifest comes last so both commands can stream: the backup learns the
 * media checksums while it writes the files, and the restore checks every one
 * of them against the manifest before it changes the database or the media.
 */
import { execFile } from 'node:child_process'
import { constants } from 'node:fs'
import { access, readdir } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { z } from 'zod'

const run = promisify(execFile)

export const DUMP_ENTRY = 'database.dump'
export const MANIFEST_ENTRY = 'manifest.json'
export const MEDIA_PREFIX = 'media/'
export const MANIFEST_FORMAT = 'geocoop-backup'
export const MANIFEST_VERSION = 1

/** A problem the person running the command can act on; printed without a stack trace. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

// ---- Names --------------------------------------------------------------------

/** `geocoop-backup-20261124T023455Z.tar`: UTC, sortable, and free of characters file systems dislike. */
export function backupFileName(at: Date): string {
  const stamp = at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '')
  return `geocoop-backup-${stamp}.tar`
}

/**
 * MEDIA_ROOT as lib/env.ts reads it (default `.data/media`, relative to the
 * working directory). lib/env itself also demands the web app's secrets,
 * which these commands do not need.
 */
export function resolveMediaRoot(raw: string | undefined, cwd = process.cwd()): string {
  const value = raw?.trim() ? raw.trim() : '.data/media'
  const resolved = path.resolve(cwd, value)
  if (resolved === path.parse(resolved).root) throw new BackupError('MEDIA_ROOT must not be the root of the file system')
  return resolved
}

// ---- Manifest -----------------------------------------------------------------

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hexadecimal')
const SizeSchema = z.number().int().nonnegative()

/** A path under media/: relative, forward slashes, no `.` or `..` segments. */
export function isSafeRelativePath(value: string): boolean {
  if (value === '' || value.startsWith('/') || value.includes('\\') || value.includes('\0')) return false
  return value.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')
}

export const ManifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  formatVersion: z.literal(MANIFEST_VERSION),
  createdAt: z.iso.datetime(),
  appVersion: z.string().min(1),
  /** The newest migration applied to the database when it was dumped; null before the first one. */
  latestMigration: z.string().min(1).nullable(),
  postgres: z.object({ serverVersion: z.string().min(1), pgDumpVersion: z.string().min(1) }),
  database: z.object({ file: z.literal(DUMP_ENTRY), size: SizeSchema, sha256: Sha256Schema }),
  /** Rows per table of the public schema, counted in the same snapshot pg_dump read. */
  tables: z.record(z.string().min(1), z.number().int().nonnegative()),
  media: z.object({
    files: z.array(
      z.object({
        path: z.string().refine(isSafeRelativePath, 'must be a relative path inside media/'),
        size: SizeSchema,
        sha256: Sha256Schema,
      }),
    ),
  }),
})

export type Manifest = z.infer<typeof ManifestSchema>

/** Parses manifest.json, explaining what is wrong with it rather than failing later. */
export function parseManifest(text: string): Manifest {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new BackupError('The archive is damaged: manifest.json is not valid JSON.')
  }
  const result = ManifestSchema.safeParse(json)
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join('.') || '(manifest)'}: ${i.message}`).join('\n')
    throw new BackupError(`The archive is not a GeoCoop backup this version can restore; manifest.json:\n${problems}`)
  }
  const seen = new Set<string>()
  for (const file of result.data.media.files) {
    if (seen.has(file.path)) throw new BackupError(`The archive is damaged: manifest.json lists media/${file.path} twice.`)
    seen.add(file.path)
  }
  return result.data
}

export type EntryDigest = { size: number; sha256: string }

/**
 * Compares what an archive actually contains (entry name → size and SHA-256)
 * with its manifest. Returns one line per problem; an empty list means every
 * byte is accounted for.
 */
export function verifyContents(manifest: Manifest, entries: ReadonlyMap<string, EntryDigest>): string[] {
  const problems: string[] = []
  const expected = new Map<string, EntryDigest>([[DUMP_ENTRY, manifest.database]])
  for (const file of manifest.media.files) expected.set(`${MEDIA_PREFIX}${file.path}`, file)
  for (const [name, want] of expected) {
    const got = entries.get(name)
    if (!got) problems.push(`${name} is missing`)
    else if (got.size !== want.size) problems.push(`${name} has ${got.size} bytes, the manifest says ${want.size}`)
    else if (got.sha256 !== want.sha256) problems.push(`${name} does not match its SHA-256 checksum`)
  }
  for (const name of entries.keys())
    if (!expected.has(name) && name !== MANIFEST_ENTRY) problems.push(`${name} is not listed in the manifest`)
  return problems
}

// ---- Connection details ---------------------------------------------------------

// Connection-string parameters libpq understands. Others, such as Prisma's
// `schema` or `connection_limit`, make pg_dump and pg_restore refuse the URL.
const LIBPQ_PARAMS = new Set([
  'host',
  'hostaddr',
  'port',
  'sslmode',
  'sslcert',
  'sslkey',
  'sslrootcert',
  'sslcrl',
  'sslpassword',
  'connect_timeout',
  'application_name',
  'options',
  'target_session_attrs',
  'channel_binding',
  'gssencmode',
])

export type Connection = {
  /** The database name, for messages. */
  database: string
  /** The URL without the password, safe to print. */
  display: string
  /** For pg_dump / pg_restore: the URL without the password, which goes in `env` instead of the process list. */
  libpqUrl: string
  env: NodeJS.ProcessEnv
  /** For the pg client, password included. */
  clientUrl: string
}

export function parseDatabaseUrl(raw: string | undefined): Connection {
  if (!raw) throw new BackupError('DATABASE_URL is not set (postgresql://user:password@host:port/database).')
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new BackupError('DATABASE_URL is not a valid URL (postgresql://user:password@host:port/database).')
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:')
    throw new BackupError('DATABASE_URL must be a postgresql:// URL.')
  const database = decodeURIComponent(url.pathname.slice(1))
  if (!database) throw new BackupError('DATABASE_URL names no database.')
  const password = decodeURIComponent(url.password)
  for (const key of [...url.searchParams.keys()]) if (!LIBPQ_PARAMS.has(key)) url.searchParams.delete(key)
  const clientUrl = url.toString()
  url.password = ''
  const libpqUrl = url.toString()
  return {
    database,
    display: libpqUrl,
    libpqUrl,
    clientUrl,
    env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env },
  }
}

export async function connect(connection: Connection): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: connection.clientUrl })
  try {
    await client.connect()
  } catch (error) {
    throw new BackupError(`Could not connect to ${connection.display}: ${(error as Error).message}`)
  }
  return client
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

/** Row counts of every table in the public schema, in the client's current transaction. */
export async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const { rows } = await client.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  )
  const counts: Record<string, number> = {}
  for (const { tablename } of rows) {
    const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM public.${quoteIdent(tablename)}`)
    counts[tablename] = Number(result.rows[0]?.n ?? 0)
  }
  return counts
}

export async function serverMajorVersion(client: pg.Client): Promise<{ major: number; version: string }> {
  const { rows } = await client.query<{ num: string; version: string }>(
    "SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS version",
  )
  const row = rows[0]
  if (!row) throw new BackupError('Could not read the PostgreSQL server version.')
  return { major: Math.floor(Number(row.num) / 10000), version: row.version }
}

// ---- PostgreSQL client tools ----------------------------------------------------

/** The major version in `pg_dump (PostgreSQL) 15.14 (Debian 15.14-1)`, or null. */
export function parseToolVersion(output: string): { major: number; version: string } | null {
  const match = /\(PostgreSQL\)\s+((\d+)(?:\.\d+)*)/.exec(output)
  if (!match?.[1] || !match[2]) return null
  return { major: Number(match[2]), version: match[1] }
}

export type PgTool = { path: string; major: number; version: string }

async function isExecutable(file: string) {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  )
}

async function candidates(name: 'pg_dump' | 'pg_restore'): Promise<string[]> {
  const found: string[] = []
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name)
    if (!found.includes(file) && (await isExecutable(file))) found.push(file)
  }
  // Debian and Ubuntu install each major version side by side; newest first.
  const versions = await readdir('/usr/lib/postgresql').catch(() => [] as string[])
  for (const version of versions.filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a))) {
    const file = path.join('/usr/lib/postgresql', version, 'bin', name)
    if (await isExecutable(file)) found.push(file)
  }
  return found
}

/**
 * Finds pg_dump or pg_restore whose major version is at least `minMajor`
 * (the server's, and for a restore also the dump's): an older client refuses
 * a newer server or archive, or silently misses what it does not know.
 */
export async function findPgTool(name: 'pg_dump' | 'pg_restore', minMajor: number, why: string): Promise<PgTool> {
  const seen: string[] = []
  for (const file of await candidates(name)) {
    const output = await run(file, ['--version']).then(
      (r) => r.stdout,
      () => '',
    )
    const version = parseToolVersion(output)
    if (!version) continue
    if (version.major >= minMajor) return { path: file, ...version }
    seen.push(`${file} (${version.version})`)
  }
  if (seen.length === 0)
    throw new BackupError(
      `${name} was not found on PATH or in /usr/lib/postgresql/*/bin. Install the PostgreSQL client tools (e.g. apt-get install postgresql-client-${minMajor}).`,
    )
  throw new BackupError(
    `${name} ${minMajor} or newer is needed because ${why}, but only ${seen.join(', ')} was found. Install postgresql-client-${minMajor} or newer.`,
  )
}

/** Runs a client tool; on failure the message carries its stderr, which never holds the password (it is in PGPASSWORD). */
export async function runTool(tool: PgTool, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  try {
    await run(tool.path, args, { env, maxBuffer: 16 * 1024 * 1024 })
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim()
    throw new BackupError(`${path.basename(tool.path)} failed${stderr ? `:\n${stderr}` : `: ${(error as Error).message}`}`)
  }
}

/** `1 row`, `3 rows`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** Command-line output for one line of progress. */
export type Log = (line: string) => void

import { createHash } from 'node:crypto'
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseBackupArgs } from '@/scripts/backup/backup'
import { parseRestoreArgs } from '@/scripts/backup/restore'
import {
  BackupError,
  type EntryDigest,
  type Manifest,
  backupFileName,
  parseDatabaseUrl,
  parseManifest,
  parseToolVersion,
  resolveMediaRoot,
  verifyContents,
} from '@/scripts/backup/shared'
import { TarWriter, buildHeader, readTar } from '@/scripts/backup/tar'

const sha = (text: string) => createHash('sha256').update(text).digest('hex')

function manifest(overrides: Partial<Manifest> = {}): Manifest {
  return {
    format: 'geocoop-backup',
    formatVersion: 1,
    createdAt: '2026-11-24T02:34:55.123Z',
    appVersion: '0.1.0',
    latestMigration: '20261124015626_auth_sessions_and_throttle',
    postgres: { serverVersion: '15.18 (Debian 15.18-0+deb12u1)', pgDumpVersion: '15.18' },
    database: { file: 'database.dump', size: 4, sha256: sha('dump') },
    tables: { NewsArticle: 3, AuditLog: 1 },
    media: { files: [{ path: 'abc/document.pdf', size: 3, sha256: sha('pdf') }] },
    ...overrides,
  }
}

describe('backupFileName', () => {
  it('names the archive after the UTC time, sortable and without colons', () => {
    expect(backupFileName(new Date('2026-11-24T02:34:55.987Z'))).toBe('geocoop-backup-20261124T023455Z.tar')
    expect(backupFileName(new Date('2027-01-02T23:04:05+02:00'))).toBe('geocoop-backup-20270102T210405Z.tar')
  })
})

describe('parseManifest', () => {
  it('accepts a manifest the backup writes', () => {
    const parsed = parseManifest(JSON.stringify(manifest()))
    expect(parsed.tables).toEqual({ NewsArticle: 3, AuditLog: 1 })
    expect(parsed.media.files[0]?.path).toBe('abc/document.pdf')
  })

  it('refuses text that is not JSON', () => {
    expect(() => parseManifest('{"format":')).toThrow(/manifest.json is not valid JSON/)
  })

  it('refuses another format or a newer version, naming the field', () => {
    expect(() => parseManifest(JSON.stringify({ ...manifest(), format: 'other' }))).toThrow(/format/)
    expect(() => parseManifest(JSON.stringify({ ...manifest(), formatVersion: 2 }))).toThrow(/formatVersion/)
  })

  it('refuses a checksum that is not SHA-256 and a negative row count', () => {
    expect(() =>
      parseManifest(JSON.stringify(manifest({ database: { file: 'database.dump', size: 4, sha256: 'abc' } }))),
    ).toThrow(/database.sha256/)
    expect(() => parseManifest(JSON.stringify(manifest({ tables: { NewsArticle: -1 } })))).toThrow(/tables.NewsArticle/)
  })

  it('refuses media paths that would leave the media directory', () => {
    for (const bad of ['../etc/passwd', '/etc/passwd', 'a//b', 'a/./b', 'a\\b']) {
      const files = [{ path: bad, size: 1, sha256: sha('x') }]
      expect(() => parseManifest(JSON.stringify(manifest({ media: { files } }))), bad).toThrow(BackupError)
    }
  })

  it('refuses a media file listed twice', () => {
    const file = { path: 'k/document.pdf', size: 1, sha256: sha('x') }
    expect(() => parseManifest(JSON.stringify(manifest({ media: { files: [file, file] } })))).toThrow(/twice/)
  })
})

describe('verifyContents', () => {
  const good = () =>
    new Map<string, EntryDigest>([
      ['database.dump', { size: 4, sha256: sha('dump') }],
      ['media/abc/document.pdf', { size: 3, sha256: sha('pdf') }],
      ['manifest.json', { size: 100, sha256: sha('manifest') }],
    ])

  it('finds nothing wrong when every entry matches', () => {
    expect(verifyContents(manifest(), good())).toEqual([])
  })

  it('reports a changed byte, a changed size, a missing and an extra entry', () => {
    const entries = good()
    entries.set('media/abc/document.pdf', { size: 3, sha256: sha('pdX') })
    entries.set('database.dump', { size: 5, sha256: sha('dump!') })
    entries.set('media/unlisted.webp', { size: 1, sha256: sha('u') })
    expect(verifyContents(manifest(), entries)).toEqual([
      'database.dump has 5 bytes, the manifest says 4',
      'media/abc/document.pdf does not match its SHA-256 checksum',
      'media/unlisted.webp is not listed in the manifest',
    ])
    entries.delete('database.dump')
    expect(verifyContents(manifest(), entries)).toContain('database.dump is missing')
  })
})

describe('parseDatabaseUrl', () => {
  it('keeps the password out of everything that is printed or passed on the command line', () => {
    const connection = parseDatabaseUrl('postgresql://geo:s3cr%40t@db.internal:5433/geocoop?schema=public&sslmode=require')
    expect(connection.database).toBe('geocoop')
    expect(connection.display).toBe('postgresql://geo@db.internal:5433/geocoop?sslmode=require')
    expect(connection.libpqUrl).not.toContain('s3cr')
    expect(connection.env.PGPASSWORD).toBe('s3cr@t')
    // Prisma's `schema` parameter is unknown to libpq and would make pg_dump refuse the URL.
    expect(connection.clientUrl).not.toContain('schema=')
  })

  it('explains a missing or malformed URL', () => {
    expect(() => parseDatabaseUrl(undefined)).toThrow(/DATABASE_URL is not set/)
    expect(() => parseDatabaseUrl('mysql://x@y/z')).toThrow(/postgresql:\/\//)
    expect(() => parseDatabaseUrl('postgresql://x@y/')).toThrow(/names no database/)
  })
})

describe('parseToolVersion', () => {
  it('reads the major version from --version output', () => {
    expect(parseToolVersion('pg_dump (PostgreSQL) 15.14 (Debian 15.14-1.pgdg120+1)\n')).toEqual({ major: 15, version: '15.14' })
    expect(parseToolVersion('pg_restore (PostgreSQL) 17beta1')).toEqual({ major: 17, version: '17' })
    expect(parseToolVersion('command not found')).toBeNull()
  })
})

describe('command-line arguments', () => {
  it('reads --out for the backup, defaulting to the working directory', () => {
    expect(parseBackupArgs([])).toEqual({ outDir: '.' })
    expect(parseBackupArgs(['--out', '/var/backups'])).toEqual({ outDir: '/var/backups' })
    expect(parseBackupArgs(['--out=/srv'])).toEqual({ outDir: '/srv' })
    expect(() => parseBackupArgs(['--out'])).toThrow(/--out needs a directory/)
    expect(() => parseBackupArgs(['--yes'])).toThrow(/Unknown argument/)
  })

  it('needs exactly one archive for the restore; --yes confirms overwriting', () => {
    expect(parseRestoreArgs(['a.tar'])).toEqual({ archive: 'a.tar', overwrite: false })
    expect(parseRestoreArgs(['--yes', 'a.tar'])).toEqual({ archive: 'a.tar', overwrite: true })
    expect(() => parseRestoreArgs([])).toThrow(/Which backup/)
    expect(() => parseRestoreArgs(['a.tar', 'b.tar'])).toThrow(/exactly one archive/)
    expect(() => parseRestoreArgs(['a.tar', '--force'])).toThrow(/Unknown option --force/)
  })
})

describe('resolveMediaRoot', () => {
  it('defaults to .data/media under the working directory, like the web app', () => {
    expect(resolveMediaRoot(undefined, '/srv/geocoop')).toBe('/srv/geocoop/.data/media')
    expect(resolveMediaRoot('  ', '/srv/geocoop')).toBe('/srv/geocoop/.data/media')
    expect(resolveMediaRoot('/var/lib/geocoop/media', '/srv/geocoop')).toBe('/var/lib/geocoop/media')
    expect(() => resolveMediaRoot('/', '/srv')).toThrow(/root of the file system/)
  })
})

describe('tar archives', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'geocoop-tar-unit-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  async function writeArchive(name: string, build: (tar: TarWriter) => Promise<void>) {
    const file = path.join(dir, name)
    const out = await open(file, 'wx')
    try {
      await build(new TarWriter(out))
    } finally {
      await out.close()
    }
    return file
  }

  it('reads back what it writes, including names longer than 100 bytes and sizes off the block boundary', async () => {
    const source = path.join(dir, 'source.bin')
    const content = Buffer.from(Array.from({ length: 1300 }, (_, i) => i % 251))
    await writeFile(source, content)
    const longName = `media/${'k'.repeat(90)}/${'f'.repeat(40)}.webp`
    const file = await writeArchive('round-trip.tar', async (tar) => {
      await tar.directory('media', new Date(0))
      await tar.file(longName, source)
      await tar.bytes('manifest.json', Buffer.from('{}'), new Date(0))
      await tar.finish()
    })
    const received: Buffer[] = []
    const digests = await readTar(file, async (entry) =>
      entry.name === longName ? { write: async (chunk) => void received.push(Buffer.from(chunk)), end: async () => {} } : null,
    )
    expect(Buffer.concat(received).equals(content)).toBe(true)
    expect(digests.get(longName)).toEqual({ size: 1300, sha256: createHash('sha256').update(content).digest('hex') })
    expect(digests.get('manifest.json')?.size).toBe(2)
    expect([...digests.keys()]).toEqual([longName, 'manifest.json'])
  })

  it('refuses entry names that climb out of the target directory', async () => {
    const file = await writeArchive('evil.tar', async (tar) => {
      await tar.bytes('media/../../etc/cron.d/evil', Buffer.from('x'), new Date(0))
      await tar.finish()
    })
    await expect(readTar(file, async () => null)).rejects.toThrow(/entry name .* is not allowed/)
  })

  it('refuses a header whose checksum does not match and an archive cut short', async () => {
    const file = await writeArchive('ok.tar', async (tar) => {
      await tar.bytes('manifest.json', Buffer.from('{}'), new Date(0))
      await tar.finish()
    })
    const bytes = await readFile(file)
    const corrupted = Buffer.from(bytes)
    corrupted[0] = 'n'.charCodeAt(0)
    await writeFile(path.join(dir, 'corrupted.tar'), corrupted)
    await expect(readTar(path.join(dir, 'corrupted.tar'), async () => null)).rejects.toThrow(/wrong checksum/)
    await writeFile(path.join(dir, 'short.tar'), bytes.subarray(0, 512 + 100))
    await expect(readTar(path.join(dir, 'short.tar'), async () => null)).rejects.toThrow(/cut short|end-of-archive/)
  })

  it('writes headers other tar tools accept (ustar magic, checksum field)', () => {
    const header = buildHeader({ name: 'database.dump', type: 'file', size: 10, mtime: new Date(0) })
    expect(header.length).toBe(512)
    expect(header.subarray(257, 263).toString('latin1')).toBe('ustar\0')
    expect(header.subarray(124, 136).toString('latin1')).toBe('00000000012\0')
  })
})

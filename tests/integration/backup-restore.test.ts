import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, insertNews, unique } from '../fixtures/factories'
import { insertCounterpart, insertMouRow } from '../fixtures/mou-factories'
import { insertProject } from '../fixtures/project-factories'
import { insertTraining } from '../fixtures/training-factories'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { newMediaKey } from '@/lib/media/storage'
import { createBackup } from '@/scripts/backup/backup'
import { restoreBackup } from '@/scripts/backup/restore'
import { findPgTool, quoteIdent } from '@/scripts/backup/shared'

const sourceUrl = process.env.DATABASE_URL as string
const sourceName = decodeURIComponent(new URL(sourceUrl).pathname.slice(1))
// A second database on the same server, created and dropped by this file.
const restoreName = `${sourceName}_restore`
const restoreUrl = (() => {
  const url = new URL(sourceUrl)
  url.pathname = `/${restoreName}`
  return url.toString()
})()

let workDir: string
let sourceMedia: string
let restoredMedia: string
let outDir: string
let archive: string

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

async function adminQuery(sql: string) {
  const url = new URL(sourceUrl)
  url.pathname = '/postgres'
  await withClient(url.toString(), (client) => client.query(sql))
}

/** Every public table's row count and the MD5 of all its rows in a fixed order. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    )
    const result: Record<string, string> = {}
    for (const { tablename } of tables) {
      const { rows } = await client.query<{ count: string; md5: string }>(
        `SELECT count(*) AS count, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5 FROM public.${quoteIdent(tablename)} t`,
      )
      result[tablename] = `${rows[0]?.count}:${rows[0]?.md5}`
    }
    return result
  })
}

/** Relative path → contents of every file under `root`. */
async function readTree(root: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const absolute = path.join(entry.parentPath, entry.name)
    files.set(path.relative(root, absolute), await readFile(absolute))
  }
  return files
}

async function copyWithByteFlipped(from: string, to: string, find: (bytes: Buffer) => number) {
  const bytes = Buffer.from(await readFile(from))
  const at = find(bytes)
  expect(at).toBeGreaterThan(0)
  bytes[at] = (bytes[at] ?? 0) ^ 0xff
  await writeFile(to, bytes)
  return to
}

const pdfBytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3000)])
const webpBytes = randomBytes(5000)

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'geocoop-backup-test-'))
  sourceMedia = path.join(workDir, 'media')
  restoredMedia = path.join(workDir, 'restored', 'media')
  outDir = path.join(workDir, 'out')
  await mkdir(outDir)

  // Content of every kind, including the append-only audit log and a media item with its files.
  const editor = await createUser('EDITOR')
  const counterpart = await insertCounterpart()
  await insertMouRow({ counterparts: [counterpart.id] })
  await insertProject({ countries: ['NZ', 'FJ'], topics: ['Geothermal'] })
  await insertTraining()
  await insertNews({ title: `Backup “quoted” title, with | and ü ${unique()}` })
  await db.$transaction((tx) =>
    writeAudit(tx, { actor: editor, action: 'PUBLISH', entityType: 'NEWS', entityId: 'n1', summary: 'Published for the backup test' }),
  )
  const documentKey = newMediaKey()
  const imageKey = newMediaKey()
  await db.media.createMany({
    data: [
      { key: documentKey, kind: 'DOCUMENT', title: 'Agreement text', fileName: 'agreement.pdf', mimeType: 'application/pdf', size: pdfBytes.length, createdById: editor.id },
      { key: imageKey, kind: 'IMAGE', title: 'Core samples', alt: 'Core boxes', fileName: 'core.jpg', mimeType: 'image/jpeg', size: 99, width: 320, height: 200, variants: [320], createdById: editor.id },
    ],
  })
  await mkdir(path.join(sourceMedia, documentKey), { recursive: true })
  await mkdir(path.join(sourceMedia, imageKey), { recursive: true })
  await writeFile(path.join(sourceMedia, documentKey, 'document.pdf'), pdfBytes)
  await writeFile(path.join(sourceMedia, imageKey, 'w320.webp'), webpBytes)

  await adminQuery(`DROP DATABASE IF EXISTS ${quoteIdent(restoreName)} WITH (FORCE)`)
  await adminQuery(`CREATE DATABASE ${quoteIdent(restoreName)}`)

  archive = (await createBackup({ databaseUrl: sourceUrl, mediaRoot: sourceMedia, outDir })).file
}, 120_000)

afterAll(async () => {
  await adminQuery(`DROP DATABASE IF EXISTS ${quoteIdent(restoreName)} WITH (FORCE)`)
  await rm(workDir, { recursive: true, force: true })
})

describe('backup', () => {
  it('writes one timestamped archive and nothing else into the output directory', async () => {
    expect(path.basename(archive)).toMatch(/^geocoop-backup-\d{8}T\d{6}Z\.tar$/)
    expect(await readdir(outDir)).toEqual([path.basename(archive)])
  })

  it('fails cleanly when the output directory does not exist, creating nothing', async () => {
    const missing = path.join(workDir, 'no-such-dir')
    await expect(createBackup({ databaseUrl: sourceUrl, mediaRoot: sourceMedia, outDir: missing })).rejects.toThrow(
      /output directory .*no-such-dir does not exist/,
    )
    expect((await readdir(workDir)).sort()).toEqual(['media', 'out'])
  })

  it('leaves no file behind when it fails after the dump was written', async () => {
    const brokenMedia = path.join(workDir, 'broken-media')
    const brokenOut = path.join(workDir, 'broken-out')
    await mkdir(brokenMedia)
    await mkdir(brokenOut)
    await symlink('/etc/hostname', path.join(brokenMedia, 'link'))
    try {
      await expect(createBackup({ databaseUrl: sourceUrl, mediaRoot: brokenMedia, outDir: brokenOut })).rejects.toThrow(
        /not a regular file or directory/,
      )
      expect(await readdir(brokenOut)).toEqual([])
    } finally {
      await rm(brokenMedia, { recursive: true, force: true })
      await rm(brokenOut, { recursive: true, force: true })
    }
  })
})

describe('client tools', () => {
  it('finds pg_dump and pg_restore, and explains when none is new enough for the server', async () => {
    const dump = await findPgTool('pg_dump', 0, 'any version will do')
    expect(dump.major).toBeGreaterThan(0)
    await expect(findPgTool('pg_restore', 99, 'the server runs PostgreSQL 99.0')).rejects.toThrow(
      /pg_restore 99 or newer is needed because the server runs PostgreSQL 99\.0, but only .*pg_restore \(\d+/,
    )
  })
})

describe('restore', () => {
  it('reproduces every table and every media file exactly in a fresh database', async () => {
    const summary = await restoreBackup({ archive, databaseUrl: restoreUrl, mediaRoot: restoredMedia, overwrite: false })
    expect(summary.database).toBe(restoreName)
    expect(summary.mediaFiles).toBe(2)

    const [source, restored] = await Promise.all([fingerprint(sourceUrl), fingerprint(restoreUrl)])
    expect(Object.keys(source)).toContain('AuditLog')
    expect(source.AuditLog).not.toMatch(/^0:/)
    expect(restored).toEqual(source)

    const [sourceFiles, restoredFiles] = await Promise.all([readTree(sourceMedia), readTree(restoredMedia)])
    expect(restoredFiles.size).toBe(2)
    expect([...restoredFiles.keys()].sort()).toEqual([...sourceFiles.keys()].sort())
    for (const [name, bytes] of sourceFiles) expect(restoredFiles.get(name)?.equals(bytes), name).toBe(true)
  })

  it('refuses a database that already holds content without --yes, changing nothing', async () => {
    const before = await fingerprint(restoreUrl)
    await expect(
      restoreBackup({ archive, databaseUrl: restoreUrl, mediaRoot: restoredMedia, overwrite: false }),
    ).rejects.toThrow(new RegExp(`database "${restoreName}" .* already holds content.*--yes`))
    expect(await fingerprint(restoreUrl)).toEqual(before)
  })

  it('refuses an archive with one media byte changed before writing anything', async () => {
    const tampered = await copyWithByteFlipped(archive, path.join(workDir, 'tampered-media.tar'), (bytes) =>
      bytes.indexOf(pdfBytes.subarray(100, 140)),
    )
    await writeFile(path.join(restoredMedia, 'marker'), 'still here')
    const before = await fingerprint(restoreUrl)
    await expect(
      restoreBackup({ archive: tampered, databaseUrl: restoreUrl, mediaRoot: restoredMedia, overwrite: true }),
    ).rejects.toThrow(/document\.pdf does not match its SHA-256 checksum/)
    expect(await fingerprint(restoreUrl)).toEqual(before)
    expect(await readFile(path.join(restoredMedia, 'marker'), 'utf8')).toBe('still here')
    // The unpacked copy was removed again.
    expect(await readdir(path.dirname(restoredMedia))).toEqual(['media'])
    await rm(path.join(restoredMedia, 'marker'))
  })

  it('refuses an archive whose database dump was changed', async () => {
    const tampered = await copyWithByteFlipped(archive, path.join(workDir, 'tampered-dump.tar'), (bytes) => {
      // A custom-format dump starts with the magic PGDMP; change a byte well inside it.
      const start = bytes.indexOf(Buffer.from('PGDMP'))
      return start > 0 ? start + 200 : -1
    })
    const before = await fingerprint(restoreUrl)
    await expect(
      restoreBackup({ archive: tampered, databaseUrl: restoreUrl, mediaRoot: restoredMedia, overwrite: true }),
    ).rejects.toThrow(/database\.dump does not match its SHA-256 checksum/)
    expect(await fingerprint(restoreUrl)).toEqual(before)
  })

  it('with --yes, replaces a filled database, append-only audit log included, and the media directory', async () => {
    // Changes made after the backup: an extra audit row (its trigger refuses
    // DELETE, so only dropping the table can remove it) and a stray media file.
    await withClient(restoreUrl, (client) =>
      client.query(`INSERT INTO "AuditLog" (id, action, summary) VALUES ($1, 'LOGIN_FAILED', 'after the backup')`, [
        `after-${unique()}`,
      ]),
    )
    await writeFile(path.join(restoredMedia, 'stray.txt'), 'not in the backup')
    expect(await fingerprint(restoreUrl)).not.toEqual(await fingerprint(sourceUrl))

    await restoreBackup({ archive, databaseUrl: restoreUrl, mediaRoot: restoredMedia, overwrite: true })

    expect(await fingerprint(restoreUrl)).toEqual(await fingerprint(sourceUrl))
    const files = await readTree(restoredMedia)
    expect(files.has('stray.txt')).toBe(false)
    expect(files.size).toBe(2)
    // The trigger came back with the table.
    await expect(withClient(restoreUrl, (client) => client.query('DELETE FROM "AuditLog"'))).rejects.toThrow(/append-only/)
  })
})

import { readFile, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { crc32, deflateSync } from 'node:zlib'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { actAs } from '../fixtures/session'
import { createUser, unique } from '../fixtures/factories'
import { insertMouRow } from '../fixtures/mou-factories'
import { insertProject } from '../fixtures/project-factories'
import { GET } from '@/app/media/[key]/[file]/route'
import { AuthorizationError } from '@/lib/auth/guards'
import { db } from '@/lib/db'
import {
  MediaInputError,
  MediaStateError,
  deleteMedia,
  getMedia,
  listDocumentOptions,
  listImageOptions,
  listMedia,
  purgeMedia,
  restoreMedia,
  updateMedia,
  uploadMedia,
} from '@/lib/data/media'
import { getPublishedMouBySlug } from '@/lib/data/mous'
import { getPublishedProjectBySlug } from '@/lib/data/projects'
import { ALT_REQUIRED_MESSAGE } from '@/lib/validation/media'

// Each run stores files in its own directory. vi.hoisted runs before the
// imports below, so lib/env reads this MEDIA_ROOT.
const mediaRoot = vi.hoisted(() => {
  const dir = `/tmp/geocoop-media-test-${process.pid}-${Date.now()}`
  process.env.MEDIA_ROOT = dir
  return dir
})

type TestUser = { id: string; email: string }
let contributor: TestUser
let editor: TestUser
let admin: TestUser

beforeAll(async () => {
  ;[contributor, editor, admin] = await Promise.all([createUser('CONTRIBUTOR'), createUser('EDITOR'), createUser('ADMIN')])
})

afterEach(() => actAs(null))

afterAll(async () => {
  await rm(mediaRoot, { recursive: true, force: true })
})

// ---- Test files --------------------------------------------------------------

function solid(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 110, b: 90 } } })
}

/** A camera-like JPEG: stored sideways with EXIF orientation 6 (turn 90° clockwise), plus identifying EXIF. */
function sidewaysJpeg(width: number, height: number) {
  return solid(width, height)
    .jpeg()
    .withExif({ IFD0: { Artist: 'Field team', Copyright: 'Survey archive' } })
    .withMetadata({ orientation: 6 })
    .toBuffer()
}

const pdfBytes = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
)

const svgBytes = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>')

/** A PNG whose header claims 10000 × 10000 pixels but whose file is tiny: a decompression bomb. */
function pngBomb() {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(10_000, 0)
  header.writeUInt32BE(10_000, 4)
  header.set([8, 0, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(10_001 * 16))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function upload(content: Uint8Array, name: string, fields: { title?: string; alt?: string; type?: string } = {}) {
  return uploadMedia({
    file: new File([new Uint8Array(content)], name, { type: fields.type ?? 'application/octet-stream' }),
    title: fields.title ?? `Test file ${unique()}`,
    alt: fields.alt ?? 'Green test card',
  })
}

const storedFiles = async (key: string) => (await readdir(path.join(mediaRoot, key))).sort()
const rootEntries = async () => (await readdir(mediaRoot).catch(() => [] as string[])).sort()

async function expectInputError(promise: Promise<unknown>, field: 'file' | 'title' | 'alt', message: string | RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(MediaInputError)
  const messages = (error as MediaInputError).fieldErrors[field] ?? []
  expect(messages.some((m) => (typeof message === 'string' ? m === message : message.test(m)))).toBe(true)
}

async function auditActions(entityId: string) {
  const rows = await db.auditLog.findMany({
    where: { entityType: 'MEDIA', entityId },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
    select: { action: true, actorId: true },
  })
  return rows
}

function fetchMedia(key: string, file: string) {
  return GET(new Request(`http://geocoop.test/media/${encodeURIComponent(key)}/${encodeURIComponent(file)}`), {
    params: Promise.resolve({ key, file }),
  })
}

// ---- Uploads -------------------------------------------------------------------

describe('uploading images', () => {
  it('stores upright WebP copies at the standard widths up to the original, without EXIF', async () => {
    actAs(contributor)
    const jpeg = await sidewaysJpeg(2000, 1000)
    expect((await sharp(jpeg).metadata()).orientation).toBe(6)

    const media = await upload(jpeg, 'DSC_0042.JPG', { title: 'Core sampling', alt: 'Geologists taking a core sample' })

    const row = await db.media.findUniqueOrThrow({ where: { id: media.id } })
    expect(row).toMatchObject({
      kind: 'IMAGE',
      title: 'Core sampling',
      alt: 'Geologists taking a core sample',
      fileName: 'DSC_0042.JPG',
      mimeType: 'image/jpeg',
      size: jpeg.length,
      // Turned upright: the 2000 × 1000 sensor image is a 1000 × 2000 portrait.
      width: 1000,
      height: 2000,
      variants: [320, 640],
      createdById: contributor.id,
    })
    expect(row.key).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(row.key).not.toContain('DSC')
    expect(await storedFiles(row.key)).toEqual(['w320.webp', 'w640.webp'])
    for (const width of [320, 640]) {
      const meta = await sharp(path.join(mediaRoot, row.key, `w${width}.webp`)).metadata()
      expect(meta).toMatchObject({ format: 'webp', width, height: width * 2 })
      expect(meta.exif).toBeUndefined()
      expect(meta.orientation).toBeUndefined()
      expect(meta.xmp).toBeUndefined()
    }
  })

  it('stores every standard width of a large PNG and the original width of a small one', async () => {
    actAs(contributor)
    const large = await upload(await solid(2400, 1600).png().toBuffer(), 'map.png')
    const largeRow = await db.media.findUniqueOrThrow({ where: { id: large.id } })
    expect(largeRow).toMatchObject({ mimeType: 'image/png', width: 2400, height: 1600, variants: [320, 640, 1280, 1920] })
    expect(await storedFiles(largeRow.key)).toEqual(['w1280.webp', 'w1920.webp', 'w320.webp', 'w640.webp'])
    expect(await sharp(path.join(mediaRoot, largeRow.key, 'w1920.webp')).metadata()).toMatchObject({ width: 1920, height: 1280 })

    const small = await upload(await solid(200, 100).png().toBuffer(), 'icon.png')
    const smallRow = await db.media.findUniqueOrThrow({ where: { id: small.id } })
    expect(smallRow.variants).toEqual([200])
    expect(await storedFiles(smallRow.key)).toEqual(['w200.webp'])
  })

  it('refuses an image without a description, storing nothing', async () => {
    actAs(contributor)
    const before = await rootEntries()
    const title = `No description ${unique()}`
    await expectInputError(upload(await solid(400, 300).png().toBuffer(), 'chart.png', { title, alt: '  ' }), 'alt', ALT_REQUIRED_MESSAGE)
    expect(await db.media.count({ where: { title } })).toBe(0)
    expect(await rootEntries()).toEqual(before)
  })

  it('refuses an SVG and an HTML page even when named .png and sent as image/png', async () => {
    actAs(contributor)
    const before = await rootEntries()
    const title = `Disguised ${unique()}`
    for (const content of [svgBytes, Buffer.from('<!doctype html><title>x</title><script>alert(1)</script>')]) {
      await expectInputError(upload(content, 'photo.png', { title, type: 'image/png' }), 'file', /not accepted/)
    }
    expect(await db.media.count({ where: { title } })).toBe(0)
    expect(await db.auditLog.count({ where: { summary: { contains: title } } })).toBe(0)
    expect(await rootEntries()).toEqual(before)
  })

  it('refuses a file with an image signature that is not a decodable image, leaving no directory behind', async () => {
    actAs(contributor)
    const before = await rootEntries()
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)])
    await expectInputError(upload(fake, 'broken.jpg'), 'file', /could not be read/)
    expect(await rootEntries()).toEqual(before)
  })

  it('refuses an image of more than 40 megapixels before decoding it', async () => {
    actAs(contributor)
    const before = await rootEntries()
    await expectInputError(upload(pngBomb(), 'bomb.png'), 'file', /10000 × 10000 pixels, more than the 40 megapixels/)
    expect(await rootEntries()).toEqual(before)
  })
})

describe('uploading documents', () => {
  it('stores a PDF byte for byte, without a description', async () => {
    actAs(contributor)
    const media = await upload(pdfBytes, 'C:\\Users\\me\\MOU signed.pdf', { title: 'Signed MOU', alt: 'ignored' })
    const row = await db.media.findUniqueOrThrow({ where: { id: media.id } })
    expect(row).toMatchObject({
      kind: 'DOCUMENT',
      alt: '',
      fileName: 'MOU signed.pdf',
      mimeType: 'application/pdf',
      size: pdfBytes.length,
      width: null,
      height: null,
      variants: [],
    })
    expect(await storedFiles(row.key)).toEqual(['document.pdf'])
    expect(await readFile(path.join(mediaRoot, row.key, 'document.pdf'))).toEqual(pdfBytes)
  })
})

// ---- Authorization and audit -----------------------------------------------------

describe('media authorization in the data layer', () => {
  it('refuses anonymous callers on every function', async () => {
    actAs(editor)
    const media = await upload(pdfBytes, 'report.pdf')
    actAs(null)
    await expect(upload(pdfBytes, 'report.pdf')).rejects.toBeInstanceOf(AuthorizationError)
    await expect(listMedia()).rejects.toBeInstanceOf(AuthorizationError)
    await expect(getMedia(media.id)).rejects.toBeInstanceOf(AuthorizationError)
    await expect(updateMedia(media.id, { title: 'Changed', alt: '' })).rejects.toBeInstanceOf(AuthorizationError)
    await expect(deleteMedia(media.id)).rejects.toBeInstanceOf(AuthorizationError)
    await expect(listImageOptions()).rejects.toBeInstanceOf(AuthorizationError)
    await expect(listDocumentOptions()).rejects.toBeInstanceOf(AuthorizationError)
    expect(await db.media.findUniqueOrThrow({ where: { id: media.id } })).toMatchObject({ title: media.title, deletedAt: null })
  })

  it('lets a contributor upload and edit but not delete, restore, purge or see the trash', async () => {
    actAs(contributor)
    const media = await upload(await solid(700, 500).png().toBuffer(), 'site.png')
    await updateMedia(media.id, { title: 'Drill site', alt: 'Drilling rig on a hillside' })
    expect(await db.media.findUniqueOrThrow({ where: { id: media.id } })).toMatchObject({
      title: 'Drill site',
      alt: 'Drilling rig on a hillside',
    })
    await expect(deleteMedia(media.id)).rejects.toBeInstanceOf(AuthorizationError)
    await expect(listMedia({ trash: true })).rejects.toBeInstanceOf(AuthorizationError)
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).deletedAt).toBeNull()

    actAs(editor)
    await deleteMedia(media.id)
    actAs(contributor)
    await expect(restoreMedia(media.id)).rejects.toBeInstanceOf(AuthorizationError)
    await expect(purgeMedia(media.id)).rejects.toBeInstanceOf(AuthorizationError)
    expect(await db.media.findUnique({ where: { id: media.id }, select: { deletedAt: true } })).not.toMatchObject({
      deletedAt: null,
    })
  })

  it('keeps the description of an image required when editing, but not of a document', async () => {
    actAs(contributor)
    const image = await upload(await solid(400, 400).png().toBuffer(), 'square.png')
    await expectInputError(updateMedia(image.id, { title: 'Square', alt: '' }), 'alt', ALT_REQUIRED_MESSAGE)
    const document = await upload(pdfBytes, 'report.pdf')
    await updateMedia(document.id, { title: 'Annual report', alt: 'not stored' })
    expect(await db.media.findUniqueOrThrow({ where: { id: document.id } })).toMatchObject({ title: 'Annual report', alt: '' })
  })

  it('lets an editor move to the trash and restore, and only an administrator purge', async () => {
    actAs(editor)
    const media = await upload(await solid(800, 600).jpeg().toBuffer(), 'field.jpg')
    const { key } = await db.media.findUniqueOrThrow({ where: { id: media.id } })

    await deleteMedia(media.id)
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).deletedAt).toBeInstanceOf(Date)
    await restoreMedia(media.id)
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).deletedAt).toBeNull()

    // Purging needs the trash first, and an administrator.
    actAs(admin)
    await expect(purgeMedia(media.id)).rejects.toBeInstanceOf(MediaStateError)
    actAs(editor)
    await deleteMedia(media.id)
    await expect(purgeMedia(media.id)).rejects.toBeInstanceOf(AuthorizationError)
    expect(await storedFiles(key)).toEqual(['w320.webp', 'w640.webp'])

    actAs(admin)
    await purgeMedia(media.id)
    expect(await db.media.findUnique({ where: { id: media.id } })).toBeNull()
    await expect(readdir(path.join(mediaRoot, key))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('purging unlinks the document from MOUs and projects and keeps them', async () => {
    actAs(editor)
    const media = await upload(pdfBytes, 'annex.pdf')
    const mou = await insertMouRow()
    const project = await insertProject()
    await db.mou.update({ where: { id: mou.id }, data: { documents: { connect: { id: media.id } } } })
    await db.project.update({ where: { id: project.id }, data: { documents: { connect: { id: media.id } } } })
    await deleteMedia(media.id)

    actAs(admin)
    await purgeMedia(media.id)
    expect(await db.mou.findUniqueOrThrow({ where: { id: mou.id }, select: { documents: true } })).toEqual({ documents: [] })
    expect(await db.project.findUniqueOrThrow({ where: { id: project.id }, select: { documents: true } })).toEqual({
      documents: [],
    })
    const purge = await db.auditLog.findFirstOrThrow({ where: { entityId: media.id, action: 'PURGE' } })
    expect(purge.details).toMatchObject({ unlinkedMouIds: [mou.id], unlinkedProjectIds: [project.id] })
  })

  it('writes one audit row per change, by the user who made it', async () => {
    actAs(contributor)
    const media = await upload(await solid(500, 500).png().toBuffer(), 'audit.png')
    await updateMedia(media.id, { title: 'Audited picture', alt: 'A green square' })
    actAs(editor)
    await deleteMedia(media.id)
    await restoreMedia(media.id)
    await deleteMedia(media.id)
    actAs(admin)
    await purgeMedia(media.id)

    expect(await auditActions(media.id)).toEqual([
      { action: 'MEDIA_UPLOAD', actorId: contributor.id },
      { action: 'MEDIA_EDIT', actorId: contributor.id },
      { action: 'MEDIA_DELETE', actorId: editor.id },
      { action: 'RESTORE', actorId: editor.id },
      { action: 'MEDIA_DELETE', actorId: editor.id },
      { action: 'PURGE', actorId: admin.id },
    ])
    const edit = await db.auditLog.findFirstOrThrow({ where: { entityId: media.id, action: 'MEDIA_EDIT' } })
    expect(edit.details).toMatchObject({ after: { title: 'Audited picture', alt: 'A green square' } })
  })
})

// ---- Reads -----------------------------------------------------------------------

describe('reading the library', () => {
  it('searches titles and file names, filters by kind, pages, and keeps the trash apart', async () => {
    actAs(editor)
    const tag = unique()
    const image = await upload(await solid(330, 330).png().toBuffer(), `outcrop-${tag}.png`, { title: `Outcrop ${tag}` })
    const document = await upload(pdfBytes, `report-${tag}.pdf`, { title: `Field report ${tag}` })
    const trashed = await upload(pdfBytes, `old-${tag}.pdf`, { title: `Old report ${tag}` })
    await deleteMedia(trashed.id)

    const ids = async (filters: Parameters<typeof listMedia>[0]) => (await listMedia(filters)).items.map((i) => i.id).sort()
    expect(await ids({ q: tag })).toEqual([image.id, document.id].sort())
    expect(await ids({ q: `OUTCROP-${tag}.PNG` })).toEqual([image.id])
    expect(await ids({ q: tag, kind: 'DOCUMENT' })).toEqual([document.id])
    expect(await ids({ q: tag, trash: true })).toEqual([trashed.id])

    const firstPage = await listMedia({ q: tag, pageSize: 1 })
    expect(firstPage).toMatchObject({ total: 2, totalPages: 2 })
    expect(firstPage.items.map((i) => i.id)).toEqual([document.id])
  })

  it('offers images by their 1280 (or largest) copy and documents by id, leaving out the trash', async () => {
    actAs(editor)
    const big = await upload(await solid(1500, 1000).png().toBuffer(), 'big.png')
    const small = await upload(await solid(700, 400).png().toBuffer(), 'small.png')
    const document = await upload(pdfBytes, 'options.pdf')
    const trashedImage = await upload(await solid(400, 400).png().toBuffer(), 'gone.png')
    await deleteMedia(trashedImage.id)
    const key = async (id: string) => (await db.media.findUniqueOrThrow({ where: { id } })).key

    const images = await listImageOptions()
    expect(images).toContainEqual({ value: `/media/${await key(big.id)}/w1280.webp`, label: big.title, hint: 'big.png · 1500 × 1000' })
    expect(images.find((o) => o.label === small.title)?.value).toBe(`/media/${await key(small.id)}/w640.webp`)
    expect(images.some((o) => o.label === trashedImage.title)).toBe(false)
    expect(images.some((o) => o.label === document.title)).toBe(false)

    const documents = await listDocumentOptions()
    expect(documents).toContainEqual({ value: document.id, label: document.title, hint: `options.pdf · PDF, ${pdfBytes.length} bytes` })
  })

  it('lists the documents of a public MOU and project until they are moved to the trash', async () => {
    actAs(editor)
    const media = await upload(pdfBytes, 'signed.pdf', { title: 'Signed memorandum' })
    const { key } = await db.media.findUniqueOrThrow({ where: { id: media.id } })
    const mou = await insertMouRow()
    const project = await insertProject()
    await db.mou.update({ where: { id: mou.id }, data: { documents: { connect: { id: media.id } } } })
    await db.project.update({ where: { id: project.id }, data: { documents: { connect: { id: media.id } } } })

    const expected = [{ key, title: 'Signed memorandum', size: pdfBytes.length }]
    expect((await getPublishedMouBySlug(mou.slug))?.documents).toEqual(expected)
    expect((await getPublishedProjectBySlug(project.slug))?.documents).toEqual(expected)

    await deleteMedia(media.id)
    expect((await getPublishedMouBySlug(mou.slug))?.documents).toEqual([])
    expect((await getPublishedProjectBySlug(project.slug))?.documents).toEqual([])
  })
})

// ---- Serving ---------------------------------------------------------------------

describe('GET /media/<key>/<file>', () => {
  let image: { id: string; key: string }
  let document: { id: string; key: string }

  beforeAll(async () => {
    actAs(editor)
    const uploadedImage = await upload(await solid(900, 600).png().toBuffer(), 'served.png')
    const uploadedDocument = await upload(pdfBytes, 'served.pdf', { title: 'Accord de coopération – Sénégal' })
    actAs(null)
    image = await db.media.findUniqueOrThrow({ where: { id: uploadedImage.id }, select: { id: true, key: true } })
    document = await db.media.findUniqueOrThrow({ where: { id: uploadedDocument.id }, select: { id: true, key: true } })
  })

  it('serves an image copy inline with safe, long-lived caching headers', async () => {
    const response = await fetchMedia(image.key, 'w640.webp')
    expect(response.status).toBe(200)
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/webp',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'public, max-age=31536000, immutable',
      'content-disposition': 'inline',
    })
    const body = Buffer.from(await response.arrayBuffer())
    expect(body).toEqual(await readFile(path.join(mediaRoot, image.key, 'w640.webp')))
    expect(response.headers.get('content-length')).toBe(String(body.length))
    expect(await sharp(body).metadata()).toMatchObject({ format: 'webp', width: 640 })
  })

  it('serves a PDF as a download named after its title', async () => {
    const response = await fetchMedia(document.key, 'document.pdf')
    expect(response.status).toBe(200)
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'application/pdf',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'public, max-age=31536000, immutable',
      'content-disposition': `attachment; filename="Accord de cooperation_Senegal.pdf"; filename*=UTF-8''Accord%20de%20coop%C3%A9ration%20%E2%80%93%20S%C3%A9n%C3%A9gal.pdf`,
    })
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdfBytes)
  })

  it('answers 404 for unknown keys, files that are not the item’s, and path tricks', async () => {
    const cases: Array<[string, string]> = [
      ['AAAAAAAAAAAAAAAAAAAAAA', 'w640.webp'],
      [image.key, 'w1280.webp'],
      [image.key, 'w0640.webp'],
      [image.key, 'document.pdf'],
      [document.key, 'w320.webp'],
      [image.key, '../../../etc/passwd'],
      ['..', 'w640.webp'],
      ['../../etc', 'passwd'],
      [`${image.key}/..`, 'w640.webp'],
      [image.key, 'w640.webp/../../x'],
      [image.key, '.'],
    ]
    for (const [key, file] of cases) {
      const response = await fetchMedia(key, file)
      expect(response.status, `${key}/${file}`).toBe(404)
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(await response.text()).toBe('Not found')
    }
  })

  it('stops serving an item in the trash and serves it again once restored', async () => {
    actAs(editor)
    await deleteMedia(image.id)
    expect((await fetchMedia(image.key, 'w640.webp')).status).toBe(404)
    await restoreMedia(image.id)
    expect((await fetchMedia(image.key, 'w640.webp')).status).toBe(200)
  })
})

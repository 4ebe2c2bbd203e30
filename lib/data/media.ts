import 'server-only'
import { z } from 'zod'
import { writeAudit } from '@/lib/audit'
import { requireRole } from '@/lib/auth/guards'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { MediaKind } from '@/lib/generated/prisma/enums'
import { describeDocument } from '@/lib/media/detect'
import { isMediaKey, mediaUrl, preferredImageUrl } from '@/lib/media/files'
import { MediaFileError, removeMediaFiles, storeMedia } from '@/lib/media/storage'
import { MediaDetailsSchema, type MediaDetails, type MediaUploadInput, MediaUploadSchema } from '@/lib/validation/media'
import type { Option } from '@/lib/editorial/types'
import { NotFoundError } from './errors'
import { paginate } from './published'

export { mediaUrl }

/** A grid of thumbnails holds more items than a table page. */
export const MEDIA_PAGE_SIZE = 24

type MediaField = 'file' | 'title' | 'alt'

/** The upload or edit was refused because of what was entered or uploaded; the messages are for the form. */
export class MediaInputError extends Error {
  constructor(
    readonly fieldErrors: Partial<Record<MediaField, string[]>>,
    message = 'Please correct the highlighted fields.',
  ) {
    super(message)
    this.name = 'MediaInputError'
  }
}

/** The item is not in a state that allows the change (e.g. purging an item that is not in the trash). */
export class MediaStateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MediaStateError'
  }
}

const kindNoun: Record<MediaKind, string> = { IMAGE: 'image', DOCUMENT: 'document' }

const mediaListSelect = {
  id: true,
  key: true,
  kind: true,
  title: true,
  alt: true,
  fileName: true,
  size: true,
  width: true,
  height: true,
  variants: true,
  createdAt: true,
  deletedAt: true,
} satisfies Prisma.MediaSelect

const mediaDetailSelect = {
  ...mediaListSelect,
  mimeType: true,
  createdBy: { select: { name: true, email: true } },
  mous: { select: { id: true, subject: true }, orderBy: { subject: 'asc' } },
  projects: { select: { id: true, title: true }, orderBy: { title: 'asc' } },
} satisfies Prisma.MediaSelect

/** The file name as the uploader's computer called it, without any folder part or control characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? ''
  return base.replace(/[\p{Cc}\p{Cf}]+/gu, '').trim().slice(0, 255) || 'upload'
}

function fieldErrorsOf(error: z.ZodError): Partial<Record<MediaField, string[]>> {
  return z.flattenError(error).fieldErrors as Partial<Record<MediaField, string[]>>
}

// ---- Reads -----------------------------------------------------------------

export type MediaListFilters = {
  q?: string
  kind?: MediaKind
  /** The trash instead of the library; editors and administrators only. */
  trash?: boolean
  page?: number
  pageSize?: number
}

/** One page of the library (or of its trash), newest first, searched by title and file name. */
export async function listMedia({ q, kind, trash = false, page = 1, pageSize = MEDIA_PAGE_SIZE }: MediaListFilters = {}) {
  await requireRole(trash ? 'EDITOR' : 'CONTRIBUTOR')
  const where: Prisma.MediaWhereInput = {
    deletedAt: trash ? { not: null } : null,
    ...(kind ? { kind } : {}),
    ...(q
      ? {
          OR: [
            { title: { contains: q, mode: 'insensitive' } },
            { fileName: { contains: q, mode: 'insensitive' } },
          ],
        }
      : {}),
  }
  return paginate(
    page,
    pageSize,
    (window) =>
      db.media.findMany({ where, select: mediaListSelect, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], ...window }),
    () => db.media.count({ where }),
  )
}

export type MediaListItem = Awaited<ReturnType<typeof listMedia>>['items'][number]

/** One item with its uploader and the MOUs and projects that link it, including an item in the trash. */
export async function getMedia(id: string) {
  await requireRole('CONTRIBUTOR')
  return db.media.findUnique({ where: { id }, select: mediaDetailSelect })
}

export type MediaDetail = NonNullable<Awaited<ReturnType<typeof getMedia>>>

/**
 * What the public /media route needs to serve a file: the item with `key`
 * unless it is in the trash. No sign-in: anyone with the address may fetch it,
 * as with any file on the public site.
 */
export async function getServableMedia(key: string) {
  if (!isMediaKey(key)) return null
  return db.media.findFirst({
    where: { key, deletedAt: null },
    select: { kind: true, title: true, variants: true },
  })
}

/**
 * The images an editor can choose, e.g. as a news cover: the value is the
 * address of the 1280-pixel copy (or of the largest copy of a smaller image).
 */
export async function listImageOptions(): Promise<Option[]> {
  await requireRole('CONTRIBUTOR')
  const rows = await db.media.findMany({
    where: { kind: 'IMAGE', deletedAt: null },
    select: { key: true, title: true, fileName: true, width: true, height: true, variants: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  })
  return rows.flatMap((row) => {
    const value = preferredImageUrl(row.key, row.variants)
    if (!value) return []
    const size = row.width && row.height ? ` · ${row.width} × ${row.height}` : ''
    return [{ value, label: row.title, hint: `${row.fileName}${size}` }]
  })
}

/** The PDFs an editor can attach to an MOU or a project; the value is the item's id. */
export async function listDocumentOptions(): Promise<Option[]> {
  await requireRole('CONTRIBUTOR')
  const rows = await db.media.findMany({
    where: { kind: 'DOCUMENT', deletedAt: null },
    select: { id: true, title: true, fileName: true, size: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  })
  return rows.map((row) => ({ value: row.id, label: row.title, hint: `${row.fileName} · ${describeDocument(row.size)}` }))
}

// ---- Writes ----------------------------------------------------------------

/**
 * Checks and stores an upload: the type from the file's bytes, the size limit
 * of that type, a title, and a description for images. Images are stored as
 * resized WebP copies without metadata. Throws MediaInputError with messages
 * for the form when the upload is refused.
 */
export async function uploadMedia(input: MediaUploadInput) {
  const user = await requireRole('CONTRIBUTOR')
  const parsed = await MediaUploadSchema.safeParseAsync(input)
  if (!parsed.success) throw new MediaInputError(fieldErrorsOf(parsed.error))
  const { file, title, alt } = parsed.data
  const type = file.detected
  const fileName = cleanFileName(typeof file.data.name === 'string' ? file.data.name : '')

  let stored
  try {
    stored = await storeMedia(new Uint8Array(await file.data.arrayBuffer()), type)
  } catch (error) {
    if (error instanceof MediaFileError) throw new MediaInputError({ file: [error.message] }, 'The file was not saved.')
    throw error
  }

  try {
    return await db.$transaction(async (tx) => {
      const media = await tx.media.create({
        data: {
          key: stored.key,
          kind: type.kind,
          title,
          // A description only means something for an image.
          alt: type.kind === 'IMAGE' ? alt : '',
          fileName,
          mimeType: type.mimeType,
          size: file.data.size,
          width: stored.width,
          height: stored.height,
          variants: stored.variants,
          createdById: user.id,
        },
        select: { id: true, key: true, kind: true, title: true, variants: true },
      })
      await writeAudit(tx, {
        actor: { id: user.id, email: user.email },
        action: 'MEDIA_UPLOAD',
        entityType: 'MEDIA',
        entityId: media.id,
        summary: `Uploaded ${kindNoun[type.kind]} “${title}”`,
        details: {
          fileName,
          mimeType: type.mimeType,
          size: file.data.size,
          width: stored.width,
          height: stored.height,
          variants: stored.variants,
        },
      })
      return media
    })
  } catch (error) {
    // The row was not written, so its files must not stay either.
    await removeMediaFiles(stored.key)
    throw error
  }
}

/** Changes the title and description of an item that is not in the trash. */
export async function updateMedia(id: string, input: Omit<MediaDetails, 'kind'>) {
  const user = await requireRole('CONTRIBUTOR')
  return db.$transaction(async (tx) => {
    const before = await tx.media.findFirst({ where: { id, deletedAt: null }, select: { kind: true, title: true, alt: true } })
    if (!before) throw new NotFoundError('This file is no longer in the library.')
    const parsed = MediaDetailsSchema.safeParse({ ...input, kind: before.kind })
    if (!parsed.success) throw new MediaInputError(fieldErrorsOf(parsed.error))
    const after = { title: parsed.data.title, alt: before.kind === 'IMAGE' ? parsed.data.alt : '' }
    await tx.media.update({ where: { id }, data: after })
    await writeAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'MEDIA_EDIT',
      entityType: 'MEDIA',
      entityId: id,
      summary: `Edited ${kindNoun[before.kind]} “${after.title}”`,
      details: { before: { title: before.title, alt: before.alt }, after },
    })
    return { id }
  })
}

/**
 * Moves an item to the trash: its files stop being served and it disappears
 * from pickers and public pages, but nothing is removed until it is purged.
 */
export async function deleteMedia(id: string) {
  const user = await requireRole('EDITOR')
  return db.$transaction(async (tx) => {
    const item = await tx.media.findFirst({ where: { id, deletedAt: null }, select: { kind: true, title: true } })
    if (!item) throw new NotFoundError('This file is no longer in the library.')
    await tx.media.update({ where: { id }, data: { deletedAt: new Date() } })
    await writeAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'MEDIA_DELETE',
      entityType: 'MEDIA',
      entityId: id,
      summary: `Moved ${kindNoun[item.kind]} “${item.title}” to the trash`,
    })
    return { id, title: item.title }
  })
}

/** Takes an item out of the trash. */
export async function restoreMedia(id: string) {
  const user = await requireRole('EDITOR')
  return db.$transaction(async (tx) => {
    const item = await tx.media.findFirst({ where: { id, deletedAt: { not: null } }, select: { kind: true, title: true } })
    if (!item) throw new NotFoundError('This file is not in the trash.')
    await tx.media.update({ where: { id }, data: { deletedAt: null } })
    await writeAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'RESTORE',
      entityType: 'MEDIA',
      entityId: id,
      summary: `Restored ${kindNoun[item.kind]} “${item.title}” from the trash`,
    })
    return { id, title: item.title }
  })
}

/**
 * Deletes an item in the trash for good: unlinks it from MOUs and projects,
 * removes the row and then its files. Administrators only.
 */
export async function purgeMedia(id: string) {
  const user = await requireRole('ADMIN')
  const purged = await db.$transaction(async (tx) => {
    const item = await tx.media.findUnique({
      where: { id },
      select: {
        key: true,
        kind: true,
        title: true,
        fileName: true,
        deletedAt: true,
        mous: { select: { id: true } },
        projects: { select: { id: true } },
      },
    })
    if (!item) throw new NotFoundError('This file no longer exists.')
    // Two steps on purpose, so a file still in use is never lost by one click.
    if (!item.deletedAt) throw new MediaStateError('Move the file to the trash before deleting it permanently.')
    await tx.media.update({ where: { id }, data: { mous: { set: [] }, projects: { set: [] } } })
    await tx.media.delete({ where: { id } })
    await writeAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'PURGE',
      entityType: 'MEDIA',
      entityId: id,
      summary: `Permanently deleted ${kindNoun[item.kind]} “${item.title}”`,
      details: {
        key: item.key,
        fileName: item.fileName,
        unlinkedMouIds: item.mous.map((m) => m.id),
        unlinkedProjectIds: item.projects.map((p) => p.id),
      },
    })
    return { id, key: item.key, title: item.title }
  })
  // After the commit: a failed purge must keep its files. Should removal fail
  // now, the files are unreachable anyway (no row serves them), so the purge
  // still counts as done and the leftover directory is only reported.
  try {
    await removeMediaFiles(purged.key)
  } catch (error) {
    console.error(`Media ${purged.id}: files under key ${purged.key} could not be removed`, error)
  }
  return { id: purged.id, title: purged.title }
}

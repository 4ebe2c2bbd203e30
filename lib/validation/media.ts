import { z } from 'zod'
import { type DetectedType, MAX_UPLOAD_BYTES, SIGNATURE_LENGTH, checkUpload, formatFileSize } from '@/lib/media/detect'

export const ALT_REQUIRED_MESSAGE =
  'Describe the image for people who cannot see it, e.g. “Geologists taking a core sample in the field”'

const MediaKindSchema = z.enum(['IMAGE', 'DOCUMENT'])

const fields = {
  title: z
    .string({ error: 'Enter a title' })
    .trim()
    .min(1, 'Enter a title')
    .max(200, 'Title must be at most 200 characters'),
  // Blank is allowed here; whether it may stay blank depends on the kind of file.
  alt: z
    .string()
    .trim()
    .max(500, 'The description must be at most 500 characters')
    .optional()
    .transform((v) => v ?? ''),
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/**
 * The title and description of an item of a known kind, as the edit form and
 * the data layer check them. Images need a description (their alt text);
 * documents do not.
 */
export const MediaDetailsSchema = z
  .object({ kind: MediaKindSchema, ...fields })
  .refine((v) => v.kind !== 'IMAGE' || v.alt.length > 0, {
    path: ['alt'],
    message: ALT_REQUIRED_MESSAGE,
    // Runs even when the title is invalid, so the form reports both at once.
    when: ({ value }) => isObject(value) && typeof value.alt === 'string' && MediaKindSchema.safeParse(value.kind).success,
  })

export type MediaDetails = z.infer<typeof MediaDetailsSchema>

/** An uploaded file: present, non-empty, of an accepted type (read from its first bytes) and within that type's limit. */
const UploadedFileSchema = z
  .custom<File>((value) => value instanceof Blob && value.size > 0, 'Choose a file to upload')
  .refine((file) => file.size <= MAX_UPLOAD_BYTES, `Files can be at most ${formatFileSize(MAX_UPLOAD_BYTES)}`)
  .transform(async (file, ctx): Promise<{ data: File; detected: DetectedType }> => {
    const head = new Uint8Array(await file.slice(0, SIGNATURE_LENGTH).arrayBuffer())
    const result = checkUpload(head, file.size)
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message })
      return z.NEVER
    }
    return { data: file, detected: result.type }
  })

function detectedKind(value: unknown): DetectedType['kind'] | null {
  if (!isObject(value) || !isObject(value.file) || !isObject(value.file.detected)) return null
  const kind = MediaKindSchema.safeParse(value.file.detected.kind)
  return kind.success ? kind.data : null
}

/**
 * An upload from the form: the file, its title and (for images) its
 * description. Asynchronous, because it reads the file's first bytes to tell
 * its type: use `safeParseAsync`. The result carries the detected type.
 */
export const MediaUploadSchema = z
  .object({ file: UploadedFileSchema, ...fields })
  .refine((v) => v.file.detected.kind !== 'IMAGE' || v.alt.length > 0, {
    path: ['alt'],
    message: ALT_REQUIRED_MESSAGE,
    // Runs even when another field is invalid, as long as the file's type is known.
    when: ({ value }) => detectedKind(value) !== null && isObject(value) && typeof value.alt === 'string',
  })

export type MediaUploadInput = z.input<typeof MediaUploadSchema>
export type MediaUpload = z.output<typeof MediaUploadSchema>

/** The admin library's search box, kind filter, trash switch and page. */
export const MediaListQuerySchema = z.object({
  q: z.string().trim().max(200).catch(''),
  kind: MediaKindSchema.optional().catch(undefined),
  trash: z
    .literal('1')
    .optional()
    .catch(undefined)
    .transform((v) => v === '1'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
})

export type MediaListQuery = z.infer<typeof MediaListQuerySchema>

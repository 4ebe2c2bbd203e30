import type { MediaKind } from '@/lib/generated/prisma/enums'

/**
 * What the media library accepts, told from the file's own first bytes. The
 * file name and the MIME type the browser sends are chosen by whoever uploads
 * the file, so neither is trusted: an HTML page or an SVG (which can carry
 * script) renamed to `photo.png` is still refused.
 */
export type DetectedFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'pdf'

export type DetectedType = {
  format: DetectedFormat
  kind: MediaKind
  mimeType: string
  /** What the format is called in messages. */
  label: string
}

const MB = 1024 * 1024

/** The largest image accepted: big enough for a camera original, small enough to decode safely. */
export const MAX_IMAGE_BYTES = 15 * MB
/** The largest PDF accepted: signed agreements are usually scans, which are large. */
export const MAX_DOCUMENT_BYTES = 30 * MB
/** The largest upload of any type, for checks made before the type is known. */
export const MAX_UPLOAD_BYTES = Math.max(MAX_IMAGE_BYTES, MAX_DOCUMENT_BYTES)
/**
 * Images above this many pixels are refused before they are decoded: a small
 * file can declare enormous dimensions (a "decompression bomb") and exhaust
 * the server's memory. 40 megapixels is e.g. 8000 × 5000.
 */
export const MAX_IMAGE_PIXELS = 40_000_000

/** How many leading bytes `detectFileType` needs. */
export const SIGNATURE_LENGTH = 12

/** The `accept` list of the upload input; the server checks the bytes regardless. */
export const ACCEPTED_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'] as const

export const UNSUPPORTED_TYPE_MESSAGE =
  'This type of file is not accepted. Upload a JPEG, PNG, WebP or GIF image, or a PDF document.'

const types: Record<DetectedFormat, DetectedType> = {
  jpeg: { format: 'jpeg', kind: 'IMAGE', mimeType: 'image/jpeg', label: 'JPEG image' },
  png: { format: 'png', kind: 'IMAGE', mimeType: 'image/png', label: 'PNG image' },
  webp: { format: 'webp', kind: 'IMAGE', mimeType: 'image/webp', label: 'WebP image' },
  gif: { format: 'gif', kind: 'IMAGE', mimeType: 'image/gif', label: 'GIF image' },
  pdf: { format: 'pdf', kind: 'DOCUMENT', mimeType: 'application/pdf', label: 'PDF' },
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false
  return signature.every((byte, i) => bytes[offset + i] === byte)
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

/**
 * The type of a file from its first bytes (at least SIGNATURE_LENGTH of
 * them), or null for anything the library does not accept. Text formats such
 * as SVG and HTML have no signature and so always come out as null.
 */
export function detectFileType(bytes: Uint8Array): DetectedType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return types.jpeg
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return types.png
  // RIFF <4-byte length> WEBP
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return types.webp
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return types.gif
  if (startsWith(bytes, ascii('%PDF-'))) return types.pdf
  return null
}

/** The size limit for a kind of file. */
export function maxBytesFor(kind: MediaKind): number {
  return kind === 'IMAGE' ? MAX_IMAGE_BYTES : MAX_DOCUMENT_BYTES
}

/**
 * "1.2 MB", "340 KB", "12 bytes": sizes as people read them (1 MB = 1024 KB).
 * `precise` keeps one decimal on every size in MB, for comparing a file with a limit.
 */
export function formatFileSize(bytes: number, { precise = false }: { precise?: boolean } = {}): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`
  if (bytes < MB) return `${Math.round(bytes / 1024)} KB`
  const mb = bytes / MB
  return `${mb < 10 || precise ? mb.toFixed(1) : Math.round(mb)} MB`
}

/** How a document is described in public lists: "PDF, 1.2 MB". */
export function describeDocument(bytes: number): string {
  return `PDF, ${formatFileSize(bytes)}`
}

/** Null when a file of `size` bytes may be uploaded as `type`, otherwise the reason it may not. */
export function sizeProblem(type: DetectedType, size: number): string | null {
  if (size <= 0) return 'The file is empty. Choose another file.'
  const max = maxBytesFor(type.kind)
  if (size <= max) return null
  const what = type.kind === 'IMAGE' ? 'Images' : 'PDF documents'
  return `${what} can be at most ${formatFileSize(max)}; this file is ${formatFileSize(size, { precise: true })}.`
}

/**
 * Checks a whole upload: its type from the first bytes, then the limit for
 * that type. Returns the type, or the message to show next to the file field.
 */
export function checkUpload(head: Uint8Array, size: number): { ok: true; type: DetectedType } | { ok: false; message: string } {
  const type = detectFileType(head)
  if (!type) return { ok: false, message: UNSUPPORTED_TYPE_MESSAGE }
  const problem = sizeProblem(type, size)
  return problem ? { ok: false, message: problem } : { ok: true, type }
}

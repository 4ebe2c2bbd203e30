import 'server-only'
import { randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import sharp, { type Metadata } from 'sharp'
import { env } from '@/lib/env'
import { type DetectedType, MAX_IMAGE_PIXELS } from './detect'
import { DOCUMENT_FILE, isMediaKey, parseVariantFile, variantFile, variantWidths } from './files'

/**
 * Files of the media library on disk:
 *
 *   <MEDIA_ROOT>/<key>/w320.webp … w1920.webp   resized copies of an image
 *   <MEDIA_ROOT>/<key>/document.pdf             a PDF, byte for byte
 *
 * The key is random, never derived from the uploaded file's name, and every
 * path is built from a validated key and a validated file name, so no user
 * input can point outside the key's directory. The original upload of an
 * image is not kept: only the re-encoded copies are, which carry no metadata.
 */

/** A problem with the uploaded file itself; the message is meant for the person uploading it. */
export class MediaFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MediaFileError'
  }
}

const UNREADABLE_IMAGE =
  'This image could not be read. It may be damaged or saved in an unusual way: open it in an image editor, export it again as JPEG or PNG, and upload the new file.'

export function mediaRoot(): string {
  return env.MEDIA_ROOT
}

/** A new random key: 16 bytes, base64url-encoded to 22 characters. */
export function newMediaKey(): string {
  return randomBytes(16).toString('base64url')
}

function keyDir(key: string): string {
  if (!isMediaKey(key)) throw new Error('Invalid media key')
  return path.join(mediaRoot(), key)
}

/** The path of a stored file; throws for anything but a valid key and a known file name. */
export function mediaFilePath(key: string, file: string): string {
  if (file !== DOCUMENT_FILE && parseVariantFile(file) === null) throw new Error('Invalid media file name')
  return path.join(keyDir(key), file)
}

// Written under a temporary name first, so a reader never sees half a file
// and a crash never leaves one under the real name.
async function writeAtomically(target: string, data: Uint8Array) {
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`
  await writeFile(temporary, data, { flag: 'wx' })
  await rename(temporary, target)
}

export type ProcessedImage = { width: number; height: number; variants: Array<{ width: number; data: Buffer }> }

const sharpFormats: Record<string, DetectedType['format']> = { jpeg: 'jpeg', png: 'png', webp: 'webp', gif: 'gif' }

/**
 * Decodes an image and re-encodes it as WebP at each width `variantWidths`
 * gives for it, turned upright by its EXIF orientation and with all metadata
 * (camera, GPS position, comments) removed. Throws MediaFileError for images
 * that cannot be decoded, whose content is not the format their signature
 * claims, or that have more than MAX_IMAGE_PIXELS pixels.
 */
export async function processImage(bytes: Uint8Array, type: DetectedType): Promise<ProcessedImage> {
  // Reading the header decodes no pixels, so it is safe on any size and
  // gives the dimensions for a clear message. The decoding below also carries
  // limitInputPixels, so libvips itself refuses an oversized image.
  const options = { limitInputPixels: MAX_IMAGE_PIXELS }
  let metadata: Metadata
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch {
    throw new MediaFileError(UNREADABLE_IMAGE)
  }
  if (sharpFormats[metadata.format] !== type.format) throw new MediaFileError(UNREADABLE_IMAGE)
  const { width, height } = metadata.autoOrient
  if (!width || !height) throw new MediaFileError(UNREADABLE_IMAGE)
  if (width * height > MAX_IMAGE_PIXELS)
    throw new MediaFileError(
      `This image is ${width} × ${height} pixels, more than the 40 megapixels accepted (e.g. 8000 × 5000). Reduce it in an image editor and upload it again.`,
    )

  try {
    const upright = sharp(bytes, options).rotate()
    const variants = await Promise.all(
      variantWidths(width).map(async (w) => ({
        width: w,
        data: await upright.clone().resize({ width: w, withoutEnlargement: true }).webp({ quality: 82 }).toBuffer(),
      })),
    )
    return { width, height, variants }
  } catch {
    throw new MediaFileError(UNREADABLE_IMAGE)
  }
}

export type StoredMedia = {
  key: string
  width: number | null
  height: number | null
  variants: number[]
}

/**
 * Stores an upload under a new key: the WebP copies of an image, or the PDF
 * as it is. On any failure the key's directory is removed again, so nothing
 * half-written stays behind.
 */
export async function storeMedia(bytes: Uint8Array, type: DetectedType): Promise<StoredMedia> {
  // Images are decoded before anything is written: most failures happen here.
  const image = type.kind === 'IMAGE' ? await processImage(bytes, type) : null
  const key = newMediaKey()
  const dir = keyDir(key)
  await mkdir(mediaRoot(), { recursive: true })
  // Not recursive: an existing directory means a key collision, which must fail.
  await mkdir(dir)
  try {
    if (image) {
      for (const variant of image.variants) await writeAtomically(path.join(dir, variantFile(variant.width)), variant.data)
    } else {
      await writeAtomically(path.join(dir, DOCUMENT_FILE), bytes)
    }
  } catch (error) {
    await removeMediaFiles(key)
    throw error
  }
  return {
    key,
    width: image?.width ?? null,
    height: image?.height ?? null,
    variants: image ? image.variants.map((v) => v.width) : [],
  }
}

/** Removes every file stored under `key`; a key with no files is not an error. */
export async function removeMediaFiles(key: string): Promise<void> {
  await rm(keyDir(key), { recursive: true, force: true })
}

/** A stored file as a web stream with its size, or null when it is not on disk. */
export async function openMediaFile(key: string, file: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number } | null> {
  const filePath = mediaFilePath(key, file)
  try {
    const info = await stat(filePath)
    if (!info.isFile()) return null
    const stream = Readable.toWeb(createReadStream(filePath)) as ReadableStream<Uint8Array>
    return { stream, size: info.size }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

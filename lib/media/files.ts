/**
 * Names of the stored files and their public addresses. Pure functions,
 * shared by the storage, the /media route, the admin pages and MediaImage.
 */

/** The widths of the resized WebP copies made of every image, smallest first. */
export const STANDARD_WIDTHS = [320, 640, 1280, 1920] as const

/** The copy an editor picks by default: large enough for a full-width cover. */
export const PREFERRED_WIDTH = 1280

/** The file a document is stored as. */
export const DOCUMENT_FILE = 'document.pdf'

/** A key is 16 random bytes in base64url: always 22 characters of A–Z, a–z, 0–9, "-" and "_". */
const KEY_PATTERN = /^[A-Za-z0-9_-]{22}$/
const VARIANT_PATTERN = /^w([1-9][0-9]{0,4})\.webp$/

export function isMediaKey(value: string): boolean {
  return KEY_PATTERN.test(value)
}

/**
 * The widths to store for an image `originalWidth` pixels wide: the standard
 * widths that need no enlarging, or the original width alone when the image is
 * narrower than the smallest standard width. Never empty.
 */
export function variantWidths(originalWidth: number): number[] {
  const widths = STANDARD_WIDTHS.filter((w) => w <= originalWidth)
  return widths.length > 0 ? widths : [Math.max(1, Math.floor(originalWidth))]
}

export function variantFile(width: number): string {
  return `w${width}.webp`
}

/** The width named by a variant file name (`w640.webp` → 640), or null for any other name. */
export function parseVariantFile(file: string): number | null {
  const match = VARIANT_PATTERN.exec(file)
  return match ? Number(match[1]) : null
}

/** The public address of a stored file: `/media/<key>/<file>`. */
export function mediaUrl(key: string, file: string): string {
  return `/media/${encodeURIComponent(key)}/${encodeURIComponent(file)}`
}

/** The width an image is linked with by default: 1280 when stored, else the largest copy. */
export function preferredVariant(variants: readonly number[]): number | null {
  if (variants.includes(PREFERRED_WIDTH)) return PREFERRED_WIDTH
  return variants.length > 0 ? Math.max(...variants) : null
}

/** The address of an image's default copy, or null for an item without copies. */
export function preferredImageUrl(key: string, variants: readonly number[]): string | null {
  const width = preferredVariant(variants)
  return width === null ? null : mediaUrl(key, variantFile(width))
}

/** The key and width of a `/media/<key>/w<width>.webp` address, or null for any other address. */
export function parseVariantUrl(src: string): { key: string; width: number } | null {
  const match = /^\/media\/([^/?#]+)\/(w[0-9]+\.webp)$/.exec(src)
  if (!match?.[1] || !match[2] || !isMediaKey(match[1])) return null
  const width = parseVariantFile(match[2])
  return width === null ? null : { key: match[1], width }
}

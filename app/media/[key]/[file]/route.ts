import { getServableMedia } from '@/lib/data/media'
import { attachmentDisposition } from '@/lib/media/content-disposition'
import { DOCUMENT_FILE, isMediaKey, parseVariantFile } from '@/lib/media/files'
import { openMediaFile } from '@/lib/media/storage'

// Checked against the database on every request (the handler reads its
// parameters, so it is never prerendered): an item moved to the trash must
// stop being served at once.

// Applies to every answer, including 404s: nothing served here may be
// interpreted as a page (no sniffing, no scripts, no plugins, no framing).
const baseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
}

function notFound() {
  return new Response('Not found', {
    status: 404,
    headers: { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

/**
 * `GET /media/<key>/<file>`: a resized copy of an image (`w640.webp`) or a
 * PDF (`document.pdf`) from the media library. The key and file name are
 * checked against fixed patterns and the item's row before any path is
 * built, so nothing else on disk can be reached.
 */
export async function GET(_request: Request, ctx: RouteContext<'/media/[key]/[file]'>) {
  const { key, file } = await ctx.params
  if (!isMediaKey(key)) return notFound()
  const width = parseVariantFile(file)
  if (width === null && file !== DOCUMENT_FILE) return notFound()

  const media = await getServableMedia(key)
  if (!media) return notFound()
  const isImageFile = media.kind === 'IMAGE' && width !== null && media.variants.includes(width)
  const isDocumentFile = media.kind === 'DOCUMENT' && file === DOCUMENT_FILE
  if (!isImageFile && !isDocumentFile) return notFound()

  const stored = await openMediaFile(key, file)
  if (!stored) return notFound()

  return new Response(stored.stream, {
    headers: {
      ...baseHeaders,
      'Content-Type': isImageFile ? 'image/webp' : 'application/pdf',
      'Content-Length': String(stored.size),
      // A key's files never change: a new upload always gets a new key.
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Content-Disposition': isImageFile ? 'inline' : attachmentDisposition(media.title),
    },
  })
}

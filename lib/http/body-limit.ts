/**
 * Request body limits for route handlers. Server actions have Next.js's own
 * limit (next.config.ts serverActions.bodySizeLimit, which is global and
 * sized for media uploads); route handlers have none, so a handler that reads
 * a body passes the request through `limitBody` first.
 */

/** Bodies of the sign-in endpoints are a few form fields. */
export const AUTH_BODY_LIMIT_BYTES = 64 * 1024

/**
 * The request with its body read into memory, or null when the body is
 * larger than `maxBytes`. A declared Content-Length over the limit is refused
 * before anything is read; a body without one (chunked) is read only up to
 * the limit, then the upload is cancelled.
 */
export async function limitBody<R extends Request>(
  request: R,
  maxBytes: number,
  rebuild: (body: Uint8Array<ArrayBuffer> | null) => R,
): Promise<R | null> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) return null
  if (!request.body) return rebuild(null)

  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return rebuild(body)
}

/** The answer to a body over the limit: 413, in words. */
export function payloadTooLarge(maxBytes: number): Response {
  return new Response(`The request body is too large: at most ${Math.round(maxBytes / 1024)} KB are accepted here.\n`, {
    status: 413,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}

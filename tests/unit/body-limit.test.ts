import { describe, expect, it } from 'vitest'
import { limitBody, payloadTooLarge } from '@/lib/http/body-limit'

const rebuild = (request: Request) => (body: Uint8Array<ArrayBuffer> | null) =>
  new Request(request.url, { method: request.method, headers: request.headers, body })

/** A body sent in chunks without a Content-Length, counting how many chunks were pulled. */
function chunkedBody(chunks: number, chunkBytes: number) {
  const pulled = { count: 0 }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count === chunks) return controller.close()
      pulled.count++
      controller.enqueue(new Uint8Array(chunkBytes).fill(97))
    },
  })
  return { stream, pulled }
}

describe('limitBody', () => {
  it('passes a body within the limit on unchanged, headers included', async () => {
    const request = new Request('http://127.0.0.1/api/auth/signout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-test': 'kept' },
      body: 'csrfToken=abc&callbackUrl=%2F',
    })
    const limited = await limitBody(request, 1024, rebuild(request))
    expect(limited).not.toBeNull()
    expect(await limited!.text()).toBe('csrfToken=abc&callbackUrl=%2F')
    expect(limited!.headers.get('x-test')).toBe('kept')
    expect(limited!.method).toBe('POST')
  })

  it('refuses a declared length over the limit without reading the body', async () => {
    const { stream, pulled } = chunkedBody(100, 1024)
    const request = new Request('http://127.0.0.1/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-length': String(100 * 1024) },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(await limitBody(request, 64 * 1024, rebuild(request))).toBeNull()
    // The stream may have been primed with one chunk; it was not read to the end.
    expect(pulled.count).toBeLessThanOrEqual(1)
  })

  it('stops reading a body without a length as soon as it passes the limit', async () => {
    const { stream, pulled } = chunkedBody(1000, 1024)
    const request = new Request('http://127.0.0.1/api/auth/callback/credentials', {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(await limitBody(request, 8 * 1024, rebuild(request))).toBeNull()
    expect(pulled.count).toBeLessThan(12)
  })

  it('accepts a body of exactly the limit and a request without a body', async () => {
    const exact = new Request('http://127.0.0.1/x', { method: 'POST', body: 'a'.repeat(2048) })
    expect(await (await limitBody(exact, 2048, rebuild(exact)))!.text()).toHaveLength(2048)
    const empty = new Request('http://127.0.0.1/x', { method: 'POST' })
    expect(await (await limitBody(empty, 2048, rebuild(empty)))!.text()).toBe('')
  })

  it('answers an oversized body with 413 and says what the limit is', async () => {
    const response = payloadTooLarge(64 * 1024)
    expect(response.status).toBe(413)
    expect(await response.text()).toContain('at most 64 KB')
  })
})

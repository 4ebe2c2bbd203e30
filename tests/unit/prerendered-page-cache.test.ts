import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { nodeFs } from 'next/dist/server/lib/node-fs-methods'
import type {
  GetIncrementalResponseCacheHandlerContext,
  IncrementalCachedAppPageValue,
  SetIncrementalResponseCacheHandlerContext,
} from 'next/dist/server/response-cache/types'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { inlineScriptPolicy } from '@/lib/inline-script-policy.mjs'
import PrerenderedPageCache from '@/lib/prerendered-page-cache.mjs'

// These tests run the handler on Next.js's real file-system cache, with the
// files laid out as `next build` writes them, so a change in how Next.js
// stores or reads prerendered pages makes them fail.

const html = [
  '<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async=""></script></head>',
  '<body><h1>Projects</h1><script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:[]\\n"])</script></body></html>',
].join('')

// Next.js declares the kinds as const enums, which a test compiled file by
// file cannot read; their values are these strings.
const APP_PAGE = 'APP_PAGE' as IncrementalCachedAppPageValue['kind']
const pageContext = { kind: 'APP_PAGE', isRoutePPREnabled: true, isFallback: false } as unknown as GetIncrementalResponseCacheHandlerContext
const writeContext: SetIncrementalResponseCacheHandlerContext = {
  isRoutePPREnabled: true,
  isFallback: false,
  cacheControl: { revalidate: 3600, expire: 86400 },
}

let serverDistDir: string

function createCache() {
  // No in-memory store: every read below comes from the files.
  return new PrerenderedPageCache({ fs: nodeFs, serverDistDir, flushToDisk: true, revalidatedTags: [], _requestHeaders: {} })
}

/** A page as the build leaves it in .next/server/app: HTML, payload and metadata. */
async function writeBuiltPage(name: string, meta: Record<string, unknown>, content = html) {
  const base = path.join(serverDistDir, 'app', name)
  await mkdir(path.dirname(base), { recursive: true })
  await writeFile(`${base}.html`, content)
  await writeFile(`${base}.rsc`, '0:[]\n')
  await writeFile(`${base}.meta`, JSON.stringify(meta))
}

function pageValue(overrides: Partial<IncrementalCachedAppPageValue> = {}): IncrementalCachedAppPageValue {
  return {
    kind: APP_PAGE,
    html,
    rscData: Buffer.from('0:[]\n'),
    headers: { 'x-next-cache-tags': 'projects' },
    postponed: undefined,
    status: 200,
    segmentData: undefined,
    ...overrides,
  }
}

beforeEach(async () => {
  serverDistDir = await mkdtemp(path.join(tmpdir(), 'prerendered-page-cache-'))
})

afterEach(async () => {
  await rm(serverDistDir, { recursive: true, force: true })
})

describe('prerendered page cache', () => {
  it("adds the policy of a built page's own inline scripts when reading it, keeping its other headers", async () => {
    await writeBuiltPage('en/projects', { status: 200, headers: { 'x-nextjs-stale-time': '30', 'x-next-cache-tags': 'projects' } })
    const entry = await createCache().get('/en/projects', pageContext)
    expect(entry?.value?.kind).toBe('APP_PAGE')
    const headers = entry?.value && 'headers' in entry.value ? entry.value.headers : undefined
    expect(headers).toEqual({
      'x-nextjs-stale-time': '30',
      'x-next-cache-tags': 'projects',
      'content-security-policy': inlineScriptPolicy(html),
    })
    expect(headers?.['content-security-policy']).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+$/)
  })

  it('covers a not-found page as well', async () => {
    await writeBuiltPage('_not-found', { status: 404, headers: {} })
    const entry = await createCache().get('/_not-found', pageContext)
    const headers = entry?.value && 'headers' in entry.value ? entry.value.headers : undefined
    expect(headers?.['content-security-policy']).toBe(inlineScriptPolicy(html))
  })

  it('leaves a shell with postponed parts alone: the per-request render adds scripts with a nonce', async () => {
    await writeBuiltPage('en/search', { status: 200, headers: { 'x-next-cache-tags': 'search' }, postponed: '1:[]' }, '')
    const entry = await createCache().get('/en/search', pageContext)
    expect(entry).not.toBeNull()
    const headers = entry?.value && 'headers' in entry.value ? entry.value.headers : undefined
    expect(headers).toEqual({ 'x-next-cache-tags': 'search' })
  })

  it('adds the policy to a page rendered at run time, in the stored files and in the value being answered', async () => {
    const value = pageValue()
    // Without partial prerendering, so that the payload is stored too and the page can be read back.
    await createCache().set('/en/projects', value, { ...writeContext, isRoutePPREnabled: false })
    // The answer to the request that rendered the page is sent from this same object.
    expect(value.headers).toEqual({ 'x-next-cache-tags': 'projects', 'content-security-policy': inlineScriptPolicy(html) })

    const meta = JSON.parse(await readFile(path.join(serverDistDir, 'app', 'en', 'projects.meta'), 'utf8')) as { headers: unknown }
    expect(meta.headers).toEqual(value.headers)
    const reread = await createCache().get('/en/projects', { ...pageContext, isRoutePPREnabled: false })
    const headers = reread?.value && 'headers' in reread.value ? reread.value.headers : undefined
    expect(headers?.['content-security-policy']).toBe(inlineScriptPolicy(html))
  })

  it('replaces the policy when a page is rendered again with other scripts', async () => {
    const value = pageValue({ headers: { 'content-security-policy': inlineScriptPolicy(html) } })
    value.html = '<html><body><script>changed()</script></body></html>'
    await createCache().set('/en/projects', value, writeContext)
    expect(value.headers?.['content-security-policy']).toBe(inlineScriptPolicy(value.html))
    expect(value.headers?.['content-security-policy']).not.toBe(inlineScriptPolicy(html))
  })

  it('stores a postponed shell without a policy', async () => {
    const value = pageValue({ html: '', postponed: '1:[]', headers: {} })
    await createCache().set('/en/search', value, writeContext)
    expect(value.headers).toEqual({})
  })
})

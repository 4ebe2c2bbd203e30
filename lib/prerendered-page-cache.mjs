/**
 * Next.js's incremental cache (next.config.ts `cacheHandler`), which stores
 * the prerendered pages, with one addition: every complete HTML page it holds
 * carries the hash-based policy of its own inline scripts
 * (lib/inline-script-policy.mjs) as a Content-Security-Policy header.
 *
 * Next.js sends the headers stored with a page on every answer from the cache
 * and appends them to the ones next.config.ts sets, so a prerendered page is
 * answered with two policies, the static one and this one, and the browser
 * enforces both. That covers:
 *
 * - pages prerendered at build time: the build writes them to
 *   .next/server/app without this header, so `get` adds it when it reads one;
 * - pages rendered at run time (after an editor's change expired their tags,
 *   or a page not prerendered at build time): `set` adds it before storing,
 *   so it is written to the .meta file too, and the answer to the request
 *   that rendered the page carries it as well (see `set`).
 *
 * Entries with postponed parts (the per-request pages' shells) are left
 * alone: the rest of their HTML is rendered per request, with the proxy's
 * nonce (proxy.ts), and a hash policy would block those scripts.
 *
 * Relies on Next.js internals (16.4), isolated here:
 * - it extends next/dist/server/lib/incremental-cache/file-system-cache.js
 *   (FileSystemCache, the default handler), whose entries are
 *   `{ value: { kind: 'APP_PAGE', html, headers, postponed, … } }`;
 * - the answer to a request that renders a page is built from the same value
 *   object that ResponseCache.handleRevalidate (server/response-cache/index.js)
 *   passes to `set`, so a header added to it there is sent at once;
 * - the app-page handler (build/templates/app-page-runtime.js,
 *   `handleResponse`) appends a cached entry's `headers` to the response.
 * tests/unit/prerendered-page-cache.test.ts runs this against the real
 * FileSystemCache, and tests/e2e/security-headers.spec.ts checks real answers,
 * the first one after a change included: check both when upgrading Next.js.
 *
 * JavaScript, not TypeScript: Next.js loads this module with Node's import()
 * at run time, not through its compiler.
 */
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import { inlineScriptPolicy } from './inline-script-policy.mjs'

/**
 * The class is the `default` export of a CommonJS module. Node's import()
 * (how the server loads this module) gives the whole module as the default
 * import; Turbopack, which also compiles this module into the bundle of
 * proxy.ts (Next.js hands the handler to the proxy's runtime, which never
 * reads pages from it), and Vitest give the class itself.
 *
 * @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache').default}
 */
const FileSystemCache = typeof fileSystemCacheModule === 'function' ? fileSystemCacheModule : fileSystemCacheModule.default

const POLICY_HEADER = 'content-security-policy'

/**
 * Policies already computed for pages read from the build's files, by cache
 * key and version: the in-memory cache keeps an entry (and the header added
 * to it) only while it has room, and hashing a page again on every later read
 * would cost each such request about a millisecond.
 *
 * @type {Map<string, string>}
 */
const computed = new Map()
const MAX_COMPUTED = 2000

/**
 * @typedef {{ kind?: unknown, html?: unknown, postponed?: unknown, headers?: Record<string, unknown> }} CachedValue
 */

/**
 * The HTML of a cached value that is a complete page, or null for anything
 * else: API answers, redirects, a page's postponed shell.
 *
 * @param {CachedValue | null | undefined} value
 * @returns {string | null}
 */
function completePageHtml(value) {
  if (!value || value.kind !== 'APP_PAGE' || typeof value.postponed === 'string') return null
  if (typeof value.html === 'string') return value.html
  if (Buffer.isBuffer(value.html)) return value.html.toString('utf8')
  return null
}

/**
 * @param {CachedValue} value
 * @param {string} policy
 */
function addPolicy(value, policy) {
  // A new object rather than a change to the old one: the headers may be the
  // render's own metadata.
  value.headers = { ...value.headers, [POLICY_HEADER]: policy }
}

export default class PrerenderedPageCache extends FileSystemCache {
  /** @type {FileSystemCache['get']} */
  async get(...args) {
    const entry = await super.get(...args)
    const value = /** @type {CachedValue | null | undefined} */ (entry?.value)
    const html = completePageHtml(value)
    if (entry && value && html !== null && typeof value.headers?.[POLICY_HEADER] !== 'string') {
      const version = `${args[0]}\0${entry.lastModified ?? ''}\0${html.length}`
      let policy = computed.get(version)
      if (policy === undefined) {
        policy = inlineScriptPolicy(html)
        if (computed.size >= MAX_COMPUTED) computed.delete(computed.keys().next().value ?? '')
        computed.set(version, policy)
      }
      addPolicy(value, policy)
    }
    return entry
  }

  /**
   * Stores a page with its policy. `data` is changed in place on purpose: it
   * is the object the current answer is sent from.
   *
   * @type {FileSystemCache['set']}
   */
  async set(key, data, ctx) {
    const value = /** @type {CachedValue | null} */ (data)
    const html = completePageHtml(value)
    if (value && html !== null) addPolicy(value, inlineScriptPolicy(html))
    return super.set(key, data, ctx)
  }
}

/**
 * The security headers every response carries (next.config.ts applies them
 * to every path, error pages and not-found answers included; proxy.ts sets
 * the per-request policy of the pages rendered per request, and
 * lib/prerendered-page-cache.mjs adds a second policy to prerendered pages).
 *
 * This module is imported by next.config.ts and proxy.ts and must stay free
 * of imports. tests/unit/security-headers.test.ts checks the policies; the
 * e2e suite checks that real responses carry them.
 */

/**
 * Where scripts may come from, the only part in which the policies differ:
 *
 * - `'inline'`: the static policy, which next.config.ts sets on every path
 *   the proxy does not answer for. It allows inline scripts, but every
 *   prerendered page is also sent a second policy that allows exactly its
 *   own inline scripts, by their hashes (lib/inline-script-policy.mjs, added
 *   by lib/prerendered-page-cache.mjs), and browsers enforce both, so no
 *   other inline script runs there. (A per-request nonce would force those
 *   pages to be rendered per request.) Only answers that do not come from
 *   the page cache have this policy alone: error answers (status 500), every
 *   page under `next dev`, and answers that are not pages (API, feeds, files).
 * - `{ nonce }`: the pages rendered per request, which proxy.ts answers for:
 *   the staff pages (/admin, /login, /invite) and the public search and
 *   filtered lists. Only scripts carrying this request's nonce run, and
 *   'strict-dynamic' lets them load the framework's chunks.
 * - `'self'`: answers that are never rendered as a document (the payloads of
 *   server actions, which the page reads with fetch): nothing inline at all.
 *   (An action that redirects is answered with the target page's payload,
 *   and Next.js copies that page's headers, its policy included.)
 */
export type ScriptSources = 'inline' | 'self' | { nonce: string }

function scriptSources(scripts: ScriptSources): string[] {
  if (scripts === 'inline') return ["'self'", "'unsafe-inline'"]
  if (scripts === 'self') return ["'self'"]
  // 'self' is ignored by browsers that understand 'strict-dynamic' and only
  // serves older ones.
  return ["'self'", `'nonce-${scripts.nonce}'`, "'strict-dynamic'"]
}

/**
 * Content Security Policy. Scripts and styles may come only from this origin
 * (scripts as `scripts` says); everything else is closed: no plugins, no
 * framing, no foreign form targets or base URLs. All policies are built
 * here so that they differ in their script sources only.
 */
export function contentSecurityPolicy(scripts: ScriptSources = 'inline', development = false): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // React's development build evaluates code for its debugging features.
    'script-src': [...scriptSources(scripts), ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/**
 * A fresh nonce for one response: 16 random bytes, base64 (the characters
 * Next.js accepts when it reads the nonce back from the policy).
 */
export function createNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}

export type Header = { key: string; value: string }

/** The headers for every response, uploaded files included. */
export function commonSecurityHeaders(): Header[] {
  return [
    // Browsers only honour it over https; two years, as the preload list asks.
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // For browsers that predate frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
}

/**
 * The staff pages, rendered per request: proxy.ts gives each of their
 * responses a policy with a nonce of its own. Path patterns as next.config
 * `source` and proxy `matcher` write them. /invite/done is left out: it is
 * a prerendered file, whose scripts cannot carry a per-request nonce, so it
 * gets the static policy and the hash policy of its own scripts, as any
 * other page prerendered here.
 */
export const staffPathPatterns = ['/admin/:path*', '/login', '/invite/:token((?!done$)[^/]+)'] as const

/** The header Next.js sends with (and only with) server action requests. */
export const serverActionHeader = 'next-action'

/**
 * next.config.ts `headers()`:
 *
 * - the common headers on every path;
 * - the static policy on every path but /media/, whose route sets a
 *   stricter, sandboxing policy of its own, and the staff pages, whose
 *   policy with a nonce comes from proxy.ts (on the public pages the proxy
 *   answers for, its policy replaces this one);
 * - on the staff paths, for server action requests (which the proxy leaves
 *   alone, see proxy.ts), the policy without any inline scripts: their
 *   answers are read by the page with fetch and never rendered as documents.
 */
export function securityHeaderRules(development = false) {
  const actionRequest = [{ type: 'header' as const, key: serverActionHeader }]
  return [
    { source: '/:path*', headers: commonSecurityHeaders() },
    {
      source: '/((?!media/|admin(?:/|$)|login$|invite/(?!done$)).*)',
      headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy('inline', development) }],
    },
    ...staffPathPatterns.map((source) => ({
      source,
      has: actionRequest,
      headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy('self', development) }],
    })),
  ]
}

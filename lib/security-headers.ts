/**
 * The security headers every response carries (next.config.ts applies them
 * to every path, error pages and not-found answers included).
 *
 * This module is imported by next.config.ts and must stay free of imports.
 * tests/unit/security-headers.test.ts checks the policy; the e2e suite checks
 * that real responses carry it.
 */

/**
 * Content Security Policy. Scripts and styles may come only from this origin.
 * Inline scripts stay allowed because the public pages are prerendered files
 * and Next.js writes each page's data as inline scripts: a per-request nonce
 * would force every page to be rendered per request. Everything else is
 * closed: no plugins, no framing, no foreign form targets or base URLs.
 */
export function contentSecurityPolicy(development = false): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // React's development build evaluates code for its debugging features.
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
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
 * next.config.ts `headers()`: the common headers on every path, and the
 * content security policy on every path but /media/, whose route sets a
 * stricter, sandboxing policy of its own.
 */
export function securityHeaderRules(development = false) {
  return [
    { source: '/:path*', headers: commonSecurityHeaders() },
    {
      source: '/((?!media/).*)',
      headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(development) }],
    },
  ]
}

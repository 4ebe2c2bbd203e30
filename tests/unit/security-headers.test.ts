import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { describe, expect, it } from 'vitest'
import {
  commonSecurityHeaders,
  contentSecurityPolicy,
  createNonce,
  securityHeaderRules,
  serverActionHeader,
  staffPathPatterns,
} from '@/lib/security-headers'
import { config as proxyConfig } from '@/proxy'

function directives(policy: string) {
  return new Map(policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]))
}

/** Whether a next.config `source` or proxy matcher covers a path, as Next.js matches them. */
function matches(source: string, path: string) {
  return getPathMatch(source, { strict: true })(path) !== false
}

/** The Content-Security-Policy values next.config.ts adds to a response. */
function configuredPolicies(path: string, requestHeaders: Record<string, string> = {}) {
  return securityHeaderRules()
    .filter((rule) => matches(rule.source, path))
    .filter((rule) => !('has' in rule) || rule.has.every((h) => h.key in requestHeaders))
    .flatMap((rule) => rule.headers)
    .filter((header) => header.key === 'Content-Security-Policy')
    .map((header) => header.value)
}

describe('security headers', () => {
  it('close framing, plugins, foreign forms and base URLs, and load scripts only from the site', () => {
    for (const scripts of ['inline', 'self', { nonce: 'abc' }] as const) {
      const policy = directives(contentSecurityPolicy(scripts))
      expect(policy.get('frame-ancestors')).toEqual(["'none'"])
      expect(policy.get('object-src')).toEqual(["'none'"])
      expect(policy.get('base-uri')).toEqual(["'self'"])
      expect(policy.get('form-action')).toEqual(["'self'"])
      expect(policy.get('default-src')).toEqual(["'self'"])
      expect(policy.get('script-src')).not.toContain("'unsafe-eval'")
      expect(policy.get('script-src')?.some((source) => source.startsWith('http') || source === '*')).toBe(false)
    }
  })

  it('allow eval only for the development build', () => {
    expect(directives(contentSecurityPolicy('inline', true)).get('script-src')).toContain("'unsafe-eval'")
    expect(directives(contentSecurityPolicy({ nonce: 'abc' }, true)).get('script-src')).toContain("'unsafe-eval'")
  })

  it('allow inline scripts only in the public policy; the staff policy allows the nonce instead', () => {
    expect(directives(contentSecurityPolicy('inline')).get('script-src')).toContain("'unsafe-inline'")
    const staff = directives(contentSecurityPolicy({ nonce: 'bm9uY2U=' }))
    expect(staff.get('script-src')).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"])
    expect(directives(contentSecurityPolicy('self')).get('script-src')).toEqual(["'self'"])
  })

  it('differ in their script sources only', () => {
    const withoutScripts = (policy: string) => policy.split('; ').filter((d) => !d.startsWith('script-src '))
    const inline = withoutScripts(contentSecurityPolicy('inline'))
    expect(withoutScripts(contentSecurityPolicy({ nonce: 'abc' }))).toEqual(inline)
    expect(withoutScripts(contentSecurityPolicy('self'))).toEqual(inline)
  })

  it('make a fresh, unguessable base64 nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, () => createNonce()))
    expect(nonces.size).toBe(100)
    for (const nonce of nonces) {
      // The characters Next.js accepts when it reads the nonce from the policy; 16 bytes.
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    }
  })

  it('set HSTS, nosniff, a referrer policy and deny framing on every path', () => {
    const headers = new Map(commonSecurityHeaders().map((h) => [h.key, h.value]))
    expect(headers.get('Strict-Transport-Security')).toMatch(/max-age=\d{8,}/)
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin')
    expect(headers.get('X-Frame-Options')).toBe('DENY')
    const [everywhere] = securityHeaderRules()
    expect(everywhere?.source).toBe('/:path*')
    for (const path of ['/news', '/media/abc/w640.webp', '/admin', '/login']) expect(matches(everywhere!.source, path)).toBe(true)
  })

  it('give public pages the static policy, and leave uploaded files and staff pages to their own', () => {
    const inline = contentSecurityPolicy('inline')
    // /invite/done is a prerendered page: its scripts cannot carry a nonce.
    for (const path of ['/', '/projects/igdp-phase-3', '/news', '/administration-report', '/login-help', '/invitees', '/invite/done']) {
      expect(configuredPolicies(path), path).toEqual([inline])
    }
    // Uploaded files keep the sandboxing policy of their own route.
    expect(configuredPolicies('/media/abc/w640.webp')).toEqual([])
    // The proxy gives staff pages a policy with a nonce of their own.
    for (const path of ['/admin', '/admin/projects/new', '/login', '/invite/abc', '/invite/done-by-someone']) {
      expect(configuredPolicies(path), path).toEqual([])
    }
  })

  it('give server action answers on staff pages a policy without inline scripts', () => {
    for (const path of ['/admin', '/admin/media', '/login', '/invite/abc']) {
      expect(configuredPolicies(path, { [serverActionHeader]: 'abc' }), path).toEqual([contentSecurityPolicy('self')])
    }
  })

  it('run the proxy on the staff pages, except for server actions', () => {
    // The proxy's other entries are public pages rendered per request (tests/unit/proxy-matcher.test.ts).
    const staffMatchers = proxyConfig.matcher.slice(0, staffPathPatterns.length)
    expect(staffMatchers.map((m) => m.source)).toEqual([...staffPathPatterns])
    for (const matcher of staffMatchers) expect('missing' in matcher && matcher.missing).toEqual([{ type: 'header', key: serverActionHeader }])
    const proxied = (path: string) => staffMatchers.some((m) => matches(m.source, path))
    for (const path of ['/admin', '/admin/news/abc', '/login', '/invite/abc']) expect(proxied(path), path).toBe(true)
    for (const path of ['/', '/news', '/media/abc/w640.webp', '/api/v1/projects', '/invite/done']) expect(proxied(path), path).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { commonSecurityHeaders, contentSecurityPolicy, securityHeaderRules } from '@/lib/security-headers'

function directives(policy: string) {
  return new Map(policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]))
}

describe('security headers', () => {
  it('close framing, plugins, foreign forms and base URLs, and load scripts only from the site', () => {
    const policy = directives(contentSecurityPolicy())
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'self'"])
    expect(policy.get('form-action')).toEqual(["'self'"])
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'")
    expect(policy.get('script-src')?.some((source) => source.startsWith('http') || source === '*')).toBe(false)
  })

  it('allow eval only for the development build', () => {
    expect(directives(contentSecurityPolicy(true)).get('script-src')).toContain("'unsafe-eval'")
  })

  it('set HSTS, nosniff, a referrer policy and deny framing on every path', () => {
    const headers = new Map(commonSecurityHeaders().map((h) => [h.key, h.value]))
    expect(headers.get('Strict-Transport-Security')).toMatch(/max-age=\d{8,}/)
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin')
    expect(headers.get('X-Frame-Options')).toBe('DENY')
    const [everywhere, policy] = securityHeaderRules()
    expect(everywhere?.source).toBe('/:path*')
    // Uploaded files keep the sandboxing policy of their own route.
    expect(new RegExp(`^${policy!.source}$`).test('/media/abc/w640.webp')).toBe(false)
    expect(new RegExp(`^${policy!.source}$`).test('/projects/igdp-phase-3')).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { safeRedirectPath } from '@/lib/auth/redirect'

describe('safeRedirectPath', () => {
  it.each([
    ['/admin/news?page=2', '/admin/news?page=2'],
    ['/admin/news#list', '/admin/news#list'],
    ['/admin/./news', '/admin/news'],
    // Encoded slashes stay encoded: the browser requests this path on this site.
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
  ])('keeps the same-origin path %s', (value, expected) => {
    expect(safeRedirectPath(value)).toBe(expected)
  })

  it.each([
    'https://evil.example/admin',
    'http://evil.example',
    '//evil.example/admin',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    // Dot segments that collapse into a protocol-relative URL.
    '/.//evil.example',
    '/..//evil.example',
    '/admin/..//evil.example',
    '/a/../\\evil.example',
    '%2F%2Fevil.example',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'admin',
    '',
    `/${'a'.repeat(2000)}`,
    42,
    null,
    undefined,
    { toString: () => '/admin' },
  ])('falls back for %j', (value) => {
    expect(safeRedirectPath(value)).toBe('/admin')
  })

  it('uses the given fallback', () => {
    expect(safeRedirectPath('//evil.example', '/')).toBe('/')
  })
})

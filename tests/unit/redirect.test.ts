import { describe, expect, it } from 'vitest'
import { safeRedirectPath } from '@/lib/auth/redirect'

describe('safeRedirectPath', () => {
  it('keeps same-origin paths with their query', () => {
    expect(safeRedirectPath('/admin/news?page=2')).toBe('/admin/news?page=2')
  })
  it.each(['https://evil.example/admin', '//evil.example/admin', '/\\evil.example', 'javascript:alert(1)', 42, undefined])(
    'falls back for %s',
    (value) => {
      expect(safeRedirectPath(value)).toBe('/admin')
    },
  )
})

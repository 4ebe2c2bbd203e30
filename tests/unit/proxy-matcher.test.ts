import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { describe, expect, it } from 'vitest'
import { PREFIXED_LOCALES } from '@/lib/i18n/locales'
import { LIST_QUERY_KEYS } from '@/lib/list-routes'
import { serverActionHeader } from '@/lib/security-headers'
import { config } from '@/proxy'

type Condition = { type: 'query' | 'header'; key: string }
type Matcher = { source: string; has?: readonly Condition[]; missing?: readonly Condition[] }

/** Whether the proxy runs for a request, as Next.js decides it: the path, then `has` and `missing`. */
function proxied(url: string, headers: Record<string, string> = {}): boolean {
  const { pathname, searchParams } = new URL(url, 'http://localhost')
  const present = (c: Condition) => (c.type === 'query' ? searchParams.has(c.key) : c.key in headers)
  return (config.matcher as readonly Matcher[]).some(
    (m) =>
      getPathMatch(m.source, { strict: true })(pathname) !== false &&
      (m.has ?? []).every(present) &&
      !(m.missing ?? []).some(present),
  )
}

const prefixes = ['', ...PREFIXED_LOCALES.map((locale) => `/${locale}`)]
const allKeys = [...new Set(Object.values(LIST_QUERY_KEYS).flat())]

describe('the proxy’s matcher (where the database health check runs)', () => {
  it('covers every list request that carries a list parameter, in every language', () => {
    for (const [list, keys] of Object.entries(LIST_QUERY_KEYS)) {
      for (const prefix of prefixes) {
        for (const key of keys) expect(proxied(`${prefix}${list}?${key}=2`), `${prefix}${list}?${key}`).toBe(true)
      }
    }
  })

  it('leaves the prerendered lists alone: no parameter, or only parameters the list does not read', () => {
    for (const [list, keys] of Object.entries(LIST_QUERY_KEYS)) {
      for (const prefix of prefixes) {
        expect(proxied(`${prefix}${list}`), `${prefix}${list}`).toBe(false)
        expect(proxied(`${prefix}${list}?utm_source=newsletter`)).toBe(false)
        const unread = allKeys.filter((key) => !(keys as readonly string[]).includes(key))
        for (const key of unread) expect(proxied(`${prefix}${list}?${key}=x`), `${prefix}${list}?${key}`).toBe(false)
      }
    }
  })

  it('covers the search page in every language', () => {
    for (const prefix of prefixes) {
      expect(proxied(`${prefix}/search`)).toBe(true)
      expect(proxied(`${prefix}/search?q=karst`)).toBe(true)
    }
  })

  it('leaves every other public page alone, so that prerendered pages are served without asking the database', () => {
    for (const path of ['/', '/zh', '/ja', '/projects/igdp', '/zh/projects/igdp?page=2', '/about', '/countries/mn', '/data', '/news/rss.xml', '/api/v1/projects?page=2', '/media/abc/w640.webp', '/invite/done', '/searching', '/en/search']) {
      expect(proxied(path), path).toBe(false)
    }
  })

  it('covers the staff pages, except for their server actions', () => {
    for (const path of ['/admin', '/admin/projects/abc', '/login', '/invite/abc']) {
      expect(proxied(path), path).toBe(true)
      expect(proxied(path, { [serverActionHeader]: 'abc' }), `${path} (server action)`).toBe(false)
    }
  })
})

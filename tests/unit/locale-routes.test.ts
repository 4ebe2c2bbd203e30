import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { compileNonPath } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { describe, expect, it } from 'vitest'
import {
  defaultLocaleRedirects,
  defaultLocaleRewrites,
  isLocale,
  localePath,
  splitLocale,
} from '@/lib/i18n/locales'
import { listQueryRewrites } from '@/lib/list-routes'

type Rule = { source: string; destination: string; has?: ReadonlyArray<{ type: 'query'; key: string }> }

/**
 * Where next.config.ts's rules send a request, matched with Next.js's own
 * path matcher: the first rule whose source (and query condition) matches
 * wins, as in Next's router. Null when no rule applies.
 */
function resolve(rules: Rule[], url: string): string | null {
  const { pathname, searchParams } = new URL(url, 'http://localhost')
  for (const rule of rules) {
    const params = getPathMatch(rule.source, { removeUnnamedParams: true, strict: true })(pathname)
    if (!params) continue
    if (rule.has?.some((condition) => !searchParams.has(condition.key))) continue
    const destination = rule.destination.replace(/:(\w+)\*?/g, (_, name: string) => {
      const value: unknown = params[name]
      return Array.isArray(value) ? value.join('/') : compileNonPath(`:${name}`, params)
    })
    return destination
  }
  return null
}

const rewrites: Rule[] = [...listQueryRewrites(), ...defaultLocaleRewrites()]

describe('public addresses in every language', () => {
  it.each([
    ['/', '/en'],
    ['/projects', '/en/projects'],
    ['/projects/igdp', '/en/projects/igdp'],
    ['/countries/cn', '/en/countries/cn'],
    ['/administration', '/en/administration'],
    ['/projects?topic=Karst', '/en/projects/_query'],
    ['/news?page=2', '/en/news/_query'],
    ['/zh/projects?topic=Karst', '/zh/projects/_query'],
    ['/ja/news?page=2', '/ja/news/_query'],
  ])('serves %s from the page at %s', (url, internal) => {
    expect(resolve(rewrites, url)).toBe(internal)
  })

  it.each([
    '/zh',
    '/ja/projects/igdp',
    '/zh/news',
    '/admin',
    '/admin/projects/abc',
    '/login',
    '/invite/token',
    '/api/v1/projects',
    '/media/key/report.pdf',
    '/maps/world.svg',
    '/opengraph-image',
    '/news/rss.xml',
    '/events.ics',
    '/conferences/ccop-2024/calendar.ics',
    '/data/mous.csv',
    '/robots.txt',
    '/sitemap.xml',
    '/icon.svg',
    '/_next/static/chunks/main.js',
  ])('leaves %s as it is', (url) => {
    expect(resolve(rewrites, url)).toBeNull()
  })

  it('sends a typed /en address to its one public form', () => {
    const redirects = defaultLocaleRedirects()
    expect(resolve(redirects, '/en')).toBe('/')
    expect(resolve(redirects, '/en/projects/igdp')).toBe('/projects/igdp')
    expect(resolve(redirects, '/english')).toBeNull()
    expect(redirects.every((rule) => rule.permanent)).toBe(true)
  })
})

describe('localePath and splitLocale', () => {
  it('prefixes every language but English', () => {
    expect(localePath('en', '/projects')).toBe('/projects')
    expect(localePath('zh', '/projects/igdp')).toBe('/zh/projects/igdp')
    expect(localePath('ja', '/')).toBe('/ja')
    expect(localePath('ja', '/?page=2')).toBe('/ja?page=2')
  })

  it('reads the language and English path from public and internal addresses alike', () => {
    expect(splitLocale('/zh/projects/igdp')).toEqual({ locale: 'zh', path: '/projects/igdp' })
    expect(splitLocale('/ja')).toEqual({ locale: 'ja', path: '/' })
    expect(splitLocale('/projects')).toEqual({ locale: 'en', path: '/projects' })
    expect(splitLocale('/en/projects/_query')).toEqual({ locale: 'en', path: '/projects' })
    expect(splitLocale('/en')).toEqual({ locale: 'en', path: '/' })
    expect(splitLocale('/zhx/projects')).toEqual({ locale: 'en', path: '/zhx/projects' })
    expect(splitLocale('/')).toEqual({ locale: 'en', path: '/' })
  })

  it('knows its languages', () => {
    expect(isLocale('zh')).toBe(true)
    expect(isLocale('zh-Hans')).toBe(false)
    expect(isLocale(undefined)).toBe(false)
  })
})

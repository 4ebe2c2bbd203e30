import { describe, expect, it } from 'vitest'
import { DEFAULT_OG_IMAGE, pageMetadata, toMetaDescription } from '@/lib/seo'
import { parseSiteUrl } from '@/lib/site-url'

describe('parseSiteUrl', () => {
  it('defaults to localhost when SITE_URL is unset or blank', () => {
    expect(parseSiteUrl(undefined)).toBe('http://localhost:3000')
    expect(parseSiteUrl('  ')).toBe('http://localhost:3000')
  })

  it('drops a trailing slash and keeps a base path', () => {
    expect(parseSiteUrl('https://geocoop.example/')).toBe('https://geocoop.example')
    expect(parseSiteUrl('https://example.org/geocoop/')).toBe('https://example.org/geocoop')
  })

  it('refuses values that are not absolute http(s) URLs', () => {
    expect(() => parseSiteUrl('geocoop.example')).toThrow(/SITE_URL/)
    expect(() => parseSiteUrl('ftp://geocoop.example')).toThrow(/SITE_URL/)
  })
})

describe('pageMetadata', () => {
  it('gives a page its canonical URL, OpenGraph and a large Twitter card with the default image', () => {
    const metadata = pageMetadata({ locale: 'en', title: 'Projects', description: 'All projects.', path: '/projects' })
    expect(metadata).toMatchObject({
      title: 'Projects',
      description: 'All projects.',
      alternates: {
        canonical: '/projects',
        languages: { en: '/projects', 'zh-Hans': '/zh/projects', ja: '/ja/projects', 'x-default': '/projects' },
      },
      openGraph: { type: 'website', title: 'Projects', url: '/projects', images: [DEFAULT_OG_IMAGE] },
      twitter: { card: 'summary_large_image', title: 'Projects', images: [DEFAULT_OG_IMAGE] },
    })
  })

  it('marks news as articles with their dates and cover image', () => {
    const metadata = pageMetadata({
      locale: 'en',
      title: 'An article',
      description: 'Summary.',
      path: '/news/an-article',
      type: 'article',
      image: { url: 'https://cdn.example/cover.jpg', alt: 'A core sample' },
      publishedTime: new Date('2021-01-20T00:00:00Z'),
      modifiedTime: null,
    })
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2021-01-20T00:00:00.000Z',
      images: [{ url: 'https://cdn.example/cover.jpg', alt: 'A core sample' }],
    })
  })

  it('keeps the layout title on the home page', () => {
    expect(pageMetadata({ locale: 'en', description: 'Home.', path: '/' })).not.toHaveProperty('title')
  })

  it('gives a Chinese or Japanese page its own canonical URL and OpenGraph locale, and the same alternates', () => {
    const zh = pageMetadata({ locale: 'zh', title: '项目', description: '全部项目。', path: '/projects/igdp' })
    expect(zh.alternates?.canonical).toBe('/zh/projects/igdp')
    expect(zh.openGraph).toMatchObject({ url: '/zh/projects/igdp', locale: 'zh_CN' })
    const home = pageMetadata({ locale: 'ja', description: 'ホーム', path: '/' })
    expect(home.alternates).toEqual({
      canonical: '/ja',
      languages: { en: '/', 'zh-Hans': '/zh', ja: '/ja', 'x-default': '/' },
    })
  })
})

describe('toMetaDescription', () => {
  it('uses the first paragraph, cut at a word, or the fallback when empty', () => {
    expect(toMetaDescription('First paragraph.\n\nSecond.', 'Fallback')).toBe('First paragraph.')
    expect(toMetaDescription('  ', 'Fallback')).toBe('Fallback')
    const long = toMetaDescription('word '.repeat(100), 'Fallback', 40)
    expect(long.length).toBeLessThanOrEqual(40)
    expect(long.endsWith('word…')).toBe(true)
  })
})

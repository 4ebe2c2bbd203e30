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
    const metadata = pageMetadata({ title: 'Projects', description: 'All projects.', path: '/projects' })
    expect(metadata).toMatchObject({
      title: 'Projects',
      description: 'All projects.',
      alternates: { canonical: '/projects' },
      openGraph: { type: 'website', title: 'Projects', url: '/projects', images: [DEFAULT_OG_IMAGE] },
      twitter: { card: 'summary_large_image', title: 'Projects', images: [DEFAULT_OG_IMAGE] },
    })
  })

  it('marks news as articles with their dates and cover image', () => {
    const metadata = pageMetadata({
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
    expect(pageMetadata({ description: 'Home.', path: '/' })).not.toHaveProperty('title')
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

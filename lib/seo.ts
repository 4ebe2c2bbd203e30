import type { Metadata } from 'next'
import { siteConfig } from '@/content/site'
import { DEFAULT_LOCALE, LANGUAGE_TAGS, LOCALES, type Locale, localePath, OG_LOCALES } from '@/lib/i18n/locales'

/** The size of the default share image, app/opengraph-image.tsx, which link previews crop to 1.91:1. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const

export const OG_IMAGE_ALT = `${siteConfig.name}: international cooperation of the national geological survey`

/**
 * The default share image. Next adds the file-based image only to pages that
 * set no `openGraph` of their own, and a page's `openGraph` replaces the
 * layout's as a whole, so every page that sets one names the image again.
 */
export const DEFAULT_OG_IMAGE = { url: '/opengraph-image', ...OG_IMAGE_SIZE, alt: OG_IMAGE_ALT }

export type PageSeo = {
  /** The page title without the site name; omitted for the home page, which uses the site name. */
  title?: string
  description: string
  /** The page's language: its canonical URL is the path in that language. */
  locale: Locale
  /** The English path, e.g. `/news/some-article`; resolved against `metadataBase`. */
  path: string
  /** `article` for news articles, `website` (the default) for everything else. */
  type?: 'website' | 'article'
  /** A page's own share image, e.g. a news cover; the default image otherwise. */
  image?: { url: string; alt?: string | null } | null
  publishedTime?: Date | null
  modifiedTime?: Date | null
}

/**
 * The page's address in every language, for `<link rel="alternate" hreflang>`
 * in the head and in the sitemap. `x-default` is the English page, which is
 * where a reader of any other language lands first.
 */
export function languageAlternates(path: string): Record<string, string> {
  return {
    ...Object.fromEntries(LOCALES.map((locale) => [LANGUAGE_TAGS[locale], localePath(locale, path)])),
    'x-default': localePath(DEFAULT_LOCALE, path),
  }
}

/**
 * Title, description, canonical URL, language alternates, OpenGraph and
 * Twitter card of a public page, in one shape for every page. Relative URLs
 * are resolved against the `metadataBase` that app/layout.tsx sets from SITE_URL.
 */
export function pageMetadata(seo: PageSeo): Metadata {
  const url = localePath(seo.locale, seo.path)
  const title = seo.title ?? siteConfig.name
  const image = seo.image?.url ? { url: seo.image.url, alt: seo.image.alt || title } : DEFAULT_OG_IMAGE
  const shared = {
    title,
    description: seo.description,
    url,
    siteName: siteConfig.name,
    locale: OG_LOCALES[seo.locale],
    images: [image],
  }
  return {
    ...(seo.title ? { title: seo.title } : {}),
    description: seo.description,
    alternates: { canonical: url, languages: languageAlternates(seo.path) },
    openGraph:
      seo.type === 'article'
        ? {
            ...shared,
            type: 'article',
            publishedTime: seo.publishedTime?.toISOString(),
            modifiedTime: seo.modifiedTime?.toISOString(),
          }
        : { ...shared, type: 'website' },
    twitter: { card: 'summary_large_image', title, description: seo.description, images: [image] },
  }
}

/**
 * A description for search results and link previews: the first paragraph of
 * `text`, cut at a word to at most `max` characters, or `fallback` when
 * `text` is empty.
 */
export function toMetaDescription(text: string | null | undefined, fallback: string, max = 200): string {
  const first = (text ?? '').trim().split(/\n\s*\n/)[0]?.replace(/\s+/g, ' ') ?? ''
  if (!first) return fallback
  if (first.length <= max) return first
  return `${first.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}

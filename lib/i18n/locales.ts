/**
 * The languages of the public site and how they appear in URLs.
 *
 * English, the language content is written in, keeps the plain paths
 * (`/projects/igdp`); Chinese and Japanese pages carry their locale as the
 * first segment (`/zh/projects/igdp`, `/ja/projects/igdp`). Internally every
 * public page lives under app/(public)/[locale]: next.config.ts rewrites the
 * plain paths to `/en/…` and redirects a typed `/en/…` back to the plain path,
 * so each page has exactly one address per language.
 *
 * This module is imported by next.config.ts and must stay free of imports.
 */
export const LOCALES = ['en', 'zh', 'ja'] as const
export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'en'

/** The locales with a URL prefix. */
export const PREFIXED_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE)

/** BCP 47 language tags, for `lang`, `hreflang` and Intl formatting. */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en', zh: 'zh-Hans', ja: 'ja' }

/** OpenGraph `og:locale` values. */
export const OG_LOCALES: Record<Locale, string> = { en: 'en_GB', zh: 'zh_CN', ja: 'ja_JP' }

/** Each language's name in itself, as the language switcher lists it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', zh: '简体中文', ja: '日本語' }

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/**
 * The public address of `path` (an English path such as `/projects/igdp`,
 * with an optional query or fragment) in `locale`.
 */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path
  if (path === '/' || path === '') return `/${locale}`
  // `/?page=2` becomes `/zh?page=2`, `/news` becomes `/zh/news`.
  return `/${locale}${path.startsWith('/?') || path.startsWith('/#') ? path.slice(1) : path}`
}

/**
 * The locale and English path of a public address: `/ja/news?page=2` is
 * `{ locale: 'ja', path: '/news?page=2' }`. The internal forms a page sees
 * while it renders (`/en/news`, a list's `/_query` route) map to the same
 * public path, so a link computed during rendering matches the browser's.
 */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(?=\/|$|\?|#)(.*)$/.exec(pathname)
  const locale = match && isLocale(match[1]) ? match[1] : DEFAULT_LOCALE
  let path = match && isLocale(match[1]) ? match[2] || '/' : pathname
  path = path.replace(/\/_query(?=$|\?|#)/, '') || '/'
  if (path.startsWith('?') || path.startsWith('#')) path = `/${path}`
  return { locale, path }
}

/**
 * The first path segments that are not public pages: the staff area, the
 * framework's files and the route handlers. A URL with a dot in it (feeds,
 * calendars, CSV files, robots.txt, the sitemap, icons) is never a page either.
 */
const NOT_PAGES = ['admin', 'api', 'login', 'invite', 'media', 'maps', 'opengraph-image', ...LOCALES]

/** The next.config.ts rewrite that serves the plain English paths from app/(public)/[locale]. */
export function defaultLocaleRewrites() {
  const notPage = NOT_PAGES.join('|')
  return [
    { source: '/', destination: `/${DEFAULT_LOCALE}` },
    {
      // Anything but the segments above, a segment starting with an underscore
      // (the framework's own paths) or a path containing a dot.
      source: `/:path((?!(?:${notPage})(?:/|$))(?!_)[^.]*)`,
      destination: `/${DEFAULT_LOCALE}/:path`,
    },
  ]
}

/** The next.config.ts redirects of a typed `/en/…` address to its one public form. */
export function defaultLocaleRedirects() {
  return [
    { source: `/${DEFAULT_LOCALE}`, destination: '/', permanent: true },
    { source: `/${DEFAULT_LOCALE}/:path*`, destination: '/:path*', permanent: true },
  ]
}

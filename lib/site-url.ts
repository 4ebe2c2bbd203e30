import { z } from 'zod'

const DEFAULT_SITE_URL = 'http://localhost:3000'

// An unset or blank SITE_URL means "run locally". Anything else must be an
// absolute http(s) URL, because crawlers and link previews resolve every
// canonical, sitemap and image URL against it.
const SiteUrlSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined),
  z
    .url({ protocol: /^https?$/, error: 'SITE_URL must be an absolute http(s) URL, e.g. https://geocoop.example' })
    .default(DEFAULT_SITE_URL),
)

/**
 * The site's public origin (plus base path, if any) without a trailing slash,
 * from `SITE_URL`; http://localhost:3000 when it is not set. Throws with a
 * readable message when it is set to something that is not an http(s) URL.
 */
export function parseSiteUrl(value: string | undefined): string {
  const result = SiteUrlSchema.safeParse(value)
  if (!result.success) {
    throw new Error(`Invalid SITE_URL "${value}": ${result.error.issues.map((i) => i.message).join('; ')}`)
  }
  const url = new URL(result.data)
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}

/** The configured public URL of the site, read on each call so tests can change `SITE_URL`. */
export function getSiteUrl(): string {
  return parseSiteUrl(process.env.SITE_URL)
}

/** An absolute URL for a path of the site: `absoluteUrl('/news/x')` → "https://geocoop.example/news/x". */
export function absoluteUrl(path: string): string {
  return `${getSiteUrl()}${path.startsWith('/') ? path : `/${path}`}`
}

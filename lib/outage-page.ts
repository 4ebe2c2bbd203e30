import { LANGUAGE_TAGS, type Locale, localePath, splitLocale } from './i18n/locales'
import { outage } from './i18n/messages/outage'
import { site } from './i18n/messages/site'
import { commonSecurityHeaders, contentSecurityPolicy } from './security-headers'

/** How long clients (and crawlers) are asked to wait before trying again, in seconds. */
export const OUTAGE_RETRY_AFTER_SECONDS = 60

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * The page shown instead of a page rendered per request while the database
 * cannot be reached. It is complete in itself (inline styles, no scripts, no
 * fonts or images to fetch from a server in trouble) and links to the home
 * page, which is prerendered and keeps working.
 */
export function outagePageHtml(locale: Locale): string {
  const t = outage[locale]
  const siteName = site[locale].name
  const home = escapeHtml(localePath(locale, '/'))
  return `<!DOCTYPE html>
<html lang="${LANGUAGE_TAGS[locale]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(`${t.title} | ${siteName}`)}</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1c2b33;background:#f6f7f4;line-height:1.6}
header{background:#1f3d36;color:#fff;padding:1rem 1.5rem;font-weight:700;font-size:1.125rem}
header a{color:inherit;text-decoration:none}
main{max-width:40rem;margin:3rem auto;padding:0 1.5rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 1rem}
a.home{display:inline-block;margin-top:.5rem;padding:.6rem 1rem;border-radius:.375rem;background:#1f3d36;color:#fff;text-decoration:none;font-weight:600}
a.home:focus-visible{outline:3px solid #e0a526;outline-offset:2px}
</style>
</head>
<body>
<header><a href="${home}">${escapeHtml(siteName)}</a></header>
<main>
<h1>${escapeHtml(t.heading)}</h1>
<p>${escapeHtml(t.body)}</p>
<p>${escapeHtml(t.stillAvailable)}</p>
<p><a class="home" href="${home}">${escapeHtml(t.home)}</a></p>
</main>
</body>
</html>
`
}

/**
 * The whole 503 answer for a request to `pathname`, in the language of its
 * URL: the branded page, `Retry-After`, never stored by a cache (the next
 * request may well succeed), and the security headers of every response. The
 * page has no scripts, so its policy allows none.
 */
export function outageResponse(pathname: string, development = false): Response {
  const { locale } = splitLocale(pathname)
  const headers = new Headers({
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS),
    'Content-Security-Policy': contentSecurityPolicy('self', development),
  })
  for (const { key, value } of commonSecurityHeaders()) headers.set(key, value)
  return new Response(outagePageHtml(locale), { status: 503, headers })
}

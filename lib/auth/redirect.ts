const base = 'http://geocoop.invalid'

/**
 * Where to send a user after signing in. Only same-origin paths are
 * accepted, so a crafted link cannot bounce a user to another site.
 *
 * The value is resolved the way a browser would resolve it and the result is
 * checked, not the raw text: browsers read `\` as `/` and drop tabs and line
 * breaks, and dot segments can collapse `/.//evil.example` into
 * `//evil.example`, which a browser would follow to another host.
 */
export function safeRedirectPath(value: unknown, fallback = '/admin'): string {
  if (typeof value !== 'string' || value.length > 2000 || !value.startsWith('/')) return fallback
  let url: URL
  try {
    url = new URL(value, base)
  } catch {
    return fallback
  }
  if (url.origin !== base) return fallback
  const path = `${url.pathname}${url.search}${url.hash}`
  // A path starting with two slashes (or a slash and a backslash) is read by
  // browsers as "another host"; everything else is a path on this site.
  if (/^[/\\]{2}/.test(path)) return fallback
  return path
}

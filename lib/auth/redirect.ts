/**
 * Where to send a user after signing in. Only same-origin paths are
 * accepted, so a crafted link cannot bounce a user to another site.
 */
export function safeRedirectPath(value: unknown, fallback = '/admin'): string {
  if (typeof value !== 'string' || value.length > 2000) return fallback
  let url: URL
  try {
    url = new URL(value, 'http://geocoop.invalid')
  } catch {
    return fallback
  }
  if (url.origin !== 'http://geocoop.invalid') return fallback
  return `${url.pathname}${url.search}${url.hash}`
}

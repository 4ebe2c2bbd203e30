/** A website address as people read it: host and path, without the scheme or a trailing slash. */
export function websiteLabel(url: string): string {
  try {
    const { hostname, pathname } = new URL(url)
    return pathname === '/' ? hostname : `${hostname}${pathname.replace(/\/$/, '')}`
  } catch {
    return url
  }
}

/**
 * A link to an external website. Only http and https addresses become links:
 * the forms accept nothing else, and a value that reached the database some
 * other way (an import, a restore) is shown as text rather than as a link
 * that could run script.
 */
export function WebsiteLink({ url, className }: { url: string; className?: string }) {
  if (!/^https?:\/\//i.test(url.trim())) return <span className="break-all">{url}</span>
  return (
    <a href={url} rel="noopener noreferrer" className={className}>
      {websiteLabel(url)}
    </a>
  )
}

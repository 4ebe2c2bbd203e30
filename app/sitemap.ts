import type { MetadataRoute } from 'next'
import { listSitemapEntries } from '@/lib/data/sitemap'
import { absoluteUrl } from '@/lib/site-url'

// Built per request from the database, so a page appears as soon as it is
// published and disappears as soon as it is not.
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries = await listSitemapEntries()
  return entries.map((entry) => ({ url: absoluteUrl(entry.path), lastModified: entry.lastModified }))
}

import type { MetadataRoute } from 'next'
import { connection } from 'next/server'
import { listSitemapEntries } from '@/lib/data/sitemap'
import { absoluteUrl } from '@/lib/site-url'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Built per request, so URLs follow the SITE_URL of the running deployment.
  // The entries come from a cached read that every published change expires,
  // so a page appears as soon as it is published and disappears as soon as it
  // is not.
  await connection()
  const entries = await listSitemapEntries()
  return entries.map((entry) => ({ url: absoluteUrl(entry.path), lastModified: entry.lastModified }))
}

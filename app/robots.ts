import type { MetadataRoute } from 'next'
import { connection } from 'next/server'
import { absoluteUrl } from '@/lib/site-url'

export default async function robots(): Promise<MetadataRoute.Robots> {
  // Built per request so the sitemap address follows SITE_URL of the running
  // deployment rather than the one the build happened to see.
  await connection()
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/auth'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}

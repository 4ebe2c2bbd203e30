import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/lib/site-url'

// Read per request so the sitemap address follows SITE_URL of the running
// deployment rather than the one the build happened to see.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/auth'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}

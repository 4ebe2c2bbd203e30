import type { Metadata } from 'next'
import { siteConfig } from '@/content/site'
import { getSiteUrl } from '@/lib/site-url'

// Canonical, OpenGraph and image URLs are written as paths and resolved
// against metadataBase, the public URL from SITE_URL. Pages that set their own
// openGraph (lib/seo.ts pageMetadata) replace these defaults as a whole; the
// share image comes from app/opengraph-image.tsx.
export const metadata: Metadata = {
  metadataBase: new URL(`${getSiteUrl()}/`),
  title: {
    template: `%s · ${siteConfig.name}`,
    default: siteConfig.name,
  },
  description: siteConfig.description,
  applicationName: siteConfig.name,
  openGraph: {
    type: 'website',
    siteName: siteConfig.name,
    title: siteConfig.name,
    description: siteConfig.description,
    locale: 'en_GB',
  },
  twitter: { card: 'summary_large_image' },
}

/**
 * Metadata shared by every page. The `<html>` element is rendered one level
 * down (components/site/html-document.tsx), where the page's language is known.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children
}

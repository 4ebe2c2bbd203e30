import type { Metadata } from 'next'
import { HtmlDocument } from '@/components/site/html-document'
import { NotFoundContent } from '@/components/site/not-found-content'
import { SiteFooter } from '@/components/site/site-footer'
import { SiteHeader } from '@/components/site/site-header'
import { SkipLink } from '@/components/site/skip-link'
import { siteConfig } from '@/content/site'

export const metadata: Metadata = {
  title: `Page not found · ${siteConfig.name}`,
}

// Every address no route answers ends here, in any language, outside any
// layout, so it brings the document, header and footer itself. It is
// prerendered, so the answer is a complete page with status 404. A page that
// finds its item missing answers with app/(public)/[locale]/not-found.tsx.
//
// A global not-found page rather than app/not-found.tsx: the root segment's
// not-found boundary is part of every page's React payload, and this page's
// header and footer would be sent, unseen, with every page of the site.
export default function GlobalNotFound() {
  return (
    <HtmlDocument lang="en">
      <div className="flex min-h-dvh flex-col">
        <SkipLink />
        <SiteHeader locale="en" />
        <main id="main" tabIndex={-1} className="flex-1 px-4 focus:outline-none sm:px-6 lg:px-8">
          <NotFoundContent locale="en" />
        </main>
        <SiteFooter locale="en" />
      </div>
    </HtmlDocument>
  )
}

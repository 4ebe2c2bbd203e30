import type { Metadata } from 'next'
import Link from 'next/link'
import { SiteFooter } from '@/components/site/site-footer'
import { SiteHeader } from '@/components/site/site-header'
import { SkipLink } from '@/components/site/skip-link'
import { ButtonLink } from '@/components/ui/button'

export const metadata: Metadata = {
  title: 'Page not found',
}

const suggestions = [
  { title: 'Latest news', href: '/news' },
  { title: 'Cooperation projects', href: '/projects' },
  { title: 'Partner organizations', href: '/organizations' },
  { title: 'Upcoming conferences', href: '/conferences' },
]

// The root not-found page renders outside the (public) layout, so it brings
// the site header and footer with it.
export default function NotFound() {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <SiteHeader />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <div className="mx-auto w-full max-w-3xl px-4 py-16 sm:px-6 sm:py-24 lg:px-8">
          <p className="text-sm font-semibold tracking-wide text-primary-700 uppercase">Error 404</p>
          <h1 className="mt-2 text-3xl font-bold tracking-tight text-primary-950 sm:text-4xl">Page not found</h1>
          <div className="mt-5 space-y-3 text-lg leading-relaxed text-ink-muted">
            <p>If you typed the web address, check it is correct.</p>
            <p>If you followed a link, the page may have been moved or removed.</p>
          </div>
          <div className="mt-8">
            <ButtonLink href="/">Go to the home page</ButtonLink>
          </div>
          <h2 className="mt-12 text-lg font-semibold text-ink">You may be looking for</h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {suggestions.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="text-primary-700 underline decoration-primary-300 underline-offset-2 hover:text-primary-900 hover:decoration-current"
                >
                  {item.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </main>
      <SiteFooter />
    </div>
  )
}

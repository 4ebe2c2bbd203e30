'use client'

import { usePathname } from 'next/navigation'
import { useSyncExternalStore } from 'react'
import { LANGUAGE_TAGS, LOCALE_NAMES, LOCALES, type Locale, localePath, splitLocale } from '@/lib/i18n/locales'

// The query string is read from the address bar once the page runs in the
// browser: prerendered pages are the same for every query, so the server's
// links carry none, and the filters and page number join them on the client.
const noSubscription = () => () => {}
const browserQuery = () => window.location.search
const serverQuery = () => ''

/**
 * Links to the current page in every language. The path comes from the
 * router, so the page's internal address while it is prerendered
 * (`/en/projects`, a list's `_query` route) and the browser's address give the
 * same links; a list's filters and page are kept too. Plain anchors:
 * switching language loads the page anew, with its own `lang` and alternates
 * in the head.
 */
export function LanguageSwitcher({ locale, label }: { locale: Locale; label: string }) {
  const { path } = splitLocale(usePathname() ?? '/')
  const query = useSyncExternalStore(noSubscription, browserQuery, serverQuery)
  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-3">
        {LOCALES.map((l) => (
          <li key={l}>
            <a
              href={localePath(l, `${path}${query}`)}
              lang={LANGUAGE_TAGS[l]}
              hrefLang={LANGUAGE_TAGS[l]}
              aria-current={l === locale ? 'true' : undefined}
              className="font-medium text-primary-50 underline-offset-2 hover:underline aria-[current]:underline aria-[current]:decoration-2 aria-[current]:decoration-accent-400"
            >
              {LOCALE_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

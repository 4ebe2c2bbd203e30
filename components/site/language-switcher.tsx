'use client'

import { usePathname } from 'next/navigation'
import { LANGUAGE_TAGS, LOCALE_NAMES, LOCALES, type Locale, localePath, splitLocale } from '@/lib/i18n/locales'

/**
 * Links to the current page in every language. The path comes from the
 * router, so the page's internal address while it is prerendered
 * (`/en/projects`, a list's `_query` route) and the browser's address give the
 * same links. Plain anchors: switching language loads the page anew, with its
 * own `lang` and alternates in the head.
 */
export function LanguageSwitcher({ locale, label }: { locale: Locale; label: string }) {
  const { path } = splitLocale(usePathname() ?? '/')
  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-3">
        {LOCALES.map((l) => (
          <li key={l}>
            <a
              href={localePath(l, path)}
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

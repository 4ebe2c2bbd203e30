import Link from 'next/link'
import { DEFAULT_LOCALE, type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { cn } from '@/lib/utils'

export type BreadcrumbItem = {
  label: string
  /** Omit on the last item: it is the current page and is not a link. Public links go through localePath. */
  href?: string
}

/** The first item of every public trail: the home page in the page's language. */
export function homeCrumb(locale: Locale): BreadcrumbItem {
  return { label: getTranslator(locale, 'common')('home'), href: localePath(locale, '/') }
}

export type BreadcrumbsProps = {
  items: BreadcrumbItem[]
  /** The language of the navigation's label. */
  locale?: Locale
  className?: string
}

/** The trail from the home page to the current page. The last item is marked as the current page. */
export function Breadcrumbs({ items, locale = DEFAULT_LOCALE, className }: BreadcrumbsProps) {
  if (items.length === 0) return null
  return (
    <nav aria-label={getTranslator(locale, 'common')('breadcrumb')} className={className}>
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm text-ink-muted">
        {items.map((item, index) => {
          const last = index === items.length - 1
          return (
            <li key={`${index}-${item.label}`} className="flex items-center gap-1.5">
              {index > 0 ? (
                <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4 shrink-0 text-stone-400">
                  <path
                    fillRule="evenodd"
                    d="M8.22 5.22a.75.75 0 0 1 1.06 0l4.25 4.25a.75.75 0 0 1 0 1.06l-4.25 4.25a.75.75 0 0 1-1.06-1.06L11.94 10 8.22 6.28a.75.75 0 0 1 0-1.06Z"
                    clipRule="evenodd"
                  />
                </svg>
              ) : null}
              {item.href && !last ? (
                <Link
                  href={item.href}
                  className="text-primary-700 underline decoration-primary-300 underline-offset-2 hover:text-primary-900 hover:decoration-current"
                >
                  {item.label}
                </Link>
              ) : (
                <span aria-current={last ? 'page' : undefined} className={cn(last && 'text-ink')}>
                  {item.label}
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

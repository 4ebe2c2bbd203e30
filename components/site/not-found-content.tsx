import Link from 'next/link'
import { buttonClasses } from '@/components/ui/button-classes'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { site } from '@/lib/i18n/messages/site'

const SUGGESTIONS = [
  { key: 'latestNews', href: '/news' },
  { key: 'projects', href: '/projects' },
  { key: 'partners', href: '/organizations' },
  { key: 'conferences', href: '/conferences' },
] as const

/**
 * The body of a "page not found" answer, in `locale`. Not-found pages are
 * not given the route's parameters, so the caller finds the locale (from the
 * URL) and the texts are read from the message table directly.
 */
export function NotFoundContent({ locale }: { locale: Locale }) {
  const text = site[locale].notFound
  return (
    <div className="mx-auto w-full max-w-3xl py-6 sm:py-12">
      <p className="text-sm font-semibold tracking-wide text-primary-700 uppercase">{text.eyebrow}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-primary-950 sm:text-4xl">{text.title}</h1>
      <div className="mt-5 space-y-3 text-lg leading-relaxed text-ink-muted">
        <p>{text.typed}</p>
        <p>{text.followed}</p>
      </div>
      <div className="mt-8">
        {/* The button classes without ButtonLink: the language's not-found boundary is a client component on every page. */}
        <Link href={localePath(locale, '/')} className={buttonClasses()}>
          {text.home}
        </Link>
      </div>
      <h2 className="mt-12 text-lg font-semibold text-ink">{text.suggestions}</h2>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {SUGGESTIONS.map((item) => (
          <li key={item.href}>
            <Link
              href={localePath(locale, item.href)}
              className="text-primary-700 underline decoration-primary-300 underline-offset-2 hover:text-primary-900 hover:decoration-current"
            >
              {text[item.key]}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}

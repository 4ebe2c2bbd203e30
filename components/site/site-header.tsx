import Link from 'next/link'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { LanguageSwitcher } from './language-switcher'
import { NavLink } from './nav-link'
import { SiteSearch } from './site-search'

/** The brand mark: strata folded under a survey arc. Decorative; the wordmark next to it carries the name. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className={className}>
      <rect width="32" height="32" rx="7" fill="var(--color-primary-700)" />
      <path d="M5 21c4-3 7-3 11 0s7 3 11 0" fill="none" stroke="var(--color-primary-100)" strokeWidth="2.2" strokeLinecap="round" />
      <path d="M5 26c4-3 7-3 11 0s7 3 11 0" fill="none" stroke="var(--color-primary-300)" strokeWidth="2.2" strokeLinecap="round" />
      <path d="M8 14a8 8 0 0 1 16 0" fill="none" stroke="var(--color-accent-400)" strokeWidth="2.2" strokeLinecap="round" />
      <circle cx="16" cy="14" r="2" fill="var(--color-accent-400)" />
    </svg>
  )
}

const desktopLinkClass =
  'relative inline-flex h-10 items-center rounded-md px-3 text-[0.9375rem] font-medium text-ink no-underline transition-colors hover:bg-primary-50 hover:text-primary-900 data-active:text-primary-800 data-active:after:absolute data-active:after:inset-x-3 data-active:after:-bottom-[13px] data-active:after:h-[3px] data-active:after:rounded-full data-active:after:bg-primary-700'

const mobileLinkClass =
  'flex items-center justify-between rounded-md border-l-4 border-transparent px-3 py-3 text-base font-medium text-ink no-underline hover:bg-primary-50 data-active:border-primary-700 data-active:bg-primary-50 data-active:text-primary-900'

const MAIN_NAV = [
  { key: 'news', href: '/news' },
  { key: 'projects', href: '/projects' },
  { key: 'partners', href: '/organizations' },
  { key: 'mous', href: '/mous' },
  { key: 'conferences', href: '/conferences' },
  { key: 'trainings', href: '/trainings' },
  { key: 'countries', href: '/countries' },
] as const

/**
 * The public site header: a utility bar with the language switcher and the
 * staff sign-in link, the wordmark, and the main navigation. On small screens
 * the navigation folds into a `<details>` disclosure, which opens and closes
 * without JavaScript.
 */
export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, 'site')
  const nav = MAIN_NAV.map((item) => ({ title: t(`nav.${item.key}`), href: localePath(locale, item.href) }))
  return (
    <header className="relative border-b border-line bg-surface">
      <div className="bg-primary-950 text-primary-100 [--focus-ring:var(--color-primary-200)]">
        <div className="mx-auto flex h-9 max-w-6xl items-center justify-between gap-4 px-4 text-xs sm:px-6 lg:px-8">
          <p className="truncate">
            <span className="hidden sm:inline">{t('officeName')} · </span>
            {t('surveyName')}
          </p>
          <div className="flex shrink-0 items-center gap-4">
            <LanguageSwitcher locale={locale} label={t('language.label')} />
            <Link
              href={localePath(locale, '/search')}
              className="font-medium text-primary-50 underline-offset-2 hover:underline xl:hidden"
            >
              {t('search')}
            </Link>
            <Link href="/login" className="font-medium text-primary-50 underline-offset-2 hover:underline">
              {t('staffSignIn')}
            </Link>
          </div>
        </div>
      </div>

      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-6 px-4 sm:px-6 lg:px-8">
        <Link href={localePath(locale, '/')} className="flex shrink-0 items-center gap-2.5 rounded-md no-underline">
          <LogoMark className="size-8" />
          <span className="text-xl font-bold tracking-tight text-primary-950">{t('name')}</span>
        </Link>

        <nav aria-label={t('mainNav')} className="hidden lg:block">
          <ul className="flex items-center gap-0.5">
            {nav.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} className={desktopLinkClass}>
                  {item.title}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>

        <SiteSearch locale={locale} className="hidden w-60 shrink-0 xl:block" />

        <details className="group lg:hidden">
          <summary className="flex h-10 list-none items-center gap-2 rounded-md border border-line-strong px-3 text-sm font-medium text-primary-900 hover:bg-primary-50 [&::-webkit-details-marker]:hidden">
            <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5 group-open:hidden">
              <path
                fillRule="evenodd"
                d="M2 4.75A.75.75 0 0 1 2.75 4h14.5a.75.75 0 0 1 0 1.5H2.75A.75.75 0 0 1 2 4.75ZM2 10a.75.75 0 0 1 .75-.75h14.5a.75.75 0 0 1 0 1.5H2.75A.75.75 0 0 1 2 10Zm0 5.25a.75.75 0 0 1 .75-.75h14.5a.75.75 0 0 1 0 1.5H2.75a.75.75 0 0 1-.75-.75Z"
                clipRule="evenodd"
              />
            </svg>
            <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="hidden size-5 group-open:block">
              <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
            </svg>
            {t('menu')}
          </summary>
          <nav
            aria-label={t('mainNav')}
            className="absolute inset-x-0 top-full z-40 border-b border-line bg-surface shadow-lg"
          >
            <SiteSearch locale={locale} label={t('searchMenuLabel')} className="mx-auto max-w-6xl px-4 pt-4 sm:px-6" />
            <ul className="mx-auto max-w-6xl space-y-1 px-4 py-4 sm:px-6">
              {nav.map((item) => (
                <li key={item.href}>
                  <NavLink href={item.href} className={mobileLinkClass}>
                    {item.title}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </details>
      </div>
    </header>
  )
}

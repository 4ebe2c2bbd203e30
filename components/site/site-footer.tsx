import { cacheLife } from 'next/cache'
import Link from 'next/link'
import { siteConfig } from '@/content/site'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { LogoMark } from './site-header'

const FOOTER_NAV = [
  {
    key: 'cooperation',
    items: [
      { key: 'partners', href: '/organizations' },
      { key: 'projects', href: '/projects' },
      { key: 'mous', href: '/mous' },
      { key: 'countries', href: '/countries' },
      { key: 'openData', href: '/data' },
    ],
  },
  {
    key: 'events',
    items: [
      { key: 'conferences', href: '/conferences' },
      { key: 'trainings', href: '/trainings' },
      { key: 'news', href: '/news' },
    ],
  },
  {
    key: 'aboutSite',
    items: [
      { key: 'about', href: '/about' },
      { key: 'staffSignIn', href: '/login' },
    ],
  },
] as const

/**
 * The public site footer: office contact block, grouped footer links and the
 * copyright line. It is cached because reading the clock while a page is
 * prerendered needs a cache scope; refreshed daily, the year is precise
 * enough for a copyright line.
 */
export async function SiteFooter({ locale }: { locale: Locale }) {
  'use cache'
  cacheLife('days')
  const t = getTranslator(locale, 'site')
  const { office } = siteConfig
  const year = new Date().getFullYear()
  // The staff sign-in page is English only, so it keeps its one address.
  const href = (path: string) => (path === '/login' ? path : localePath(locale, path))

  return (
    <footer className="mt-auto bg-primary-950 text-primary-100 [--focus-ring:var(--color-primary-200)]">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 md:grid-cols-[1.2fr_2fr] lg:px-8">
        <div>
          <Link href={localePath(locale, '/')} className="inline-flex items-center gap-2.5 rounded-md no-underline">
            <LogoMark className="size-8" />
            <span className="text-lg font-bold tracking-tight text-white">{t('name')}</span>
          </Link>
          <address className="mt-5 space-y-1 text-sm leading-relaxed not-italic">
            <p className="font-semibold text-white">{t('officeName')}</p>
            <p>{t('surveyName')}</p>
            <p className="pt-2">
              <a
                href={`mailto:${office.email}`}
                className="text-primary-50 underline decoration-primary-300 underline-offset-2 hover:decoration-current"
              >
                {office.email}
              </a>
            </p>
          </address>
        </div>

        <nav aria-label={t('footer.label')} className="grid gap-8 sm:grid-cols-3">
          {FOOTER_NAV.map((group) => (
            <div key={group.key}>
              <h2 className="text-sm font-semibold tracking-wide text-white">{t(`footer.${group.key}`)}</h2>
              <ul className="mt-3 space-y-2 text-sm">
                {group.items.map((item) => (
                  <li key={item.href}>
                    <Link href={href(item.href)} className="text-primary-100 no-underline hover:text-white hover:underline">
                      {t(`footer.${item.key}`)}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
      </div>

      <div className="border-t border-primary-800">
        <p className="mx-auto max-w-6xl px-4 py-5 text-xs text-primary-200 sm:px-6 lg:px-8">
          {t('footer.copyright', { year: String(year), office: t('officeName'), survey: t('surveyName') })}
        </p>
      </div>
    </footer>
  )
}

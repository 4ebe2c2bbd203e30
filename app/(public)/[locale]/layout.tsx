import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { HtmlDocument } from '@/components/site/html-document'
import { SiteFooter } from '@/components/site/site-footer'
import { SiteHeader } from '@/components/site/site-header'
import { SkipLink } from '@/components/site/skip-link'
import { isLocale, LANGUAGE_TAGS, LOCALES, OG_LOCALES } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'

// Every language's pages are prerendered; English ones are served at the
// plain paths (see lib/i18n/locales.ts).
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }))
}

export async function generateMetadata(props: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await props.params
  if (!isLocale(locale)) return {}
  const t = getTranslator(locale, 'site')
  return {
    title: { template: `%s · ${t('name')}`, absolute: t('name') },
    description: t('description'),
    openGraph: { type: 'website', siteName: t('name'), title: t('name'), description: t('description'), locale: OG_LOCALES[locale] },
  }
}

export default async function PublicLayout(props: LayoutProps<'/[locale]'>) {
  const { locale } = await props.params
  if (!isLocale(locale)) notFound()
  const t = getTranslator(locale, 'site')
  return (
    <HtmlDocument lang={LANGUAGE_TAGS[locale]}>
      <div className="flex min-h-dvh flex-col">
        <SkipLink>{t('skipLink')}</SkipLink>
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          <div className="mx-auto w-full max-w-6xl px-4 py-10 sm:px-6 sm:py-12 lg:px-8">{props.children}</div>
        </main>
        <SiteFooter locale={locale} />
      </div>
    </HtmlDocument>
  )
}

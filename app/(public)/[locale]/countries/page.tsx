import type { Metadata } from 'next'
import { CountryTable } from '@/components/content/country-table'
import { PartnerMap } from '@/components/content/partner-map'
import { PageHeader } from '@/components/site/page-header'
import { EmptyState } from '@/components/ui/empty-state'
import { homeCrumb } from '@/components/site/breadcrumbs'
import { listCountrySummaries } from '@/lib/data/countries'
import { localeParam } from '@/lib/i18n/params'
import { getTranslator } from '@/lib/i18n/translator'
import { pageMetadata } from '@/lib/seo'

export async function generateMetadata(props: PageProps<'/[locale]/countries'>): Promise<Metadata> {
  const locale = await localeParam(props.params)
  const t = getTranslator(locale, 'countries')
  return pageMetadata({
    locale,
    title: t('list.title'),
    description: t('list.description'),
    path: '/countries',
  })
}

// Prerendered from the cached country summaries (lib/data/countries.ts),
// which every published change expires.
export default async function CountriesPage(props: PageProps<'/[locale]/countries'>) {
  const locale = await localeParam(props.params)
  const t = getTranslator(locale, 'countries')
  const summaries = await listCountrySummaries()
  const counts = Object.fromEntries(summaries.map((country) => [country.code, country.total]))

  return (
    <>
      <PageHeader
        title={t('list.title')}
        lead={t('list.lead')}
        breadcrumbs={[
          homeCrumb(locale),
          { label: t('list.title') },
        ]}
        locale={locale}
      />
      {summaries.length === 0 ? (
        <EmptyState title={t('list.emptyTitle')}>{t('list.emptyBody')}</EmptyState>
      ) : (
        <div className="space-y-12">
          <section aria-labelledby="partner-map-heading">
            <h2 id="partner-map-heading" className="mb-4 text-2xl font-bold text-ink">
              {t('list.mapHeading')}
            </h2>
            <PartnerMap counts={counts} locale={locale} title={t('list.mapTitle')} />
          </section>
          <section aria-labelledby="country-list-heading">
            <h2 id="country-list-heading" className="mb-2 text-2xl font-bold text-ink">
              {t('list.allHeading')}
            </h2>
            <p className="mb-4 max-w-3xl text-ink-muted">{t('list.summary', { count: summaries.length })}</p>
            <CountryTable summaries={summaries} locale={locale} />
          </section>
        </div>
      )}
    </>
  )
}

import type { Metadata } from 'next'
import { CountryTable } from '@/components/content/country-table'
import { PartnerMap } from '@/components/content/partner-map'
import { PageHeader } from '@/components/site/page-header'
import { EmptyState } from '@/components/ui/empty-state'
import { listCountrySummaries } from '@/lib/data/countries'
import { localeParam } from '@/lib/i18n/params'
import { pageMetadata } from '@/lib/seo'

export async function generateMetadata(props: PageProps<'/[locale]/countries'>): Promise<Metadata> {
  return pageMetadata({
    locale: await localeParam(props.params),
    title: 'Countries',
    description:
      'The countries we cooperate with: partner organizations, MOUs, projects, trainings and conferences, on a map and country by country.',
    path: '/countries',
  })
}

// Prerendered from the cached country summaries (lib/data/countries.ts),
// which every published change expires.
export default async function CountriesPage() {
  const summaries = await listCountrySummaries()
  const counts = Object.fromEntries(summaries.map((country) => [country.code, country.total]))

  return (
    <>
      <PageHeader
        title="Countries"
        lead="Where our partners are based, who we have signed MOUs with, and where our projects, trainings and conferences take place."
        breadcrumbs={[{ label: 'Home', href: '/' }, { label: 'Countries' }]}
      />
      {summaries.length === 0 ? (
        <EmptyState title="No cooperation links yet">
          Countries appear here once partners, MOUs, projects, trainings or conferences linked to them are published.
        </EmptyState>
      ) : (
        <div className="space-y-12">
          <section aria-labelledby="partner-map-heading">
            <h2 id="partner-map-heading" className="mb-4 text-2xl font-bold text-ink">
              Partner map
            </h2>
            <PartnerMap counts={counts} title="Countries we cooperate with" />
          </section>
          <section aria-labelledby="country-list-heading">
            <h2 id="country-list-heading" className="mb-2 text-2xl font-bold text-ink">
              All countries
            </h2>
            <p className="mb-4 max-w-3xl text-ink-muted">
              {summaries.length} {summaries.length === 1 ? 'country' : 'countries'}. A project, training or MOU counts
              once for every country it involves.
            </p>
            <CountryTable summaries={summaries} />
          </section>
        </div>
      )}
    </>
  )
}

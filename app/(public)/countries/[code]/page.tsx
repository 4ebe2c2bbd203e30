import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CountryCooperation } from '@/components/content/country-cooperation'
import { Facts } from '@/components/content/facts'
import { PageHeader } from '@/components/site/page-header'
import { COOPERATION_TYPES, countryCodeFromParam, countryPath } from '@/lib/countries'
import { getCountryOverview } from '@/lib/data/countries'
import { cooperationTypeLabels } from '@/lib/labels/countries'
import { pageMetadata } from '@/lib/seo'

export const dynamic = 'force-dynamic'

/** The country for `/countries/[code]`, or null for an uppercase or unknown code or a country without links. */
async function loadCountry(params: Promise<{ code: string }>) {
  const code = countryCodeFromParam((await params).code)
  return code ? getCountryOverview(code) : null
}

export async function generateMetadata(props: PageProps<'/countries/[code]'>): Promise<Metadata> {
  const country = await loadCountry(props.params)
  if (!country) return { title: 'Country not found' }
  return pageMetadata({
    title: country.name,
    description: `Cooperation with ${country.name}: partner organizations, MOUs, projects, trainings and conferences.`,
    path: countryPath(country.code),
  })
}

export default async function CountryPage(props: PageProps<'/countries/[code]'>) {
  const country = await loadCountry(props.params)
  if (!country) notFound()

  return (
    <>
      <PageHeader
        title={country.name}
        lead={`${country.total} cooperation ${country.total === 1 ? 'link' : 'links'} with ${country.name}.`}
        breadcrumbs={[{ label: 'Home', href: '/' }, { label: 'Countries', href: '/countries' }, { label: country.name }]}
      />
      <Facts
        className="mb-10 lg:grid-cols-5"
        facts={COOPERATION_TYPES.map((type) => ({ label: cooperationTypeLabels[type], value: country.counts[type] }))}
      />
      <CountryCooperation country={country} />
    </>
  )
}

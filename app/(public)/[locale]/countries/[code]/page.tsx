import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CountryCooperation } from '@/components/content/country-cooperation'
import { Facts } from '@/components/content/facts'
import { PageHeader } from '@/components/site/page-header'
import { COOPERATION_TYPES, countryCodeFromParam, countryPath } from '@/lib/countries'
import { getCountryOverview, listCountrySummaries } from '@/lib/data/countries'
import { cooperationTypeLabels } from '@/lib/labels/countries'
import { localeParam } from '@/lib/i18n/params'
import { pageMetadata } from '@/lib/seo'

// Every country with cooperation links is prerendered at build time and any
// other code on its first request; the cached page is refreshed when the
// editorial core expires its tag (lib/cache-tags.ts). The code is read
// outside any Suspense boundary so that an unknown one still answers 404.
// With nothing published yet, Japan stands in, as Next.js needs one path to
// prerender the route (its page is a 404 until something links it).
export async function generateStaticParams() {
  const codes = (await listCountrySummaries()).map((country) => country.code.toLowerCase())
  return (codes.length > 0 ? codes : ['jp']).map((code) => ({ code }))
}

/** The country for `/countries/[code]`, or null for an uppercase or unknown code or a country without links. */
async function loadCountry(params: Promise<{ code: string }>) {
  const code = countryCodeFromParam((await params).code)
  return code ? getCountryOverview(code) : null
}

export async function generateMetadata(props: PageProps<'/[locale]/countries/[code]'>): Promise<Metadata> {
  const locale = await localeParam(props.params)
  const country = await loadCountry(props.params)
  if (!country) return { title: 'Country not found' }
  return pageMetadata({
    locale,
    title: country.name,
    description: `Cooperation with ${country.name}: partner organizations, MOUs, projects, trainings and conferences.`,
    path: countryPath(country.code),
  })
}

export default async function CountryPage(props: PageProps<'/[locale]/countries/[code]'>) {
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

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CountryCooperation } from '@/components/content/country-cooperation'
import { Facts } from '@/components/content/facts'
import { PageHeader } from '@/components/site/page-header'
import { homeCrumb } from '@/components/site/breadcrumbs'
import { COOPERATION_TYPES, countryCodeFromParam, countryPath } from '@/lib/countries'
import { getCountryOverview, listCountrySummaries } from '@/lib/data/countries'
import { cooperationTypeLabel } from '@/lib/i18n/labels'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { localeParam } from '@/lib/i18n/params'
import { getFormatter, getTranslator } from '@/lib/i18n/translator'
import { pageMetadata } from '@/lib/seo'
import { countryName } from '@/lib/utils'

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
async function loadCountry(params: Promise<{ code: string }>, locale: Locale) {
  const code = countryCodeFromParam((await params).code)
  return code ? getCountryOverview(code, locale) : null
}

export async function generateMetadata(props: PageProps<'/[locale]/countries/[code]'>): Promise<Metadata> {
  const locale = await localeParam(props.params)
  const country = await loadCountry(props.params, locale)
  const t = getTranslator(locale, 'countries')
  if (!country) return { title: t('country.notFound') }
  const name = countryName(country.code, LANGUAGE_TAGS[locale])
  return pageMetadata({
    locale,
    title: name,
    description: t('country.description', { name }),
    path: countryPath(country.code),
  })
}

export default async function CountryPage(props: PageProps<'/[locale]/countries/[code]'>) {
  const locale = await localeParam(props.params)
  const country = await loadCountry(props.params, locale)
  if (!country) notFound()
  const t = getTranslator(locale, 'countries')
  const format = getFormatter(locale)
  const name = countryName(country.code, LANGUAGE_TAGS[locale])

  return (
    <>
      <PageHeader
        title={name}
        lead={t('country.lead', { count: country.total, name })}
        breadcrumbs={[
          homeCrumb(locale),
          { label: getTranslator(locale, 'site')('nav.countries'), href: localePath(locale, '/countries') },
          { label: name },
        ]}
        locale={locale}
      />
      <Facts
        className="mb-10 lg:grid-cols-5"
        facts={COOPERATION_TYPES.map((type) => ({
          label: cooperationTypeLabel(locale, type),
          value: format.number(country.counts[type]),
        }))}
      />
      <CountryCooperation country={country} locale={locale} />
    </>
  )
}

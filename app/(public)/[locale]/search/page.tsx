import type { Metadata } from 'next'
import type { z } from 'zod'
import Link from 'next/link'
import { SearchResults } from '@/components/content/search-results'
import { SearchTypeSelect } from '@/components/content/search-type-select'
import { PageHeader } from '@/components/site/page-header'
import { SiteSearch } from '@/components/site/site-search'
import { ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { Pagination, paginationHref } from '@/components/ui/pagination'
import { homeCrumb } from '@/components/site/breadcrumbs'
import { PAGE_SIZE } from '@/lib/data/published'
import { countSearchResultsByType, listSearchResults } from '@/lib/data/search'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { localeParam } from '@/lib/i18n/params'
import { searchTypeLabel } from '@/lib/i18n/labels'
import { getTranslator } from '@/lib/i18n/translator'
import { languageAlternates } from '@/lib/seo'
import { SearchQuerySchema } from '@/lib/validation/search'

export async function generateMetadata(props: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const locale = await localeParam(props.params)
  const { q } = SearchQuerySchema.parse(await props.searchParams)
  const t = getTranslator(locale, 'search')
  return {
    title: q ? t('resultsTitle', { q }) : t('title'),
    description: t('description'),
    alternates: { canonical: localePath(locale, '/search'), languages: languageAlternates('/search') },
    // Result pages are endless variations of the content pages themselves.
    robots: q ? { index: false, follow: true } : undefined,
  }
}

// Every search is its own page: rendered per request from the cached reads
// of lib/data and answered only once complete (no streamed shell), so it
// works without JavaScript.
export const instant = false

export default async function SearchPage(props: PageProps<'/[locale]/search'>) {
  const locale = await localeParam(props.params)
  const query = SearchQuerySchema.parse(await props.searchParams)
  const t = getTranslator(locale, 'search')
  return (
    <>
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        locale={locale}
        breadcrumbs={[
          homeCrumb(locale),
          { label: t('title') },
        ]}
      />
      <SearchBody locale={locale} query={query} />
    </>
  )
}

async function SearchBody({
  locale,
  query: { q, type, page },
}: {
  locale: Locale
  query: z.output<typeof SearchQuerySchema>
}) {
  const [{ items, total, totalPages }, counts] = await Promise.all([
    listSearchResults({ q, type, page }, undefined, locale),
    countSearchResultsByType(q),
  ])
  const t = getTranslator(locale, 'search')
  const query = { q, type }
  const basePath = localePath(locale, '/search')
  const firstPage = paginationHref(basePath, 1, query)
  const allTypes = paginationHref(basePath, 1, { q })
  const typeLabel = type ? searchTypeLabel(locale, type) : null

  return (
    <>
      <SiteSearch
        locale={locale}
        // Keyed by the URL's query so the fields show what the results are for,
        // after a client-side navigation or the back button too.
        key={`${q}|${type ?? ''}`}
        label={t('formLabel')}
        variant="full"
        defaultValue={q}
        className="mb-8 rounded-lg border border-line bg-surface p-4"
      >
        <SearchTypeSelect counts={q ? counts : undefined} value={type} locale={locale} />
      </SiteSearch>

      {q === '' ? (
        <EmptyState title={t('prompt.title')}>{t('prompt.body')}</EmptyState>
      ) : items.length === 0 ? (
        total === 0 ? (
          <EmptyState
            title={typeLabel ? t('noResultsIn', { q, type: typeLabel }) : t('noResults', { q })}
            action={
              type ? (
                <ButtonLink href={allTypes} variant="secondary">
                  {t('clearFilters')}
                </ButtonLink>
              ) : undefined
            }
          >
            {type ? t('noResultsInBody') : t('noResultsBody')}
          </EmptyState>
        ) : (
          <EmptyState
            title={t('beyondEnd.title')}
            action={
              <ButtonLink href={firstPage} variant="secondary">
                {t('beyondEnd.action')}
              </ButtonLink>
            }
          >
            {t('beyondEnd.body')}
          </EmptyState>
        )
      ) : (
        <>
          <p className="mb-4 text-ink-muted">
            <ResultSummary
              locale={locale}
              q={q}
              total={total}
              typeLabel={typeLabel}
              page={page}
              totalPages={totalPages}
            />
            {type ? (
              <>
                {t('separator')}
                <Link href={allTypes} className="font-medium text-primary-800 underline underline-offset-4">
                  {t('searchAllTypes')}
                </Link>
              </>
            ) : null}
          </p>
          <SearchResults results={items} locale={locale} start={(page - 1) * PAGE_SIZE + 1} />
          <Pagination
            page={page}
            totalPages={totalPages}
            basePath={basePath}
            locale={locale}
            searchParams={query}
            className="mt-10"
          />
        </>
      )}
    </>
  )
}

// Where the query goes in the summary line: the message is rendered with
// this marker and split around it, so the query can be set in bold wherever
// the language puts it.
const QUERY_MARK = '\u0000'

/** "3 results for “basalt” in Projects, page 2 of 4", with the quoted query in bold. */
function ResultSummary({
  locale,
  q,
  total,
  typeLabel,
  page,
  totalPages,
}: {
  locale: Locale
  q: string
  total: number
  typeLabel: string | null
  page: number
  totalPages: number
}) {
  const t = getTranslator(locale, 'search')
  let text = typeLabel
    ? t('summaryIn', { count: total, query: QUERY_MARK, type: typeLabel })
    : t('summary', { count: total, query: QUERY_MARK })
  if (totalPages > 1) text = t('paged', { text, page, total: totalPages })
  const [before = '', after = ''] = text.split(QUERY_MARK)
  return (
    <>
      {before}
      <strong className="text-ink">{t('quoted', { q })}</strong>
      {after}
    </>
  )
}

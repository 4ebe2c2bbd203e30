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
import { PAGE_SIZE } from '@/lib/data/published'
import { countSearchResultsByType, listSearchResults } from '@/lib/data/search'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { localeParam } from '@/lib/i18n/params'
import { searchTypeLabels } from '@/lib/labels/search'
import { languageAlternates } from '@/lib/seo'
import { SearchQuerySchema } from '@/lib/validation/search'

export async function generateMetadata(props: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const locale = await localeParam(props.params)
  const { q } = SearchQuerySchema.parse(await props.searchParams)
  return {
    title: q ? `Search results for “${q}”` : 'Search',
    description: 'Search our partner organizations, projects, memoranda of understanding, conferences, trainings and news.',
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
  return (
    <>
      <PageHeader
        title="Search"
        lead="Find partner organizations, projects, memoranda of understanding, conferences, trainings and news."
        breadcrumbs={[{ label: 'Home', href: '/' }, { label: 'Search' }]}
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
    listSearchResults({ q, type, page }),
    countSearchResultsByType(q),
  ])
  const query = { q, type }
  const firstPage = paginationHref('/search', 1, query)
  const allTypes = paginationHref('/search', 1, { q })
  const scope = type ? ` in ${searchTypeLabels[type]}` : ''

  return (
    <>
      <SiteSearch
        locale={locale}
        // Keyed by the URL's query so the fields show what the results are for,
        // after a client-side navigation or the back button too.
        key={`${q}|${type ?? ''}`}
        label="Search"
        variant="full"
        defaultValue={q}
        className="mb-8 rounded-lg border border-line bg-surface p-4"
      >
        <SearchTypeSelect counts={q ? counts : undefined} value={type} />
      </SiteSearch>

      {q === '' ? (
        <EmptyState title="What are you looking for?">
          Enter a word or phrase, such as a partner, a country or a topic. Put a phrase in quotes to find it exactly,
          use “or” between alternatives and a minus sign before a word to leave it out.
        </EmptyState>
      ) : items.length === 0 ? (
        total === 0 ? (
          <EmptyState
            title={`No results for “${q}”${scope}`}
            action={
              type ? (
                <ButtonLink href={allTypes} variant="secondary">
                  Clear filters
                </ButtonLink>
              ) : undefined
            }
          >
            {type
              ? 'Search all types of content instead, or try other words.'
              : 'Check the spelling, try fewer or more general words, or browse the sections of the site.'}
          </EmptyState>
        ) : (
          <EmptyState
            title="No results on this page"
            action={
              <ButtonLink href={firstPage} variant="secondary">
                Go to the first page
              </ButtonLink>
            }
          >
            There are fewer results than this.
          </EmptyState>
        )
      ) : (
        <>
          <p className="mb-4 text-ink-muted">
            {total === 1 ? '1 result' : `${total} results`} for <strong className="text-ink">“{q}”</strong>
            {scope}
            {totalPages > 1 ? `, page ${page} of ${totalPages}` : ''}
            {type ? (
              <>
                {' · '}
                <Link href={allTypes} className="font-medium text-primary-800 underline underline-offset-4">
                  Search all types
                </Link>
              </>
            ) : null}
          </p>
          <SearchResults results={items} start={(page - 1) * PAGE_SIZE + 1} />
          <Pagination page={page} totalPages={totalPages} basePath="/search" searchParams={query} className="mt-10" />
        </>
      )}
    </>
  )
}

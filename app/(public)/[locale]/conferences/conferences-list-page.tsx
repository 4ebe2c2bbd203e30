import type { Metadata } from 'next'
import type { z } from 'zod'
import { ConferenceCard } from '@/components/content/conference-card'
import { FilterForm } from '@/components/content/filter-form'
import { PageHeader } from '@/components/site/page-header'
import { ButtonLink } from '@/components/ui/button'
import { PageBeyondEnd } from '@/components/content/page-beyond-end'
import { EmptyState } from '@/components/ui/empty-state'
import { Pagination, paginationHref } from '@/components/ui/pagination'
import { listConferenceYears, listPublishedConferences } from '@/lib/data/conferences'
import { conferenceWhenLabels } from '@/lib/labels/conference'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { pageMetadata } from '@/lib/seo'
import type { ConferenceListQuerySchema } from '@/lib/validation/conferences'
import { describeCount } from '@/lib/list-text'

export function listMetadata(locale: Locale): Metadata {
  return pageMetadata({
    locale,
  title: 'Conferences',
  description:
    'International conferences and meetings we have organized, hosted or co-sponsored, past and upcoming.',
  path: '/conferences',
  })
}

export type ConferenceListQuery = z.output<typeof ConferenceListQuerySchema>

/** The whole list page for one query: prerendered for the unfiltered first page (page.tsx), rendered per request otherwise (_query/page.tsx). */
export function ConferenceListPage({ locale, query }: { locale: Locale; query: ConferenceListQuery }) {
  return (
    <>
      <PageHeader
        title="Conferences"
        lead="International conferences and meetings we have organized, hosted or co-sponsored."
        breadcrumbs={[{ label: 'Home', href: localePath(locale, '/') }, { label: 'Conferences' }]}
      />
      <ConferenceList query={query} />
    </>
  )
}

async function ConferenceList({ query }: { query: ConferenceListQuery }) {
  const { when, year, page } = query
  // "Upcoming" and "past" are decided for today's date inside the cached read.
  const [{ items, total, totalPages }, years] = await Promise.all([
    listPublishedConferences({ when, year, page }),
    listConferenceYears(),
  ])
  // "All" is the default, so it is left out of the URL and of the form's value.
  const whenValue = when === 'all' ? undefined : when
  const filtered = Boolean(whenValue || year)
  const filters = { when: whenValue, year: year === undefined ? undefined : String(year) }

  const yearOptions = years.map((y) => ({ value: String(y), label: String(y) }))
  // A year chosen in the URL stays visible in the form even when no
  // published conference has it, so the empty result is explained.
  if (year !== undefined && !years.includes(year)) {
    yearOptions.push({ value: String(year), label: String(year) })
    yearOptions.sort((a, b) => Number(b.value) - Number(a.value))
  }

  return (
    <>
      <FilterForm
        action="/conferences"
        label="Filter conferences"
        fields={[
          {
            name: 'when',
            label: 'When',
            anyLabel: conferenceWhenLabels.all,
            options: [
              { value: 'upcoming', label: conferenceWhenLabels.upcoming },
              { value: 'past', label: conferenceWhenLabels.past },
            ],
            value: whenValue,
          },
          { name: 'year', label: 'Year', anyLabel: 'All years', options: yearOptions, value: filters.year },
        ]}
      />
      {items.length === 0 ? (
        total === 0 && filtered ? (
          <EmptyState
            title={when === 'upcoming' && !year ? 'No upcoming conferences' : 'No conferences match these filters'}
            action={
              <ButtonLink href="/conferences" variant="secondary">
                Clear filters
              </ButtonLink>
            }
          >
            {when === 'upcoming' && !year
              ? 'None are scheduled at the moment. Past conferences are in the full list.'
              : 'Try another year or time, or show all conferences.'}
          </EmptyState>
        ) : total === 0 ? (
          <EmptyState title="No conferences yet">Published conferences will appear here.</EmptyState>
        ) : (
          <PageBeyondEnd title="No conferences on this page" firstPageHref={paginationHref('/conferences', 1, filters)} />
        )
      ) : (
        <>
          <p className="mb-4 text-sm text-ink-muted">
            {describeCount({ total, noun: ['conference', 'conferences'], filtered })}
            {when === 'upcoming' ? ', soonest first' : ', newest first'}
            {totalPages > 1 ? `, page ${page} of ${totalPages}` : ''}
          </p>
          <ul className="grid gap-6 md:grid-cols-2">
            {items.map((conference) => (
              <li key={conference.id} className="flex">
                <ConferenceCard conference={conference} />
              </li>
            ))}
          </ul>
          <Pagination reloadDocument
            page={page}
            totalPages={totalPages}
            basePath="/conferences"
            searchParams={filters}
            className="mt-10"
          />
        </>
      )}
    </>
  )
}

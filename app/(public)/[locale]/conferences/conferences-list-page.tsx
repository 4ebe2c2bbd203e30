import type { Metadata } from 'next'
import type { z } from 'zod'
import { ConferenceCard } from '@/components/content/conference-card'
import { FilterForm } from '@/components/content/filter-form'
import { ButtonLink } from '@/components/ui/button'
import { PageBeyondEnd } from '@/components/content/page-beyond-end'
import { EmptyState } from '@/components/ui/empty-state'
import { Pagination, paginationHref } from '@/components/ui/pagination'
import { listConferenceYears, listPublishedConferences } from '@/lib/data/conferences'
import { conferenceWhenLabel } from '@/lib/i18n/labels'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import type { ConferenceListQuerySchema } from '@/lib/validation/conferences'
import { ListPageHeader, listPageMetadata } from '../_lib/list-frame'
import { describeList } from '../_lib/list-text'

export function listMetadata(locale: Locale): Metadata {
  return listPageMetadata(locale, 'conferences')
}

export type ConferenceListQuery = z.output<typeof ConferenceListQuerySchema>

/** The whole list page for one query: prerendered for the unfiltered first page (page.tsx), rendered per request otherwise (_query/page.tsx). */
export function ConferenceListPage({ locale, query }: { locale: Locale; query: ConferenceListQuery }) {
  return (
    <>
      <ListPageHeader locale={locale} list="conferences" />
      <ConferenceList locale={locale} query={query} />
    </>
  )
}

async function ConferenceList({ locale, query }: { locale: Locale; query: ConferenceListQuery }) {
  const t = getTranslator(locale, 'lists')
  const basePath = localePath(locale, '/conferences')
  const { when, year, page } = query
  // "Upcoming" and "past" are decided for today's date inside the cached read.
  const [{ items, total, totalPages }, years] = await Promise.all([
    // `today` is left to its default, computed inside the cached read.
    listPublishedConferences({ when, year, page }, undefined, locale),
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
        action={basePath}
        locale={locale}
        label={t('conferences.filterLabel')}
        fields={[
          {
            name: 'when',
            label: t('conferences.when'),
            anyLabel: conferenceWhenLabel(locale, 'all'),
            options: [
              { value: 'upcoming', label: conferenceWhenLabel(locale, 'upcoming') },
              { value: 'past', label: conferenceWhenLabel(locale, 'past') },
            ],
            value: whenValue,
          },
          { name: 'year', label: t('year'), anyLabel: t('allYears'), options: yearOptions, value: filters.year },
        ]}
      />
      {items.length === 0 ? (
        total === 0 && filtered ? (
          <EmptyState
            title={
              when === 'upcoming' && !year ? t('conferences.noUpcomingTitle') : t('conferences.noMatchTitle')
            }
            action={
              <ButtonLink href={basePath} variant="secondary">
                {t('clearFilters')}
              </ButtonLink>
            }
          >
            {when === 'upcoming' && !year ? t('conferences.noUpcomingBody') : t('conferences.noMatchBody')}
          </EmptyState>
        ) : total === 0 ? (
          <EmptyState title={t('conferences.emptyTitle')}>{t('conferences.emptyBody')}</EmptyState>
        ) : (
          <PageBeyondEnd
            title={t('conferences.beyondTitle')}
            firstPageHref={paginationHref(basePath, 1, filters)}
            locale={locale}
          />
        )
      ) : (
        <>
          <p className="mb-4 text-sm text-ink-muted">
            {describeList(locale, {
              list: 'conferences',
              total,
              filtered,
              order: when === 'upcoming' ? 'soonestFirst' : 'newestFirst',
              page,
              totalPages,
            })}
          </p>
          <ul className="grid gap-6 md:grid-cols-2">
            {items.map((conference) => (
              <li key={conference.id} className="flex">
                <ConferenceCard conference={conference} locale={locale} />
              </li>
            ))}
          </ul>
          <Pagination reloadDocument
            page={page}
            totalPages={totalPages}
            basePath={basePath}
            locale={locale}
            searchParams={filters}
            className="mt-10"
          />
        </>
      )}
    </>
  )
}

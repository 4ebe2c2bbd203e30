import type { Metadata } from 'next'
import type { z } from 'zod'
import { FilterForm } from '@/components/content/filter-form'
import { TrainingCard } from '@/components/content/training-card'
import { ButtonLink } from '@/components/ui/button'
import { PageBeyondEnd } from '@/components/content/page-beyond-end'
import { EmptyState } from '@/components/ui/empty-state'
import { Pagination, paginationHref } from '@/components/ui/pagination'
import { listPublishedTrainings, listTrainingFilterOptions } from '@/lib/data/trainings'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { countryName } from '@/lib/utils'
import type { TrainingListQuerySchema } from '@/lib/validation/trainings'
import { ListPageHeader, listPageMetadata } from '../_lib/list-frame'
import { describeList, sortCountryOptions } from '../_lib/list-text'

export function listMetadata(locale: Locale): Metadata {
  return listPageMetadata(locale, 'trainings')
}

export type TrainingListQuery = z.output<typeof TrainingListQuerySchema>

/** The whole list page for one query: prerendered for the unfiltered first page (page.tsx), rendered per request otherwise (_query/page.tsx). */
export function TrainingListPage({ locale, query }: { locale: Locale; query: TrainingListQuery }) {
  return (
    <>
      <ListPageHeader locale={locale} list="trainings" />
      <TrainingList locale={locale} query={query} />
    </>
  )
}

async function TrainingList({ locale, query }: { locale: Locale; query: TrainingListQuery }) {
  const t = getTranslator(locale, 'lists')
  const basePath = localePath(locale, '/trainings')
  const { year, country, page } = query
  const [{ items, total, totalPages }, options] = await Promise.all([
    listPublishedTrainings({ year, country, page }, locale),
    listTrainingFilterOptions(),
  ])
  const filtered = year !== undefined || Boolean(country)
  // Only the parsed filters are kept in links, so junk parameters are dropped.
  const linkQuery = { year: year !== undefined ? String(year) : undefined, country }

  const yearOptions = options.years.map((y) => ({ value: String(y), label: String(y) }))
  const countryOptions = options.countries.map((c) => ({
    value: c.code,
    label: locale === 'en' ? c.name : countryName(c.code, LANGUAGE_TAGS[locale]),
  }))
  // A value chosen in the URL stays visible in the form even when no
  // published training has it, so the empty result is explained.
  if (linkQuery.year && !yearOptions.some((o) => o.value === linkQuery.year)) {
    yearOptions.push({ value: linkQuery.year, label: linkQuery.year })
    yearOptions.sort((a, b) => Number(b.value) - Number(a.value))
  }
  if (country && !countryOptions.some((o) => o.value === country)) {
    countryOptions.push({ value: country, label: countryName(country, LANGUAGE_TAGS[locale]) })
  }

  return (
    <>
      <FilterForm
        action={basePath}
        locale={locale}
        label={t('trainings.filterLabel')}
        fields={[
          { name: 'year', label: t('year'), anyLabel: t('allYears'), options: yearOptions, value: linkQuery.year },
          {
            name: 'country',
            label: t('country'),
            anyLabel: t('allCountries'),
            options: sortCountryOptions(locale, countryOptions),
            value: country,
          },
        ]}
      />
      {items.length === 0 ? (
        total === 0 && filtered ? (
          <EmptyState
            title={t('trainings.noMatchTitle')}
            action={
              <ButtonLink href={basePath} variant="secondary">
                {t('clearFilters')}
              </ButtonLink>
            }
          >
            {t('trainings.noMatchBody')}
          </EmptyState>
        ) : total === 0 ? (
          <EmptyState title={t('trainings.emptyTitle')}>{t('trainings.emptyBody')}</EmptyState>
        ) : (
          <PageBeyondEnd
            title={t('trainings.beyondTitle')}
            firstPageHref={paginationHref(basePath, 1, linkQuery)}
            locale={locale}
          />
        )
      ) : (
        <>
          <p className="mb-4 text-sm text-ink-muted">
            {describeList(locale, { list: 'trainings', total, filtered, page, totalPages })}
          </p>
          <ul className="grid gap-6 md:grid-cols-2">
            {items.map((training) => (
              <li key={training.id} className="flex">
                <TrainingCard training={training} locale={locale} />
              </li>
            ))}
          </ul>
          <Pagination
            reloadDocument
            page={page}
            totalPages={totalPages}
            basePath={basePath}
            locale={locale}
            searchParams={linkQuery}
            className="mt-10"
          />
        </>
      )}
    </>
  )
}

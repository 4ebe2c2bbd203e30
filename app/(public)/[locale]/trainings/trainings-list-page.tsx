import type { Metadata } from 'next'
import type { z } from 'zod'
import { FilterForm } from '@/components/content/filter-form'
import { TrainingCard } from '@/components/content/training-card'
import { PageHeader } from '@/components/site/page-header'
import { ButtonLink } from '@/components/ui/button'
import { PageBeyondEnd } from '@/components/content/page-beyond-end'
import { EmptyState } from '@/components/ui/empty-state'
import { Pagination, paginationHref } from '@/components/ui/pagination'
import { listPublishedTrainings, listTrainingFilterOptions } from '@/lib/data/trainings'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { pageMetadata } from '@/lib/seo'
import { countryName } from '@/lib/utils'
import type { TrainingListQuerySchema } from '@/lib/validation/trainings'
import { describeCount } from '@/lib/list-text'

export function listMetadata(locale: Locale): Metadata {
  return pageMetadata({
    locale,
  title: 'Trainings',
  description:
    'Courses and workshops for geoscientists from partner countries: when and where they took place and who took part.',
  path: '/trainings',
  })
}

export type TrainingListQuery = z.output<typeof TrainingListQuerySchema>

/** The whole list page for one query: prerendered for the unfiltered first page (page.tsx), rendered per request otherwise (_query/page.tsx). */
export function TrainingListPage({ locale, query }: { locale: Locale; query: TrainingListQuery }) {
  return (
    <>
      <PageHeader
        title="Trainings"
        lead="Courses and workshops through which we share survey methods and technology with geoscientists from partner countries."
        breadcrumbs={[{ label: 'Home', href: localePath(locale, '/') }, { label: 'Trainings' }]}
      />
      <TrainingList query={query} />
    </>
  )
}

async function TrainingList({ query }: { query: TrainingListQuery }) {
  const { year, country, page } = query
  const [{ items, total, totalPages }, options] = await Promise.all([
    listPublishedTrainings({ year, country, page }),
    listTrainingFilterOptions(),
  ])
  const filtered = year !== undefined || Boolean(country)
  // Only the parsed filters are kept in links, so junk parameters are dropped.
  const linkQuery = { year: year !== undefined ? String(year) : undefined, country }

  const yearOptions = options.years.map((y) => ({ value: String(y), label: String(y) }))
  const countryOptions = options.countries.map((c) => ({ value: c.code, label: c.name }))
  // A value chosen in the URL stays visible in the form even when no
  // published training has it, so the empty result is explained.
  if (linkQuery.year && !yearOptions.some((o) => o.value === linkQuery.year)) {
    yearOptions.push({ value: linkQuery.year, label: linkQuery.year })
    yearOptions.sort((a, b) => Number(b.value) - Number(a.value))
  }
  if (country && !countryOptions.some((o) => o.value === country)) {
    countryOptions.push({ value: country, label: countryName(country) })
  }

  return (
    <>
      <FilterForm
        action="/trainings"
        label="Filter trainings"
        fields={[
          { name: 'year', label: 'Year', anyLabel: 'All years', options: yearOptions, value: linkQuery.year },
          {
            name: 'country',
            label: 'Country',
            anyLabel: 'All countries',
            options: countryOptions,
            value: country,
          },
        ]}
      />
      {items.length === 0 ? (
        total === 0 && filtered ? (
          <EmptyState
            title="No trainings match these filters"
            action={
              <ButtonLink href="/trainings" variant="secondary">
                Clear filters
              </ButtonLink>
            }
          >
            Try another year or country, or show all trainings.
          </EmptyState>
        ) : total === 0 ? (
          <EmptyState title="No trainings yet">Published courses and workshops will appear here.</EmptyState>
        ) : (
          <PageBeyondEnd title="No trainings on this page" firstPageHref={paginationHref('/trainings', 1, linkQuery)} />
        )
      ) : (
        <>
          <p className="mb-4 text-sm text-ink-muted">
            {describeCount({ total, noun: ['training', 'trainings'], filtered, page, totalPages })}
          </p>
          <ul className="grid gap-6 md:grid-cols-2">
            {items.map((training) => (
              <li key={training.id} className="flex">
                <TrainingCard training={training} />
              </li>
            ))}
          </ul>
          <Pagination reloadDocument page={page} totalPages={totalPages} basePath="/trainings" searchParams={linkQuery} className="mt-10" />
        </>
      )}
    </>
  )
}

import type { Metadata } from 'next'
import type { z } from 'zod'
import { FilterForm } from '@/components/content/filter-form'
import { MouTable } from '@/components/content/mou-table'
import { PageHeader } from '@/components/site/page-header'
import { ButtonLink } from '@/components/ui/button'
import { PageBeyondEnd } from '@/components/content/page-beyond-end'
import { EmptyState } from '@/components/ui/empty-state'
import { Pagination, paginationHref } from '@/components/ui/pagination'
import { listMouFilterOptions, listPublishedMous } from '@/lib/data/mous'
import { mouInForceLabel, mouStatusLabels } from '@/lib/labels/mou'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { pageMetadata } from '@/lib/seo'
import { countryName } from '@/lib/utils'
import type { MouListQuerySchema } from '@/lib/validation/mous'
import { describeCount } from '@/lib/list-text'

export function listMetadata(locale: Locale): Metadata {
  return pageMetadata({
    locale,
  title: 'Memoranda of understanding',
  description:
    'The memoranda of understanding we have signed with geological surveys and other partners abroad, with their terms and status.',
  path: '/mous',
  })
}

export type MouListQuery = z.output<typeof MouListQuerySchema>

/** The whole list page for one query: prerendered for the unfiltered first page (page.tsx), rendered per request otherwise (_query/page.tsx). */
export function MouListPage({ locale, query }: { locale: Locale; query: MouListQuery }) {
  return (
    <>
      <PageHeader
        title="Memoranda of understanding"
        lead="The agreements on research cooperation and data exchange we have signed with partners abroad, newest first. An agreement counts as expiring soon when it ends within the next 180 days."
        breadcrumbs={[{ label: 'Home', href: localePath(locale, '/') }, { label: 'MOUs' }]}
      />
      <MouList query={query} />
    </>
  )
}

async function MouList({ query }: { query: MouListQuery }) {
  const { country, status, page } = query
  // Statuses are computed for today's date inside the cached reads.
  const [{ items, total, totalPages }, options] = await Promise.all([
    listPublishedMous({ country, status, page }),
    listMouFilterOptions(),
  ])
  const filtered = Boolean(country || status)

  const countryOptions = options.countries.map((c) => ({ value: c.code, label: c.name }))
  // A value chosen in the URL stays visible in the form even when no
  // published MOU has it, so the empty result is explained.
  if (country && !countryOptions.some((o) => o.value === country)) {
    countryOptions.push({ value: country, label: countryName(country) })
  }
  const statusOptions = [
    ...(options.inForce || status === 'IN_FORCE' ? [{ value: 'IN_FORCE', label: mouInForceLabel }] : []),
    ...options.statuses.map((s) => ({ value: s, label: mouStatusLabels[s] })),
  ]
  if (status && status !== 'IN_FORCE' && !options.statuses.includes(status)) {
    statusOptions.push({ value: status, label: mouStatusLabels[status] })
  }

  return (
    <>
      <FilterForm
        action="/mous"
        label="Filter memoranda"
        fields={[
          { name: 'country', label: 'Country', anyLabel: 'All countries', options: countryOptions, value: country },
          { name: 'status', label: 'Status', anyLabel: 'All statuses', options: statusOptions, value: status },
        ]}
      />
      {items.length === 0 ? (
        total === 0 && filtered ? (
          <EmptyState
            title="No MOUs match these filters"
            action={
              <ButtonLink href="/mous" variant="secondary">
                Clear filters
              </ButtonLink>
            }
          >
            Try another country or status, or show all memoranda.
          </EmptyState>
        ) : total === 0 ? (
          <EmptyState title="No MOUs yet">Published memoranda of understanding will appear here.</EmptyState>
        ) : (
          <PageBeyondEnd title="No MOUs on this page" firstPageHref={paginationHref('/mous', 1, { country, status })} />
        )
      ) : (
        <>
          <MouTable
            mous={items}
            caption={[
              describeCount({ total, noun: ['memorandum', 'memoranda'], filtered }),
              ', newest first',
              totalPages > 1 ? `, page ${page} of ${totalPages}` : '',
            ].join('')}
          />
          <Pagination reloadDocument
            page={page}
            totalPages={totalPages}
            basePath="/mous"
            searchParams={{ country, status }}
            className="mt-10"
          />
        </>
      )}
    </>
  )
}

import type { Metadata } from 'next'
import type { z } from 'zod'
import { FilterForm } from '@/components/content/filter-form'
import { OrganizationCard } from '@/components/content/organization-card'
import { PageHeader } from '@/components/site/page-header'
import { ButtonLink } from '@/components/ui/button'
import { PageBeyondEnd } from '@/components/content/page-beyond-end'
import { EmptyState } from '@/components/ui/empty-state'
import { Pagination, paginationHref } from '@/components/ui/pagination'
import { listOrganizationFilterOptions, listPublishedOrganizations } from '@/lib/data/organizations'
import { organizationKindLabels } from '@/lib/labels/organization'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { pageMetadata } from '@/lib/seo'
import { countryName } from '@/lib/utils'
import type { OrganizationListQuerySchema } from '@/lib/validation/organizations'
import { describeCount } from '@/lib/list-text'

export function listMetadata(locale: Locale): Metadata {
  return pageMetadata({
    locale,
  title: 'Partners',
  description:
    'Geological surveys, ministries, research institutes and international bodies we cooperate with, by type and country.',
  path: '/organizations',
  })
}

export type OrganizationListQuery = z.output<typeof OrganizationListQuerySchema>

/** The whole list page for one query: prerendered for the unfiltered first page (page.tsx), rendered per request otherwise (_query/page.tsx). */
export function OrganizationListPage({ locale, query }: { locale: Locale; query: OrganizationListQuery }) {
  return (
    <>
      <PageHeader
        title="Partners"
        lead="Geological surveys, ministries, research institutes and international bodies we work with under agreements, projects and training."
        breadcrumbs={[{ label: 'Home', href: localePath(locale, '/') }, { label: 'Partners' }]}
      />
      <OrganizationList query={query} />
    </>
  )
}

async function OrganizationList({ query }: { query: OrganizationListQuery }) {
  const { kind, country, page } = query
  const [{ items, total, totalPages }, options] = await Promise.all([
    listPublishedOrganizations({ kind, country, page }),
    listOrganizationFilterOptions(),
  ])
  const filtered = Boolean(kind || country)

  const kindOptions = options.kinds.map((k) => ({ value: k, label: organizationKindLabels[k] }))
  const countryOptions = options.countries.map((c) => ({ value: c.code, label: c.name }))
  // A country chosen in the URL stays visible in the form even when no
  // published partner has it, so the empty result is explained.
  if (country && !countryOptions.some((o) => o.value === country)) {
    countryOptions.push({ value: country, label: countryName(country) })
  }

  return (
    <>
      <FilterForm
        action="/organizations"
        label="Filter partners"
        fields={[
          { name: 'kind', label: 'Type of organization', anyLabel: 'All types', options: kindOptions, value: kind },
          { name: 'country', label: 'Country', anyLabel: 'All countries', options: countryOptions, value: country },
        ]}
      />
      {items.length === 0 ? (
        total === 0 && filtered ? (
          <EmptyState
            title="No partners match these filters"
            action={
              <ButtonLink href="/organizations" variant="secondary">
                Clear filters
              </ButtonLink>
            }
          >
            Try another type or country, or show all partners.
          </EmptyState>
        ) : total === 0 ? (
          <EmptyState title="No partners yet">Published partner organizations will appear here.</EmptyState>
        ) : (
          <PageBeyondEnd title="No partners on this page" firstPageHref={paginationHref('/organizations', 1, { kind, country })} />
        )
      ) : (
        <>
          <p className="mb-4 text-sm text-ink-muted">
            {describeCount({ total, noun: ['partner', 'partners'], filtered, page, totalPages })}
          </p>
          <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {items.map((organization) => (
              <li key={organization.id} className="flex">
                <OrganizationCard organization={organization} />
              </li>
            ))}
          </ul>
          <Pagination reloadDocument
            page={page}
            totalPages={totalPages}
            basePath="/organizations"
            searchParams={{ kind, country }}
            className="mt-10"
          />
        </>
      )}
    </>
  )
}


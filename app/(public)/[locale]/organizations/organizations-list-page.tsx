import type { Metadata } from 'next'
import type { z } from 'zod'
import { FilterForm } from '@/components/content/filter-form'
import { OrganizationCard } from '@/components/content/organization-card'
import { ButtonLink } from '@/components/ui/button'
import { PageBeyondEnd } from '@/components/content/page-beyond-end'
import { EmptyState } from '@/components/ui/empty-state'
import { Pagination, paginationHref } from '@/components/ui/pagination'
import { listOrganizationFilterOptions, listPublishedOrganizations } from '@/lib/data/organizations'
import { organizationKindLabel } from '@/lib/i18n/labels'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { countryName } from '@/lib/utils'
import type { OrganizationListQuerySchema } from '@/lib/validation/organizations'
import { ListPageHeader, listPageMetadata } from '../_lib/list-frame'
import { describeList, sortCountryOptions } from '../_lib/list-text'

export function listMetadata(locale: Locale): Metadata {
  return listPageMetadata(locale, 'organizations')
}

export type OrganizationListQuery = z.output<typeof OrganizationListQuerySchema>

/** The whole list page for one query: prerendered for the unfiltered first page (page.tsx), rendered per request otherwise (_query/page.tsx). */
export function OrganizationListPage({ locale, query }: { locale: Locale; query: OrganizationListQuery }) {
  return (
    <>
      <ListPageHeader locale={locale} list="organizations" />
      <OrganizationList locale={locale} query={query} />
    </>
  )
}

async function OrganizationList({ locale, query }: { locale: Locale; query: OrganizationListQuery }) {
  const t = getTranslator(locale, 'lists')
  const basePath = localePath(locale, '/organizations')
  const { kind, country, page } = query
  const [{ items, total, totalPages }, options] = await Promise.all([
    listPublishedOrganizations({ kind, country, page }, locale),
    listOrganizationFilterOptions(),
  ])
  const filtered = Boolean(kind || country)

  const kindOptions = options.kinds.map((k) => ({ value: k, label: organizationKindLabel(locale, k) }))
  const countryOptions = options.countries.map((c) => ({
    value: c.code,
    label: locale === 'en' ? c.name : countryName(c.code, LANGUAGE_TAGS[locale]),
  }))
  // A country chosen in the URL stays visible in the form even when no
  // published partner has it, so the empty result is explained.
  if (country && !countryOptions.some((o) => o.value === country)) {
    countryOptions.push({ value: country, label: countryName(country, LANGUAGE_TAGS[locale]) })
  }

  return (
    <>
      <FilterForm
        action={basePath}
        locale={locale}
        label={t('organizations.filterLabel')}
        fields={[
          {
            name: 'kind',
            label: t('organizations.kind'),
            anyLabel: t('organizations.allKinds'),
            options: kindOptions,
            value: kind,
          },
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
            title={t('organizations.noMatchTitle')}
            action={
              <ButtonLink href={basePath} variant="secondary">
                {t('clearFilters')}
              </ButtonLink>
            }
          >
            {t('organizations.noMatchBody')}
          </EmptyState>
        ) : total === 0 ? (
          <EmptyState title={t('organizations.emptyTitle')}>{t('organizations.emptyBody')}</EmptyState>
        ) : (
          <PageBeyondEnd
            title={t('organizations.beyondTitle')}
            firstPageHref={paginationHref(basePath, 1, { kind, country })}
            locale={locale}
          />
        )
      ) : (
        <>
          <p className="mb-4 text-sm text-ink-muted">
            {describeList(locale, { list: 'organizations', total, filtered, page, totalPages })}
          </p>
          <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {items.map((organization) => (
              <li key={organization.id} className="flex">
                <OrganizationCard organization={organization} locale={locale} />
              </li>
            ))}
          </ul>
          <Pagination reloadDocument
            page={page}
            totalPages={totalPages}
            basePath={basePath}
            locale={locale}
            searchParams={{ kind, country }}
            className="mt-10"
          />
        </>
      )}
    </>
  )
}


import type { Metadata } from 'next'
import type { z } from 'zod'
import { FilterForm } from '@/components/content/filter-form'
import { MouTable } from '@/components/content/mou-table'
import { ButtonLink } from '@/components/ui/button'
import { PageBeyondEnd } from '@/components/content/page-beyond-end'
import { EmptyState } from '@/components/ui/empty-state'
import { Pagination, paginationHref } from '@/components/ui/pagination'
import { listMouFilterOptions, listPublishedMous } from '@/lib/data/mous'
import { mouInForceLabel, mouStatusLabel } from '@/lib/i18n/labels'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { countryName } from '@/lib/utils'
import type { MouListQuerySchema } from '@/lib/validation/mous'
import { ListPageHeader, listPageMetadata } from '../_lib/list-frame'
import { describeList, sortCountryOptions } from '../_lib/list-text'

export function listMetadata(locale: Locale): Metadata {
  return listPageMetadata(locale, 'mous')
}

export type MouListQuery = z.output<typeof MouListQuerySchema>

/** The whole list page for one query: prerendered for the unfiltered first page (page.tsx), rendered per request otherwise (_query/page.tsx). */
export function MouListPage({ locale, query }: { locale: Locale; query: MouListQuery }) {
  const t = getTranslator(locale, 'lists')
  return (
    <>
      <ListPageHeader locale={locale} list="mous" crumb={t('mous.breadcrumb')} />
      <MouList locale={locale} query={query} />
    </>
  )
}

async function MouList({ locale, query }: { locale: Locale; query: MouListQuery }) {
  const t = getTranslator(locale, 'lists')
  const basePath = localePath(locale, '/mous')
  const { country, status, page } = query
  // Statuses are computed for today's date inside the cached reads.
  const [{ items, total, totalPages }, options] = await Promise.all([
    // `today` is left to its default, computed inside the cached read.
    listPublishedMous({ country, status, page }, undefined, locale),
    listMouFilterOptions(),
  ])
  const filtered = Boolean(country || status)

  const countryOptions = options.countries.map((c) => ({
    value: c.code,
    label: locale === 'en' ? c.name : countryName(c.code, LANGUAGE_TAGS[locale]),
  }))
  // A value chosen in the URL stays visible in the form even when no
  // published MOU has it, so the empty result is explained.
  if (country && !countryOptions.some((o) => o.value === country)) {
    countryOptions.push({ value: country, label: countryName(country, LANGUAGE_TAGS[locale]) })
  }
  const statusOptions = [
    ...(options.inForce || status === 'IN_FORCE' ? [{ value: 'IN_FORCE', label: mouInForceLabel(locale) }] : []),
    ...options.statuses.map((s) => ({ value: s, label: mouStatusLabel(locale, s) })),
  ]
  if (status && status !== 'IN_FORCE' && !options.statuses.includes(status)) {
    statusOptions.push({ value: status, label: mouStatusLabel(locale, status) })
  }

  return (
    <>
      <FilterForm
        action={basePath}
        locale={locale}
        label={t('mous.filterLabel')}
        fields={[
          {
            name: 'country',
            label: t('country'),
            anyLabel: t('allCountries'),
            options: sortCountryOptions(locale, countryOptions),
            value: country,
          },
          {
            name: 'status',
            label: t('status'),
            anyLabel: t('mous.allStatuses'),
            options: statusOptions,
            value: status,
          },
        ]}
      />
      {items.length === 0 ? (
        total === 0 && filtered ? (
          <EmptyState
            title={t('mous.noMatchTitle')}
            action={
              <ButtonLink href={basePath} variant="secondary">
                {t('clearFilters')}
              </ButtonLink>
            }
          >
            {t('mous.noMatchBody')}
          </EmptyState>
        ) : total === 0 ? (
          <EmptyState title={t('mous.emptyTitle')}>{t('mous.emptyBody')}</EmptyState>
        ) : (
          <PageBeyondEnd
            title={t('mous.beyondTitle')}
            firstPageHref={paginationHref(basePath, 1, { country, status })}
            locale={locale}
          />
        )
      ) : (
        <>
          <MouTable
            mous={items}
            locale={locale}
            caption={describeList(locale, { list: 'mous', total, filtered, order: 'newestFirst', page, totalPages })}
          />
          <Pagination reloadDocument
            page={page}
            totalPages={totalPages}
            basePath={basePath}
            locale={locale}
            searchParams={{ country, status }}
            className="mt-10"
          />
        </>
      )}
    </>
  )
}

import type { Metadata } from 'next'
import type { z } from 'zod'
import { FilterForm, type FilterOption } from '@/components/content/filter-form'
import { ProjectCard } from '@/components/content/project-card'
import { ButtonLink } from '@/components/ui/button'
import { PageBeyondEnd } from '@/components/content/page-beyond-end'
import { EmptyState } from '@/components/ui/empty-state'
import { Pagination, paginationHref } from '@/components/ui/pagination'
import { listProjectFilterOptions, listPublishedProjects } from '@/lib/data/projects'
import { projectScopeLabel, projectStatusLabel } from '@/lib/i18n/labels'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { countryName } from '@/lib/utils'
import type { ProjectListQuerySchema } from '@/lib/validation/projects'
import { ListPageHeader, listPageMetadata } from '../_lib/list-frame'
import { describeList, sortCountryOptions } from '../_lib/list-text'

export function listMetadata(locale: Locale): Metadata {
  return listPageMetadata(locale, 'projects')
}

// A value chosen in the URL stays visible in the form even when no published
// project has it, so that an empty result is explained.
function withCurrent<V extends string>(values: V[], current: V | undefined, label: (value: V) => string): FilterOption[] {
  const shown = current && !values.includes(current) ? [...values, current] : values
  return shown.map((value) => ({ value, label: label(value) }))
}

export type ProjectListQuery = z.output<typeof ProjectListQuerySchema>

/** The whole list page for one query: prerendered for the unfiltered first page (page.tsx), rendered per request otherwise (_query/page.tsx). */
export function ProjectListPage({ locale, query }: { locale: Locale; query: ProjectListQuery }) {
  return (
    <>
      <ListPageHeader locale={locale} list="projects" />
      <ProjectList locale={locale} query={query} />
    </>
  )
}

async function ProjectList({ locale, query }: { locale: Locale; query: ProjectListQuery }) {
  const t = getTranslator(locale, 'lists')
  const basePath = localePath(locale, '/projects')
  const { status, topic, country, scope, page } = query
  const [{ items, total, totalPages }, options] = await Promise.all([
    listPublishedProjects({ status, topic, country, scope, page }, locale),
    listProjectFilterOptions(),
  ])
  const filters = { status, topic, country, scope }
  const filtered = Boolean(status || topic || country || scope)

  const statusOptions = withCurrent(options.statuses, status, (s) => projectStatusLabel(locale, s))
  const topicOptions = withCurrent(options.topics, topic, (t) => t)
  // Countries come sorted by English name, so a code only in the URL goes last.
  const countryOptions = withCurrent(
    options.countries.map((c) => c.code),
    country,
    (code) => countryName(code, LANGUAGE_TAGS[locale]),
  )
  const scopeOptions = withCurrent(options.scopes, scope, (s) => projectScopeLabel(locale, s))

  return (
    <>
      <FilterForm
        action={basePath}
        locale={locale}
        label={t('projects.filterLabel')}
        fields={[
          {
            name: 'status',
            label: t('status'),
            anyLabel: t('projects.anyStatus'),
            options: statusOptions,
            value: status,
          },
          {
            name: 'topic',
            label: t('projects.topic'),
            anyLabel: t('projects.allTopics'),
            options: topicOptions,
            value: topic,
          },
          {
            name: 'country',
            label: t('country'),
            anyLabel: t('allCountries'),
            options: sortCountryOptions(locale, countryOptions),
            value: country,
          },
          {
            name: 'scope',
            label: t('projects.scope'),
            anyLabel: t('projects.anyScope'),
            options: scopeOptions,
            value: scope,
          },
        ]}
      />
      {items.length === 0 ? (
        total === 0 && filtered ? (
          <EmptyState
            title={t('projects.noMatchTitle')}
            action={
              <ButtonLink href={basePath} variant="secondary">
                {t('clearFilters')}
              </ButtonLink>
            }
          >
            {t('projects.noMatchBody')}
          </EmptyState>
        ) : total === 0 ? (
          <EmptyState title={t('projects.emptyTitle')}>{t('projects.emptyBody')}</EmptyState>
        ) : (
          <PageBeyondEnd
            title={t('projects.beyondTitle')}
            firstPageHref={paginationHref(basePath, 1, filters)}
            locale={locale}
          />
        )
      ) : (
        <>
          <p className="mb-4 text-sm text-ink-muted">
            {describeList(locale, { list: 'projects', total, filtered, page, totalPages })}
          </p>
          <ul className="grid gap-6 md:grid-cols-2">
            {items.map((project) => (
              <li key={project.id} className="flex">
                <ProjectCard project={project} locale={locale} />
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

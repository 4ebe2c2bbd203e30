import type { Metadata } from 'next'
import type { z } from 'zod'
import { FilterForm, type FilterOption } from '@/components/content/filter-form'
import { ProjectCard } from '@/components/content/project-card'
import { PageHeader } from '@/components/site/page-header'
import { ButtonLink } from '@/components/ui/button'
import { PageBeyondEnd } from '@/components/content/page-beyond-end'
import { EmptyState } from '@/components/ui/empty-state'
import { Pagination, paginationHref } from '@/components/ui/pagination'
import { listProjectFilterOptions, listPublishedProjects } from '@/lib/data/projects'
import { projectScopeLabels, projectStatusLabels } from '@/lib/labels/project'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { pageMetadata } from '@/lib/seo'
import { countryName } from '@/lib/utils'
import type { ProjectListQuerySchema } from '@/lib/validation/projects'
import { describeCount } from '@/lib/list-text'

export function listMetadata(locale: Locale): Metadata {
  return pageMetadata({
    locale,
  title: 'Projects',
  description:
    'Bilateral and multilateral geoscience projects we lead, fund or take part in, by status, topic, country and scope.',
  path: '/projects',
  })
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
      <PageHeader
        title="Projects"
        lead="Geological mapping, geophysics, geohazards, data and capacity building: the projects we lead, fund or take part in with partners abroad."
        breadcrumbs={[{ label: 'Home', href: localePath(locale, '/') }, { label: 'Projects' }]}
      />
      <ProjectList query={query} />
    </>
  )
}

async function ProjectList({ query }: { query: ProjectListQuery }) {
  const { status, topic, country, scope, page } = query
  const [{ items, total, totalPages }, options] = await Promise.all([
    listPublishedProjects({ status, topic, country, scope, page }),
    listProjectFilterOptions(),
  ])
  const filters = { status, topic, country, scope }
  const filtered = Boolean(status || topic || country || scope)

  const statusOptions = withCurrent(options.statuses, status, (s) => projectStatusLabels[s])
  const topicOptions = withCurrent(options.topics, topic, (t) => t)
  // Countries are listed by English name, so a code only in the URL goes last.
  const countryOptions = withCurrent(
    options.countries.map((c) => c.code),
    country,
    (code) => countryName(code),
  )
  const scopeOptions = withCurrent(options.scopes, scope, (s) => projectScopeLabels[s])

  return (
    <>
      <FilterForm
        action="/projects"
        label="Filter projects"
        fields={[
          { name: 'status', label: 'Status', anyLabel: 'Any status', options: statusOptions, value: status },
          { name: 'topic', label: 'Topic', anyLabel: 'All topics', options: topicOptions, value: topic },
          { name: 'country', label: 'Country', anyLabel: 'All countries', options: countryOptions, value: country },
          { name: 'scope', label: 'Scope', anyLabel: 'Bilateral and multilateral', options: scopeOptions, value: scope },
        ]}
      />
      {items.length === 0 ? (
        total === 0 && filtered ? (
          <EmptyState
            title="No projects match these filters"
            action={
              <ButtonLink href="/projects" variant="secondary">
                Clear filters
              </ButtonLink>
            }
          >
            Try another status, topic, country or scope, or show all projects.
          </EmptyState>
        ) : total === 0 ? (
          <EmptyState title="No projects yet">Published projects will appear here.</EmptyState>
        ) : (
          <PageBeyondEnd title="No projects on this page" firstPageHref={paginationHref('/projects', 1, filters)} />
        )
      ) : (
        <>
          <p className="mb-4 text-sm text-ink-muted">
            {describeCount({ total, noun: ['project', 'projects'], filtered, page, totalPages })}
          </p>
          <ul className="grid gap-6 md:grid-cols-2">
            {items.map((project) => (
              <li key={project.id} className="flex">
                <ProjectCard project={project} />
              </li>
            ))}
          </ul>
          <Pagination reloadDocument
            page={page}
            totalPages={totalPages}
            basePath="/projects"
            searchParams={filters}
            className="mt-10"
          />
        </>
      )}
    </>
  )
}

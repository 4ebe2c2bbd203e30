import Link from 'next/link'
import type { Metadata } from 'next'
import { JsonLd } from '@/components/content/json-ld'
import { NewsCard } from '@/components/content/news-card'
import { PartnerMap } from '@/components/content/partner-map'
import { ProjectCard } from '@/components/content/project-card'
import { ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { siteConfig } from '@/content/site'
import { listUpcomingConferences } from '@/lib/data/conferences'
import { listCountrySummaries } from '@/lib/data/countries'
import { countActiveMous } from '@/lib/data/mous'
import { listLatestNews } from '@/lib/data/news'
import { countActiveProjects, listActiveProjects } from '@/lib/data/projects'
import { sumPeopleTrained } from '@/lib/data/trainings'
import { surveyOrganizationJsonLd } from '@/lib/json-ld'
import { localeParam } from '@/lib/i18n/params'
import { pageMetadata } from '@/lib/seo'
import { formatDateRange } from '@/lib/utils'

export async function generateMetadata(props: PageProps<'/[locale]'>): Promise<Metadata> {
  return pageMetadata({ locale: await localeParam(props.params), description: siteConfig.description, path: '/' })
}

const numberFormat = new Intl.NumberFormat('en-GB')

// Prerendered from cached reads (lib/data): the editorial core expires their
// tags whenever published content changes, and the date-dependent figures
// are refreshed after midnight UTC.
export default async function HomePage() {
  const [countries, activeMous, activeProjectCount, peopleTrained, news, projects, conferences] = await Promise.all([
    listCountrySummaries(),
    countActiveMous(),
    countActiveProjects(),
    sumPeopleTrained(),
    listLatestNews(4),
    listActiveProjects(3),
    listUpcomingConferences(3),
  ])
  const figures = [
    { label: 'Partner countries', value: countries.length, href: '/countries' },
    { label: 'MOUs in force', value: activeMous, href: '/mous?status=IN_FORCE' },
    { label: 'Active projects', value: activeProjectCount, href: '/projects?status=ACTIVE' },
    { label: 'People trained', value: peopleTrained, href: '/trainings' },
  ]
  const counts = Object.fromEntries(countries.map((c) => [c.code, c.total]))

  return (
    <>
      <JsonLd data={surveyOrganizationJsonLd()} />
      <section className="mb-12 rounded-2xl bg-primary-900 px-6 py-12 text-white sm:px-10">
        <p className="text-sm font-semibold uppercase tracking-wider text-primary-200">{siteConfig.office.name}</p>
        <h1 className="mt-3 max-w-3xl text-3xl font-bold leading-tight sm:text-4xl">
          Geoscience cooperation across borders
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-primary-100">{siteConfig.description}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <ButtonLink href="/projects" variant="secondary">
            Explore our projects
          </ButtonLink>
          <ButtonLink href="/mous" variant="ghost" className="text-white hover:bg-primary-800">
            See our agreements
          </ButtonLink>
        </div>
      </section>

      <section aria-labelledby="figures-heading" className="mb-14">
        <h2 id="figures-heading" className="sr-only">
          Key figures
        </h2>
        <ul className="grid grid-cols-2 gap-4 lg:grid-cols-4">
          {figures.map((f) => (
            <li key={f.label}>
              {/* Plain links: two of them lead to filtered lists (see lib/list-routes.ts). */}
              <a
                href={f.href}
                className="block h-full rounded-lg border border-line bg-surface p-5 shadow-sm hover:border-primary-300"
              >
                <span className="block text-3xl font-bold text-primary-900">{numberFormat.format(f.value)}</span>
                <span className="text-ink-muted">{f.label}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="map-heading" className="mb-14">
        <div className="mb-4 flex items-baseline justify-between gap-4">
          <h2 id="map-heading" className="text-2xl font-bold text-ink">
            Where we cooperate
          </h2>
          <Link href="/countries" className="font-medium text-primary-800 underline-offset-4 hover:underline">
            All countries
          </Link>
        </div>
        <PartnerMap counts={counts} title="Countries by number of cooperation links" />
      </section>

      <section aria-labelledby="latest-news" className="mb-14">
        <div className="mb-6 flex items-baseline justify-between gap-4">
          <h2 id="latest-news" className="text-2xl font-bold text-ink">
            Latest news
          </h2>
          <Link href="/news" className="font-medium text-primary-800 underline-offset-4 hover:underline">
            All news
          </Link>
        </div>
        {news.length === 0 ? (
          <EmptyState title="No news yet" headingLevel={3}>
            Published articles will appear here.
          </EmptyState>
        ) : (
          <ul className="grid gap-6 md:grid-cols-2">
            {news.map((article) => (
              <li key={article.id} className="flex">
                <NewsCard article={article} headingLevel={3} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="grid gap-12 lg:grid-cols-2">
        <section aria-labelledby="projects-heading">
          <div className="mb-6 flex items-baseline justify-between gap-4">
            <h2 id="projects-heading" className="text-2xl font-bold text-ink">
              Active projects
            </h2>
            <Link href="/projects" className="font-medium text-primary-800 underline-offset-4 hover:underline">
              All projects
            </Link>
          </div>
          {projects.length === 0 ? (
            <EmptyState title="No active projects" headingLevel={3}>
              Completed projects are listed on the projects page.
            </EmptyState>
          ) : (
            <ul className="space-y-4">
              {projects.map((project) => (
                <li key={project.slug} className="flex">
                  <ProjectCard project={project} headingLevel={3} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="conferences-heading">
          <div className="mb-6 flex items-baseline justify-between gap-4">
            <h2 id="conferences-heading" className="text-2xl font-bold text-ink">
              Upcoming conferences
            </h2>
            <Link href="/conferences" className="font-medium text-primary-800 underline-offset-4 hover:underline">
              All conferences
            </Link>
          </div>
          {conferences.length === 0 ? (
            <EmptyState title="No conferences scheduled" headingLevel={3}>
              Past conferences we organized or hosted are on the conferences page.
            </EmptyState>
          ) : (
            <ul className="space-y-3">
              {conferences.map((c) => (
                <li key={c.slug} className="rounded-lg border border-line bg-surface p-4">
                  <Link href={`/conferences/${c.slug}`} className="font-semibold text-primary-800 hover:underline">
                    {c.name}
                  </Link>
                  <p className="text-sm text-ink-muted">
                    {formatDateRange(c.startDate, c.endDate, c.datePrecision)}
                    {c.city ? ` · ${c.city}` : ''}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  )
}

import Link from 'next/link'
import type { Metadata } from 'next'
import { JsonLd } from '@/components/content/json-ld'
import { NewsCard } from '@/components/content/news-card'
import { PartnerMap } from '@/components/content/partner-map'
import { ProjectCard } from '@/components/content/project-card'
import { ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { listUpcomingConferences } from '@/lib/data/conferences'
import { listCountrySummaries } from '@/lib/data/countries'
import { countActiveMous } from '@/lib/data/mous'
import { listLatestNews } from '@/lib/data/news'
import { countActiveProjects, listActiveProjects } from '@/lib/data/projects'
import { sumPeopleTrained } from '@/lib/data/trainings'
import { surveyOrganizationJsonLd } from '@/lib/json-ld'
import { dateLocale } from '@/lib/i18n/labels'
import { localePath } from '@/lib/i18n/locales'
import { localeParam } from '@/lib/i18n/params'
import { getFormatter, getTranslator } from '@/lib/i18n/translator'
import { pageMetadata } from '@/lib/seo'
import { formatDateRange } from '@/lib/utils'

export async function generateMetadata(props: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await localeParam(props.params)
  return pageMetadata({ locale, description: getTranslator(locale, 'site')('description'), path: '/' })
}

// Prerendered from cached reads (lib/data): the editorial core expires their
// tags whenever published content changes, and the date-dependent figures
// are refreshed after midnight UTC.
export default async function HomePage(props: PageProps<'/[locale]'>) {
  const locale = await localeParam(props.params)
  const t = getTranslator(locale, 'home')
  const site = getTranslator(locale, 'site')
  const format = getFormatter(locale)
  const href = (path: string) => localePath(locale, path)
  const [countries, activeMous, activeProjectCount, peopleTrained, news, projects, conferences] = await Promise.all([
    listCountrySummaries(),
    countActiveMous(),
    countActiveProjects(),
    sumPeopleTrained(),
    listLatestNews(4, locale),
    listActiveProjects(3, locale),
    listUpcomingConferences(3, undefined, locale),
  ])
  const figures = [
    { label: t('figures.countries'), value: countries.length, href: href('/countries') },
    { label: t('figures.mous'), value: activeMous, href: href('/mous?status=IN_FORCE') },
    { label: t('figures.projects'), value: activeProjectCount, href: href('/projects?status=ACTIVE') },
    { label: t('figures.trained'), value: peopleTrained, href: href('/trainings') },
  ]
  const counts = Object.fromEntries(countries.map((c) => [c.code, c.total]))

  return (
    <>
      <JsonLd data={surveyOrganizationJsonLd()} />
      <section className="mb-12 rounded-2xl bg-primary-900 px-6 py-12 text-white sm:px-10">
        <p className="text-sm font-semibold uppercase tracking-wider text-primary-200">{site('officeName')}</p>
        <h1 className="mt-3 max-w-3xl text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</h1>
        <p className="mt-4 max-w-2xl text-lg text-primary-100">{site('description')}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <ButtonLink href={href('/projects')} variant="secondary">
            {t('exploreProjects')}
          </ButtonLink>
          <ButtonLink href={href('/mous')} variant="ghost" className="text-white hover:bg-primary-800">
            {t('seeAgreements')}
          </ButtonLink>
        </div>
      </section>

      <section aria-labelledby="figures-heading" className="mb-14">
        <h2 id="figures-heading" className="sr-only">
          {t('figuresHeading')}
        </h2>
        <ul className="grid grid-cols-2 gap-4 lg:grid-cols-4">
          {figures.map((f) => (
            <li key={f.label}>
              {/* Plain links: two of them lead to filtered lists (see lib/list-routes.ts). */}
              <a
                href={f.href}
                className="block h-full rounded-lg border border-line bg-surface p-5 shadow-sm hover:border-primary-300"
              >
                <span className="block text-3xl font-bold text-primary-900">{format.number(f.value)}</span>
                <span className="text-ink-muted">{f.label}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="map-heading" className="mb-14">
        <div className="mb-4 flex items-baseline justify-between gap-4">
          <h2 id="map-heading" className="text-2xl font-bold text-ink">
            {t('map.heading')}
          </h2>
          <Link href={href('/countries')} className="font-medium text-primary-800 underline-offset-4 hover:underline">
            {t('map.all')}
          </Link>
        </div>
        <PartnerMap counts={counts} locale={locale} title={t('map.title')} />
      </section>

      <section aria-labelledby="latest-news" className="mb-14">
        <div className="mb-6 flex items-baseline justify-between gap-4">
          <h2 id="latest-news" className="text-2xl font-bold text-ink">
            {t('news.heading')}
          </h2>
          <Link href={href('/news')} className="font-medium text-primary-800 underline-offset-4 hover:underline">
            {t('news.all')}
          </Link>
        </div>
        {news.length === 0 ? (
          <EmptyState title={t('news.emptyTitle')} headingLevel={3}>
            {t('news.emptyBody')}
          </EmptyState>
        ) : (
          <ul className="grid gap-6 md:grid-cols-2">
            {news.map((article) => (
              <li key={article.id} className="flex">
                <NewsCard article={article} headingLevel={3} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="grid gap-12 lg:grid-cols-2">
        <section aria-labelledby="projects-heading">
          <div className="mb-6 flex items-baseline justify-between gap-4">
            <h2 id="projects-heading" className="text-2xl font-bold text-ink">
              {t('projects.heading')}
            </h2>
            <Link href={href('/projects')} className="font-medium text-primary-800 underline-offset-4 hover:underline">
              {t('projects.all')}
            </Link>
          </div>
          {projects.length === 0 ? (
            <EmptyState title={t('projects.emptyTitle')} headingLevel={3}>
              {t('projects.emptyBody')}
            </EmptyState>
          ) : (
            <ul className="space-y-4">
              {projects.map((project) => (
                <li key={project.slug} className="flex">
                  <ProjectCard project={project} headingLevel={3} locale={locale} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="conferences-heading">
          <div className="mb-6 flex items-baseline justify-between gap-4">
            <h2 id="conferences-heading" className="text-2xl font-bold text-ink">
              {t('conferences.heading')}
            </h2>
            <Link href={href('/conferences')} className="font-medium text-primary-800 underline-offset-4 hover:underline">
              {t('conferences.all')}
            </Link>
          </div>
          {conferences.length === 0 ? (
            <EmptyState title={t('conferences.emptyTitle')} headingLevel={3}>
              {t('conferences.emptyBody')}
            </EmptyState>
          ) : (
            <ul className="space-y-3">
              {conferences.map((c) => (
                <li key={c.slug} className="rounded-lg border border-line bg-surface p-4">
                  <Link href={href(`/conferences/${c.slug}`)} className="font-semibold text-primary-800 hover:underline">
                    {c.name}
                  </Link>
                  <p className="text-sm text-ink-muted">
                    {formatDateRange(c.startDate, c.endDate, c.datePrecision, dateLocale(locale))}
                    {c.city ? `${t('conferences.citySeparator')}${c.city}` : ''}
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

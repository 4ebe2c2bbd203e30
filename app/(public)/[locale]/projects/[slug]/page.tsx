import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/content/json-ld'
import { NewsCard } from '@/components/content/news-card'
import {
  ProjectConferenceList,
  ProjectFacts,
  ProjectOutcomeList,
  ProjectPartnerGroups,
  ProjectSection,
  ProjectTrainingList,
} from '@/components/content/project-details'
import { RichText } from '@/components/content/rich-text'
import { TranslationNote } from '@/components/content/translation-note'
import { PageHeader } from '@/components/site/page-header'
import { homeCrumb } from '@/components/site/breadcrumbs'
import { getPublishedProjectBySlug, listPublishedProjectSlugs } from '@/lib/data/projects'
import { projectJsonLd } from '@/lib/json-ld'
import { localePath } from '@/lib/i18n/locales'
import { localeParam } from '@/lib/i18n/params'
import { getTranslator } from '@/lib/i18n/translator'
import { pageMetadata, toMetaDescription } from '@/lib/seo'
import { slugParams } from '../../_lib/static-params'

// Every published project is prerendered at build time and any other slug on
// its first request; the cached page is refreshed when the editorial core
// expires its tag (lib/cache-tags.ts). The slug is read outside any Suspense
// boundary so that an unknown slug still answers with status 404.
export async function generateStaticParams() {
  return slugParams(await listPublishedProjectSlugs())
}

export async function generateMetadata(props: PageProps<'/[locale]/projects/[slug]'>): Promise<Metadata> {
  const locale = await localeParam(props.params)
  const { slug } = await props.params
  const project = await getPublishedProjectBySlug(slug, locale)
  const t = getTranslator(locale, 'detail')
  if (!project) return { title: t('notFound.project') }
  return pageMetadata({
    locale,
    title: project.acronym ? `${project.title} (${project.acronym})` : project.title,
    description: toMetaDescription(
      project.summary || project.body,
      t('meta.project', { title: project.title }),
    ),
    path: `/projects/${project.slug}`,
  })
}

export default async function ProjectPage(props: PageProps<'/[locale]/projects/[slug]'>) {
  const locale = await localeParam(props.params)
  const { slug } = await props.params
  const project = await getPublishedProjectBySlug(slug, locale)
  if (!project) notFound()
  const t = getTranslator(locale, 'detail')

  return (
    <article>
      <JsonLd data={projectJsonLd(project, locale)} />
      <PageHeader
        title={
          <>
            {project.title}
            {project.acronym ? <span className="font-semibold text-ink-muted"> ({project.acronym})</span> : null}
          </>
        }
        lead={project.summary || undefined}
        breadcrumbs={[
          homeCrumb(locale),
          { label: getTranslator(locale, 'site')('nav.projects'), href: localePath(locale, '/projects') },
          { label: project.acronym ?? project.title },
        ]}
        locale={locale}
      />
      <TranslationNote
        locale={locale}
        missing={project.translation.missing}
        outdated={project.translation.outdated}
        englishHref={`/projects/${project.slug}`}
      />
      <ProjectFacts project={project} locale={locale} />
      {project.body.trim() ? (
        <div className="mt-8 max-w-3xl">
          <RichText text={project.body} />
        </div>
      ) : null}

      {project.partnerGroups.length > 0 ? (
        <ProjectSection id="partners" title={t('project.sections.partners')}>
          <ProjectPartnerGroups groups={project.partnerGroups} locale={locale} />
        </ProjectSection>
      ) : null}
      {project.outcomes.length > 0 ? (
        <ProjectSection id="outcomes" title={t('project.sections.outcomes')}>
          <ProjectOutcomeList outcomes={project.outcomes} labelledBy="outcomes-heading" />
        </ProjectSection>
      ) : null}
      {project.trainings.length > 0 ? (
        <ProjectSection id="trainings" title={t('project.sections.trainings')}>
          <ProjectTrainingList trainings={project.trainings} locale={locale} />
        </ProjectSection>
      ) : null}
      {project.conferences.length > 0 ? (
        <ProjectSection id="conferences" title={t('project.sections.conferences')}>
          <ProjectConferenceList conferences={project.conferences} locale={locale} />
        </ProjectSection>
      ) : null}
      {project.newsArticles.length > 0 ? (
        <ProjectSection id="news" title={t('project.sections.news')}>
          <ul className="grid gap-6 md:grid-cols-2">
            {project.newsArticles.map((article) => (
              <li key={article.id} className="flex">
                <NewsCard article={article} headingLevel={3} locale={locale} />
              </li>
            ))}
          </ul>
        </ProjectSection>
      ) : null}
    </article>
  )
}

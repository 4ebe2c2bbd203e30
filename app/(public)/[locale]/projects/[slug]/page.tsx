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
import { PageHeader } from '@/components/site/page-header'
import { getPublishedProjectBySlug, listPublishedProjectSlugs } from '@/lib/data/projects'
import { projectJsonLd } from '@/lib/json-ld'
import { localeParam } from '@/lib/i18n/params'
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
  const project = await getPublishedProjectBySlug(slug)
  if (!project) return { title: 'Project not found' }
  return pageMetadata({
    locale,
    title: project.acronym ? `${project.title} (${project.acronym})` : project.title,
    description: toMetaDescription(
      project.summary || project.body,
      `${project.title}: a geoscience cooperation project with partners abroad.`,
    ),
    path: `/projects/${project.slug}`,
  })
}

export default async function ProjectPage(props: PageProps<'/[locale]/projects/[slug]'>) {
  const { slug } = await props.params
  const project = await getPublishedProjectBySlug(slug)
  if (!project) notFound()

  return (
    <article>
      <JsonLd data={projectJsonLd(project)} />
      <PageHeader
        title={
          <>
            {project.title}
            {project.acronym ? <span className="font-semibold text-ink-muted"> ({project.acronym})</span> : null}
          </>
        }
        lead={project.summary || undefined}
        breadcrumbs={[
          { label: 'Home', href: '/' },
          { label: 'Projects', href: '/projects' },
          { label: project.acronym ?? project.title },
        ]}
      />
      <ProjectFacts project={project} />
      {project.body.trim() ? (
        <div className="mt-8 max-w-3xl">
          <RichText text={project.body} />
        </div>
      ) : null}

      {project.partnerGroups.length > 0 ? (
        <ProjectSection id="partners" title="Partners and their roles">
          <ProjectPartnerGroups groups={project.partnerGroups} />
        </ProjectSection>
      ) : null}
      {project.outcomes.length > 0 ? (
        <ProjectSection id="outcomes" title="Outcomes and deliverables">
          <ProjectOutcomeList outcomes={project.outcomes} labelledBy="outcomes-heading" />
        </ProjectSection>
      ) : null}
      {project.trainings.length > 0 ? (
        <ProjectSection id="trainings" title="Trainings">
          <ProjectTrainingList trainings={project.trainings} />
        </ProjectSection>
      ) : null}
      {project.conferences.length > 0 ? (
        <ProjectSection id="conferences" title="Related conferences">
          <ProjectConferenceList conferences={project.conferences} />
        </ProjectSection>
      ) : null}
      {project.newsArticles.length > 0 ? (
        <ProjectSection id="news" title="News">
          <ul className="grid gap-6 md:grid-cols-2">
            {project.newsArticles.map((article) => (
              <li key={article.id} className="flex">
                <NewsCard article={article} headingLevel={3} />
              </li>
            ))}
          </ul>
        </ProjectSection>
      ) : null}
    </article>
  )
}

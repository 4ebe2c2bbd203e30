import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import type { ProjectCard as ProjectCardData } from '@/lib/data/projects'
import { projectScopeLabel } from '@/lib/i18n/labels'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { hasProjectDates, ProjectDuration } from './project-dates'
import { ProjectStatusBadge } from './project-status-badge'

/**
 * A project in a list: the whole card links to the project's page. Shows the
 * title (with the acronym), the summary, the status, how long it runs and
 * its scope.
 */
export function ProjectCard({
  project,
  locale,
  headingLevel = 2,
}: {
  project: ProjectCardData
  locale: Locale
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="group relative flex w-full flex-col gap-2 rounded-lg border border-stone-200 bg-white p-5 shadow-sm transition hover:border-primary-300 hover:shadow">
      <Heading className="text-lg leading-snug font-semibold text-ink">
        <Link
          href={localePath(locale, `/projects/${project.slug}`)}
          className="break-words after:absolute after:inset-0 group-hover:text-primary-800"
        >
          {project.title}
          {project.acronym ? <span className="font-semibold text-primary-700"> ({project.acronym})</span> : null}
        </Link>
      </Heading>
      {project.summary ? <p className="text-ink-muted">{project.summary}</p> : null}
      <p className="mt-auto flex flex-wrap items-center gap-x-3 gap-y-2 pt-2 text-sm text-ink-muted">
        <ProjectStatusBadge status={project.projectStatus} locale={locale} />
        {hasProjectDates(project) ? (
          <span>
            <span className="sr-only">{getTranslator(locale, 'common')('card.duration')}</span>
            <ProjectDuration project={project} locale={locale} />
          </span>
        ) : null}
        <Badge>{projectScopeLabel(locale, project.scope)}</Badge>
      </p>
    </article>
  )
}

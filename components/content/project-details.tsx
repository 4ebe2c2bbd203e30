import Link from 'next/link'
import type { ReactNode } from 'react'
import { Facts } from '@/components/content/facts'
import type { ProjectDetail } from '@/lib/data/projects'
import { partnerGroupHeading, projectScopeLabel, trainingKindLabel } from '@/lib/i18n/labels'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { describeDocument } from '@/lib/media/detect'
import { DOCUMENT_FILE, mediaUrl } from '@/lib/media/files'
import { countryName } from '@/lib/utils'
import { DateRange, hasProjectDates, ProjectDuration } from './project-dates'
import { ProjectStatusBadge } from './project-status-badge'

const linkClass = 'font-medium text-primary-800 underline-offset-4 hover:underline'
const itemClass = 'rounded-lg border border-line bg-surface p-4'

/**
 * The projects list filtered to one topic, in `locale`. Link to it with a
 * plain <a>: the server answers list parameters from another route than the
 * prerendered list (lib/list-routes.ts), which client-side navigation cannot
 * see.
 */
export function projectTopicHref(topic: string, locale: Locale): string {
  return localePath(locale, `/projects?${new URLSearchParams({ topic }).toString()}`)
}

/**
 * What partners look up first: status, duration, phase, funding source,
 * scope, the countries taking part (each linked to its country page) and the
 * topics (each linked to the projects on that topic). Unknown facts are left
 * out.
 */
export function ProjectFacts({
  project,
  locale,
  className,
}: {
  project: ProjectDetail
  locale: Locale
  className?: string
}) {
  const t = getTranslator(locale, 'detail')
  return (
    <Facts
      className={className}
      facts={[
        {
          label: t('project.facts.status'),
          value: <ProjectStatusBadge status={project.projectStatus} locale={locale} />,
        },
        {
          label: t('project.facts.duration'),
          value: hasProjectDates(project) ? <ProjectDuration project={project} locale={locale} /> : null,
        },
        { label: t('project.facts.phase'), value: project.phase },
        { label: t('project.facts.fundingSource'), value: project.fundingSource },
        { label: t('project.facts.scope'), value: projectScopeLabel(locale, project.scope) },
        {
          label: t('project.facts.countries', { count: project.countries.length }),
          value:
            project.countries.length > 0 ? (
              <ul className="flex flex-wrap gap-x-3 gap-y-1">
                {project.countries.map((code) => (
                  <li key={code}>
                    <Link href={localePath(locale, `/countries/${code.trim().toLowerCase()}`)} className={linkClass}>
                      {countryName(code, LANGUAGE_TAGS[locale])}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null,
        },
        {
          label: t('project.facts.topics', { count: project.topics.length }),
          value:
            project.topics.length > 0 ? (
              <ul className="flex flex-wrap gap-2">
                {project.topics.map((topic) => (
                  <li key={topic}>
                    <a
                      href={projectTopicHref(topic, locale)}
                      className="inline-block rounded-full bg-stone-100 px-3 py-1 text-sm text-stone-800 hover:bg-primary-50 hover:text-primary-800"
                    >
                      {topic}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null,
        },
        {
          label: t('project.facts.documents'),
          value:
            project.documents.length > 0 ? <ProjectDocumentList documents={project.documents} locale={locale} /> : null,
        },
      ]}
    />
  )
}

/** The project's reports and other PDFs, each with its size so visitors know what they download. */
export function ProjectDocumentList({ documents, locale }: { documents: ProjectDetail['documents']; locale: Locale }) {
  const t = getTranslator(locale, 'detail')
  return (
    <ul className="space-y-1">
      {documents.map((document) => (
        <li key={document.key}>
          {/* A plain link: the address is a file download, not a page. */}
          <a href={mediaUrl(document.key, DOCUMENT_FILE)} className={linkClass}>
            {document.title}
          </a>
          <span className="text-sm text-ink-muted">{t('documentSize', { size: describeDocument(document.size) })}</span>
        </li>
      ))}
    </ul>
  )
}

/** A titled part of a project's page; the title is an h2 that also names the region. */
export function ProjectSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-12 border-t border-line pt-8">
      <h2 id={`${id}-heading`} className="mb-4 text-xl font-semibold text-ink">
        {title}
      </h2>
      {children}
    </section>
  )
}

/**
 * The partners under one heading per role (lead, partners, funders), each
 * list named by its heading. An organization with two roles appears twice.
 */
export function ProjectPartnerGroups({ groups, locale }: { groups: ProjectDetail['partnerGroups']; locale: Locale }) {
  return (
    <div className="grid gap-8 md:grid-cols-2 xl:grid-cols-3">
      {groups.map((group) => {
        const headingId = `partners-${group.role.toLowerCase()}-heading`
        return (
          <div key={group.role}>
            <h3 id={headingId} className="mb-3 text-base font-semibold text-ink">
              {partnerGroupHeading(locale, group.role, group.organizations.length)}
            </h3>
            <ul aria-labelledby={headingId} className="space-y-3">
              {group.organizations.map((organization) => (
                <li key={organization.id} className={itemClass}>
                  <Link
                    href={localePath(locale, `/organizations/${organization.slug}`)}
                    className={`${linkClass} break-words`}
                  >
                    {organization.name}
                    {organization.acronym ? ` (${organization.acronym})` : ''}
                  </Link>
                  <p className="mt-1 text-sm text-ink-muted">{countryName(organization.country, LANGUAGE_TAGS[locale])}</p>
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </div>
  )
}

/** The project's outcomes and deliverables, as a list named by the section heading. */
export function ProjectOutcomeList({ outcomes, labelledBy }: { outcomes: string[]; labelledBy: string }) {
  return (
    <ul aria-labelledby={labelledBy} className="max-w-3xl list-disc space-y-2 pl-6 marker:text-primary-600">
      {outcomes.map((outcome, i) => (
        <li key={i} className="leading-relaxed">
          {outcome}
        </li>
      ))}
    </ul>
  )
}

export function ProjectTrainingList({ trainings, locale }: { trainings: ProjectDetail['trainings']; locale: Locale }) {
  const t = getTranslator(locale, 'detail')
  return (
    <ul className="space-y-3">
      {trainings.map((training) => (
        <li key={training.id} className={itemClass}>
          <Link href={localePath(locale, `/trainings/${training.slug}`)} className={linkClass}>
            {training.title}
          </Link>
          <p className="mt-1 text-sm text-ink-muted">
            {trainingKindLabel(locale, training.kind)} ·{' '}
            <DateRange
              start={training.startDate}
              end={training.endDate}
              precision={training.datePrecision}
              locale={locale}
            />{' '}
            · {training.location}
            {training.country ? `${t('placeSeparator')}${countryName(training.country, LANGUAGE_TAGS[locale])}` : ''}
          </p>
        </li>
      ))}
    </ul>
  )
}

export function ProjectConferenceList({
  conferences,
  locale,
}: {
  conferences: ProjectDetail['conferences']
  locale: Locale
}) {
  const t = getTranslator(locale, 'detail')
  return (
    <ul className="space-y-3">
      {conferences.map((conference) => (
        <li key={conference.id} className={itemClass}>
          <Link href={localePath(locale, `/conferences/${conference.slug}`)} className={linkClass}>
            {conference.name}
          </Link>
          <p className="mt-1 text-sm text-ink-muted">
            <DateRange
              start={conference.startDate}
              end={conference.endDate}
              precision={conference.datePrecision}
              locale={locale}
            />{' '}
            · {conference.city ? `${conference.city}${t('placeSeparator')}` : ''}
            {countryName(conference.country, LANGUAGE_TAGS[locale])}
          </p>
        </li>
      ))}
    </ul>
  )
}

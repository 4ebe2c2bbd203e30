import Link from 'next/link'
import type { ReactNode } from 'react'
import { Facts } from '@/components/content/facts'
import type { ProjectDetail } from '@/lib/data/projects'
import { describeDocument } from '@/lib/media/detect'
import { DOCUMENT_FILE, mediaUrl } from '@/lib/media/files'
import { trainingKindLabels } from '@/lib/labels/training'
import { partnerGroupHeading, projectScopeLabels } from '@/lib/labels/project'
import { countryName } from '@/lib/utils'
import { DateRange, hasProjectDates, ProjectDuration } from './project-dates'
import { ProjectStatusBadge } from './project-status-badge'

const linkClass = 'font-medium text-primary-800 underline-offset-4 hover:underline'
const itemClass = 'rounded-lg border border-line bg-surface p-4'

/**
 * The projects list filtered to one topic. Link to it with a plain <a>: the
 * server answers list parameters from another route than the prerendered
 * list (lib/list-routes.ts), which client-side navigation cannot see.
 */
export function projectTopicHref(topic: string): string {
  return `/projects?${new URLSearchParams({ topic }).toString()}`
}

/**
 * What partners look up first: status, duration, phase, funding source,
 * scope, the countries taking part (each linked to its country page) and the
 * topics (each linked to the projects on that topic). Unknown facts are left
 * out.
 */
export function ProjectFacts({ project, className }: { project: ProjectDetail; className?: string }) {
  return (
    <Facts
      className={className}
      facts={[
        { label: 'Status', value: <ProjectStatusBadge status={project.projectStatus} /> },
        { label: 'Duration', value: hasProjectDates(project) ? <ProjectDuration project={project} /> : null },
        { label: 'Phase', value: project.phase },
        { label: 'Funding source', value: project.fundingSource },
        { label: 'Scope', value: projectScopeLabels[project.scope] },
        {
          label: project.countries.length === 1 ? 'Country' : 'Countries',
          value:
            project.countries.length > 0 ? (
              <ul className="flex flex-wrap gap-x-3 gap-y-1">
                {project.countries.map((code) => (
                  <li key={code}>
                    <Link href={`/countries/${code.trim().toLowerCase()}`} className={linkClass}>
                      {countryName(code)}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null,
        },
        {
          label: project.topics.length === 1 ? 'Topic' : 'Topics',
          value:
            project.topics.length > 0 ? (
              <ul className="flex flex-wrap gap-2">
                {project.topics.map((topic) => (
                  <li key={topic}>
                    <a
                      href={projectTopicHref(topic)}
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
          label: 'Documents',
          value: project.documents.length > 0 ? <ProjectDocumentList documents={project.documents} /> : null,
        },
      ]}
    />
  )
}

/** The project's reports and other PDFs, each with its size so visitors know what they download. */
export function ProjectDocumentList({ documents }: { documents: ProjectDetail['documents'] }) {
  return (
    <ul className="space-y-1">
      {documents.map((document) => (
        <li key={document.key}>
          {/* A plain link: the address is a file download, not a page. */}
          <a href={mediaUrl(document.key, DOCUMENT_FILE)} className={linkClass}>
            {document.title}
          </a>
          <span className="text-sm text-ink-muted"> ({describeDocument(document.size)})</span>
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
export function ProjectPartnerGroups({ groups }: { groups: ProjectDetail['partnerGroups'] }) {
  return (
    <div className="grid gap-8 md:grid-cols-2 xl:grid-cols-3">
      {groups.map((group) => {
        const headingId = `partners-${group.role.toLowerCase()}-heading`
        return (
          <div key={group.role}>
            <h3 id={headingId} className="mb-3 text-base font-semibold text-ink">
              {partnerGroupHeading(group.role, group.organizations.length)}
            </h3>
            <ul aria-labelledby={headingId} className="space-y-3">
              {group.organizations.map((organization) => (
                <li key={organization.id} className={itemClass}>
                  <Link href={`/organizations/${organization.slug}`} className={`${linkClass} break-words`}>
                    {organization.name}
                    {organization.acronym ? ` (${organization.acronym})` : ''}
                  </Link>
                  <p className="mt-1 text-sm text-ink-muted">{countryName(organization.country)}</p>
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

export function ProjectTrainingList({ trainings }: { trainings: ProjectDetail['trainings'] }) {
  return (
    <ul className="space-y-3">
      {trainings.map((training) => (
        <li key={training.id} className={itemClass}>
          <Link href={`/trainings/${training.slug}`} className={linkClass}>
            {training.title}
          </Link>
          <p className="mt-1 text-sm text-ink-muted">
            {trainingKindLabels[training.kind]} ·{' '}
            <DateRange start={training.startDate} end={training.endDate} precision={training.datePrecision} /> ·{' '}
            {training.location}
            {training.country ? `, ${countryName(training.country)}` : ''}
          </p>
        </li>
      ))}
    </ul>
  )
}

export function ProjectConferenceList({ conferences }: { conferences: ProjectDetail['conferences'] }) {
  return (
    <ul className="space-y-3">
      {conferences.map((conference) => (
        <li key={conference.id} className={itemClass}>
          <Link href={`/conferences/${conference.slug}`} className={linkClass}>
            {conference.name}
          </Link>
          <p className="mt-1 text-sm text-ink-muted">
            <DateRange start={conference.startDate} end={conference.endDate} precision={conference.datePrecision} /> ·{' '}
            {conference.city ? `${conference.city}, ` : ''}
            {countryName(conference.country)}
          </p>
        </li>
      ))}
    </ul>
  )
}

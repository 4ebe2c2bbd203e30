import Link from 'next/link'
import type { ReactNode } from 'react'
import { Facts } from '@/components/content/facts'
import type { OrganizationDetail } from '@/lib/data/organizations'
import type { DatePrecision } from '@/lib/generated/prisma/enums'
import { organizationKindLabels, partnerRoleLabels } from '@/lib/labels/organization'
import { countryName, formatDate } from '@/lib/utils'
import { WebsiteLink } from './website-link'

const linkClass = 'font-medium text-primary-800 underline-offset-4 hover:underline'

// The machine-readable value at the precision the date is known to
// ("2019", "2019-07" or "2019-07-01"), all valid `datetime` values.
function isoAtPrecision(date: Date, precision: DatePrecision): string {
  const day = date.toISOString().slice(0, 10)
  return precision === 'YEAR' ? day.slice(0, 4) : precision === 'MONTH' ? day.slice(0, 7) : day
}

function DateTime({ date, precision }: { date: Date; precision: DatePrecision }) {
  return <time dateTime={isoAtPrecision(date, precision)}>{formatDate(date, precision)}</time>
}

/**
 * A period at its precision: "July 2019 – July 2024", "2021–2025". Without an
 * end date, `openEnd` (an MOU's end term, e.g. "Indefinite") stands in for the
 * end; without either, only the start is shown.
 */
function Period({
  start,
  end,
  openEnd,
  precision,
}: {
  start: Date
  end: Date | null
  openEnd?: string | null
  precision: DatePrecision
}) {
  if (end && formatDate(end, precision) !== formatDate(start, precision)) {
    // Two bare years are joined with an unspaced en dash, anything longer with a spaced one.
    return (
      <>
        <DateTime date={start} precision={precision} />
        {precision === 'YEAR' ? '–' : ' – '}
        <DateTime date={end} precision={precision} />
      </>
    )
  }
  if (!end && openEnd) {
    return (
      <>
        <DateTime date={start} precision={precision} /> – {openEnd}
      </>
    )
  }
  return <DateTime date={start} precision={precision} />
}


/** Kind, country (linked to its country page) and website of a partner. */
export function OrganizationFacts({ organization, className }: { organization: OrganizationDetail; className?: string }) {
  return (
    <Facts
      className={className}
      facts={[
        { label: 'Type of organization', value: organizationKindLabels[organization.kind] },
        {
          label: 'Country',
          value: (
            <Link href={`/countries/${organization.country.toLowerCase()}`} className={linkClass}>
              {countryName(organization.country)}
            </Link>
          ),
        },
        {
          label: 'Website',
          value: organization.website ? (
            <WebsiteLink url={organization.website} className={`${linkClass} break-all`} />
          ) : null,
        },
      ]}
    />
  )
}

/** A titled part of a partner's page; the title is an h2 that also names the region. */
export function OrganizationSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-12 border-t border-line pt-8">
      <h2 id={`${id}-heading`} className="mb-4 text-xl font-semibold text-ink">
        {title}
      </h2>
      {children}
    </section>
  )
}

const itemClass = 'rounded-lg border border-line bg-surface p-4'

export function OrganizationMouList({ mous }: { mous: OrganizationDetail['mous'] }) {
  return (
    <ul className="space-y-3">
      {mous.map((mou) => (
        <li key={mou.id} className={itemClass}>
          <Link href={`/mous/${mou.slug}`} className={linkClass}>
            {mou.subject}
          </Link>
          <p className="mt-1 text-sm text-ink-muted">
            <Period start={mou.startDate} end={mou.endDate} openEnd={mou.endTerm} precision={mou.datePrecision} />
          </p>
        </li>
      ))}
    </ul>
  )
}

export function OrganizationProjectList({ projects }: { projects: OrganizationDetail['projects'] }) {
  return (
    <ul className="space-y-3">
      {projects.map((project) => (
        <li key={project.id} className={itemClass}>
          <Link href={`/projects/${project.slug}`} className={linkClass}>
            {project.title}
          </Link>
          {project.acronym && project.acronym !== project.title ? (
            <span className="text-ink-muted"> ({project.acronym})</span>
          ) : null}
          <p className="mt-1 text-sm text-ink-muted">
            {project.roles.length > 1 ? 'Roles' : 'Role'}: {project.roles.map((r) => partnerRoleLabels[r]).join(', ')}
          </p>
        </li>
      ))}
    </ul>
  )
}

export function OrganizationTrainingList({ trainings }: { trainings: OrganizationDetail['trainings'] }) {
  return (
    <ul className="space-y-3">
      {trainings.map((training) => (
        <li key={training.id} className={itemClass}>
          <Link href={`/trainings/${training.slug}`} className={linkClass}>
            {training.title}
          </Link>
          <p className="mt-1 text-sm text-ink-muted">
            <Period start={training.startDate} end={training.endDate} precision={training.datePrecision} />
            {training.location ? <>, {training.location}</> : null}
          </p>
        </li>
      ))}
    </ul>
  )
}

import Link from 'next/link'
import type { ReactNode } from 'react'
import { Facts } from '@/components/content/facts'
import type { TrainingDetail } from '@/lib/data/trainings'
import { trainingKindLabels } from '@/lib/labels/training'
import { countryName } from '@/lib/utils'
import { TrainingDates } from './training-dates'

const linkClass = 'font-medium text-primary-800 underline-offset-4 hover:underline'
// A link that sits inside a line of text is underlined, so it is not told apart by colour alone.
const inlineLinkClass = 'text-primary-800 underline decoration-primary-300 underline-offset-2 hover:decoration-current'
const numberFormat = new Intl.NumberFormat('en-GB')

function countryHref(code: string): string {
  return `/countries/${code.toLowerCase()}`
}

/** Kind, dates, place, participants, organizer and project of a training; unknown facts are left out. */
export function TrainingFacts({ training, className }: { training: TrainingDetail; className?: string }) {
  const { organizer, project } = training
  return (
    <Facts
      className={className}
      facts={[
        { label: 'Type', value: trainingKindLabels[training.kind] },
        {
          label: 'Dates',
          value: <TrainingDates start={training.startDate} end={training.endDate} precision={training.datePrecision} />,
        },
        {
          label: 'Location',
          value: (
            <>
              {training.location}
              {training.country ? (
                <>
                  {training.location ? ', ' : null}
                  <Link href={countryHref(training.country)} className={inlineLinkClass}>
                    {countryName(training.country)}
                  </Link>
                </>
              ) : null}
            </>
          ),
        },
        {
          label: 'Participants',
          value: training.participantsCount !== null ? numberFormat.format(training.participantsCount) : null,
        },
        {
          label: 'Organizer',
          value: organizer ? (
            <Link href={`/organizations/${organizer.slug}`} className={linkClass}>
              {organizer.name}
              {organizer.acronym ? ` (${organizer.acronym})` : null}
            </Link>
          ) : null,
        },
        {
          label: 'Project',
          value: project ? (
            <Link href={`/projects/${project.slug}`} className={linkClass}>
              {project.title}
              {project.acronym && project.acronym !== project.title ? ` (${project.acronym})` : null}
            </Link>
          ) : null,
        },
      ]}
    />
  )
}

/** A titled part of a training's page; the title is an h2 that also names the region. */
export function TrainingSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-12 border-t border-line pt-8">
      <h2 id={`${id}-heading`} className="mb-4 text-xl font-semibold text-ink">
        {title}
      </h2>
      {children}
    </section>
  )
}

export function TrainingTopicList({ topics }: { topics: string[] }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {topics.map((topic) => (
        <li key={topic} className="rounded-full bg-stone-100 px-3 py-1 text-sm text-stone-800">
          {topic}
        </li>
      ))}
    </ul>
  )
}

/**
 * The countries participants came from and how many came from each. A count
 * that the sources do not give is shown as "not recorded", not as zero.
 */
export function TrainingParticipantTable({ countries }: { countries: TrainingDetail['participantCountries'] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-left text-sm">
        <caption className="px-4 pt-3 pb-2 text-left text-sm text-ink-muted">Participants by country</caption>
        <thead className="border-b border-line bg-stone-50">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold text-ink">
              Country
            </th>
            <th scope="col" className="px-4 py-2 text-right font-semibold text-ink">
              Participants
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {countries.map((c) => (
            <tr key={c.country}>
              <th scope="row" className="px-4 py-2 font-normal">
                <Link href={countryHref(c.country)} className={linkClass}>
                  {c.name}
                </Link>
              </th>
              <td className="px-4 py-2 text-right text-ink">
                {c.participants !== null ? (
                  numberFormat.format(c.participants)
                ) : (
                  <span className="text-ink-muted">not recorded</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

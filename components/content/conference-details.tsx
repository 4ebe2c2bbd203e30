import type { ReactNode } from 'react'
import { ConferenceDates } from '@/components/content/conference-dates'
import { ConferencePlace } from '@/components/content/conference-place'
import { Facts } from '@/components/content/facts'
import type { ConferenceDetail } from '@/lib/data/conferences'
import { conferenceRoleLabels } from '@/lib/labels/conference'
import { WebsiteLink } from './website-link'

const numberFormat = new Intl.NumberFormat('en-GB')


/** Dates, place, the survey's role, participants, series, edition and website of a conference. */
export function ConferenceFacts({ conference, className }: { conference: ConferenceDetail; className?: string }) {
  return (
    <Facts
      className={className}
      facts={[
        {
          label: 'Dates',
          value: (
            <ConferenceDates
              startDate={conference.startDate}
              endDate={conference.endDate}
              datePrecision={conference.datePrecision}
            />
          ),
        },
        { label: 'Place', value: <ConferencePlace city={conference.city} country={conference.country} /> },
        { label: 'Our role', value: conferenceRoleLabels[conference.role] },
        {
          label: 'Participants',
          value: conference.participantsCount !== null ? numberFormat.format(conference.participantsCount) : null,
        },
        { label: 'Series', value: conference.series },
        { label: 'Edition', value: conference.edition },
        {
          label: 'Website',
          value: conference.url ? (
            <WebsiteLink
              url={conference.url}
              className="font-medium break-all text-primary-800 underline-offset-4 hover:underline"
            />
          ) : null,
        },
      ]}
    />
  )
}

/** A titled part of a conference's page; the title is an h2 that also names the region. */
export function ConferenceSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-12 border-t border-line pt-8">
      <h2 id={`${id}-heading`} className="mb-4 text-xl font-semibold text-ink">
        {title}
      </h2>
      {children}
    </section>
  )
}

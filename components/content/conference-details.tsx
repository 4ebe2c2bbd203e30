import type { ReactNode } from 'react'
import { ConferenceDates } from '@/components/content/conference-dates'
import { ConferencePlace } from '@/components/content/conference-place'
import { Facts } from '@/components/content/facts'
import type { ConferenceDetail } from '@/lib/data/conferences'
import { conferenceRoleLabel } from '@/lib/i18n/labels'
import type { Locale } from '@/lib/i18n/locales'
import { getFormatter, getTranslator } from '@/lib/i18n/translator'
import { WebsiteLink } from './website-link'

/** Dates, place, the survey's role, participants, series, edition and website of a conference. */
export function ConferenceFacts({
  conference,
  locale,
  className,
}: {
  conference: ConferenceDetail
  locale: Locale
  className?: string
}) {
  const t = getTranslator(locale, 'detail')
  return (
    <Facts
      className={className}
      facts={[
        {
          label: t('conference.facts.dates'),
          value: (
            <ConferenceDates
              startDate={conference.startDate}
              endDate={conference.endDate}
              datePrecision={conference.datePrecision}
              locale={locale}
            />
          ),
        },
        {
          label: t('conference.facts.place'),
          value: <ConferencePlace city={conference.city} country={conference.country} locale={locale} />,
        },
        { label: t('conference.facts.ourRole'), value: conferenceRoleLabel(locale, conference.role) },
        {
          label: t('conference.facts.participants'),
          value:
            conference.participantsCount !== null ? getFormatter(locale).number(conference.participantsCount) : null,
        },
        { label: t('conference.facts.series'), value: conference.series },
        { label: t('conference.facts.edition'), value: conference.edition },
        {
          label: t('conference.facts.website'),
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

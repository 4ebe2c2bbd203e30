import Link from 'next/link'
import { ConferenceDates } from '@/components/content/conference-dates'
import { ConferencePlace } from '@/components/content/conference-place'
import { Badge } from '@/components/ui/badge'
import type { ConferenceCard as ConferenceCardData } from '@/lib/data/conferences'
import { conferenceRoleLabel, conferenceSeriesText } from '@/lib/i18n/labels'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { getFormatter, getTranslator } from '@/lib/i18n/translator'

/**
 * A conference in a list: name (the whole card links to its page), series and
 * edition, dates, place (the country links to its page above the card link),
 * the survey's role and, when known, the number of participants.
 */
export function ConferenceCard({
  conference,
  locale,
  headingLevel = 2,
}: {
  conference: ConferenceCardData
  locale: Locale
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const t = getTranslator(locale, 'common')
  const series = conferenceSeriesText(locale, conference.edition, conference.series)
  return (
    <article className="group relative flex w-full flex-col gap-2 rounded-lg border border-stone-200 bg-white p-5 shadow-sm transition hover:border-primary-300 hover:shadow">
      <Heading className="text-lg leading-snug font-semibold text-ink">
        <Link
          href={localePath(locale, `/conferences/${conference.slug}`)}
          className="break-words after:absolute after:inset-0 group-hover:text-primary-800"
        >
          {conference.name}
        </Link>
      </Heading>
      {series ? <p className="text-sm text-ink-muted">{series}</p> : null}
      <dl className="mt-auto grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 pt-2 text-sm">
        <dt className="font-semibold text-ink-muted">{t('card.when')}</dt>
        <dd className="text-ink">
          <ConferenceDates
            startDate={conference.startDate}
            endDate={conference.endDate}
            datePrecision={conference.datePrecision}
            locale={locale}
          />
        </dd>
        <dt className="font-semibold text-ink-muted">{t('card.where')}</dt>
        <dd className="text-ink">
          <ConferencePlace
            city={conference.city}
            country={conference.country}
            locale={locale}
            linkClassName="relative z-10"
          />
        </dd>
        <dt className="font-semibold text-ink-muted">{t('card.ourRole')}</dt>
        <dd>
          <Badge tone="blue">{conferenceRoleLabel(locale, conference.role)}</Badge>
        </dd>
        {conference.participantsCount !== null ? (
          <>
            <dt className="font-semibold text-ink-muted">{t('card.participants')}</dt>
            <dd className="text-ink">{getFormatter(locale).number(conference.participantsCount)}</dd>
          </>
        ) : null}
      </dl>
    </article>
  )
}

import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import type { TrainingCard as TrainingCardData } from '@/lib/data/trainings'
import { trainingKindLabel } from '@/lib/i18n/labels'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { countryName } from '@/lib/utils'
import { DateRange } from './project-dates'

/**
 * A training in a list: the whole card links to the training's page, and the
 * host country links to the country's page above it.
 */
export function TrainingCard({
  training,
  locale,
  headingLevel = 2,
}: {
  training: TrainingCardData
  locale: Locale
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const t = getTranslator(locale, 'common')
  const numbers = [
    training.participantsCount !== null ? t('card.participantCount', { count: training.participantsCount }) : null,
    training.participantCountryCount > 0
      ? t('card.participantCountryCount', { count: training.participantCountryCount })
      : null,
  ].filter((n): n is string => n !== null)

  return (
    <article className="group relative flex w-full flex-col gap-2 rounded-lg border border-stone-200 bg-white p-5 shadow-sm transition hover:border-primary-300 hover:shadow">
      <Heading className="text-lg leading-snug font-semibold text-ink">
        <Link
          href={localePath(locale, `/trainings/${training.slug}`)}
          className="break-words after:absolute after:inset-0 group-hover:text-primary-800"
        >
          {training.title}
        </Link>
      </Heading>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-muted">
        <Badge>{trainingKindLabel(locale, training.kind)}</Badge>
        <span>
          <DateRange start={training.startDate} end={training.endDate} precision={training.datePrecision} locale={locale} />
        </span>
      </p>
      <p className="text-sm text-ink-muted">
        {training.location}
        {training.country ? (
          <>
            {training.location ? t('card.placeSeparator') : null}
            <Link
              href={localePath(locale, `/countries/${training.country.toLowerCase()}`)}
              className="relative z-10 text-primary-800 underline decoration-primary-300 underline-offset-2 hover:decoration-current"
            >
              {countryName(training.country, LANGUAGE_TAGS[locale])}
            </Link>
          </>
        ) : null}
      </p>
      {numbers.length > 0 ? <p className="mt-auto pt-2 text-sm text-ink">{numbers.join(t('card.numberSeparator'))}</p> : null}
    </article>
  )
}

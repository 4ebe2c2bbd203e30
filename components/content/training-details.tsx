import Link from 'next/link'
import type { ReactNode } from 'react'
import { Facts } from '@/components/content/facts'
import type { TrainingDetail } from '@/lib/data/trainings'
import { trainingKindLabel } from '@/lib/i18n/labels'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { getFormatter, getTranslator } from '@/lib/i18n/translator'
import { countryName } from '@/lib/utils'
import { DateRange } from './project-dates'

const linkClass = 'font-medium text-primary-800 underline-offset-4 hover:underline'
// A link that sits inside a line of text is underlined, so it is not told apart by colour alone.
const inlineLinkClass = 'text-primary-800 underline decoration-primary-300 underline-offset-2 hover:decoration-current'

function countryHref(locale: Locale, code: string): string {
  return localePath(locale, `/countries/${code.toLowerCase()}`)
}

/** Kind, dates, place, participants, organizer and project of a training; unknown facts are left out. */
export function TrainingFacts({
  training,
  locale,
  className,
}: {
  training: TrainingDetail
  locale: Locale
  className?: string
}) {
  const { organizer, project } = training
  const t = getTranslator(locale, 'detail')
  return (
    <Facts
      className={className}
      facts={[
        { label: t('training.facts.type'), value: trainingKindLabel(locale, training.kind) },
        {
          label: t('training.facts.dates'),
          value: (
            <DateRange
              start={training.startDate}
              end={training.endDate}
              precision={training.datePrecision}
              locale={locale}
            />
          ),
        },
        {
          label: t('training.facts.location'),
          value: (
            <>
              {training.location}
              {training.country ? (
                <>
                  {training.location ? t('placeSeparator') : null}
                  <Link href={countryHref(locale, training.country)} className={inlineLinkClass}>
                    {countryName(training.country, LANGUAGE_TAGS[locale])}
                  </Link>
                </>
              ) : null}
            </>
          ),
        },
        {
          label: t('training.facts.participants'),
          value: training.participantsCount !== null ? getFormatter(locale).number(training.participantsCount) : null,
        },
        {
          label: t('training.facts.organizer'),
          value: organizer ? (
            <Link href={localePath(locale, `/organizations/${organizer.slug}`)} className={linkClass}>
              {organizer.name}
              {organizer.acronym ? ` (${organizer.acronym})` : null}
            </Link>
          ) : null,
        },
        {
          label: t('training.facts.project'),
          value: project ? (
            <Link href={localePath(locale, `/projects/${project.slug}`)} className={linkClass}>
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
export function TrainingParticipantTable({
  countries,
  locale,
}: {
  countries: TrainingDetail['participantCountries']
  locale: Locale
}) {
  const t = getTranslator(locale, 'detail')
  const format = getFormatter(locale)
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-left text-sm">
        <caption className="px-4 pt-3 pb-2 text-left text-sm text-ink-muted">
          {t('training.participantTable.caption')}
        </caption>
        <thead className="border-b border-line bg-stone-50">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold text-ink">
              {t('training.participantTable.country')}
            </th>
            <th scope="col" className="px-4 py-2 text-right font-semibold text-ink">
              {t('training.participantTable.participants')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {countries.map((c) => (
            <tr key={c.country}>
              <th scope="row" className="px-4 py-2 font-normal">
                <Link href={countryHref(locale, c.country)} className={linkClass}>
                  {countryName(c.country, LANGUAGE_TAGS[locale])}
                </Link>
              </th>
              <td className="px-4 py-2 text-right text-ink">
                {c.participants !== null ? (
                  format.number(c.participants)
                ) : (
                  <span className="text-ink-muted">{t('training.participantTable.notRecorded')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

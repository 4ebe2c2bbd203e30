import type { DatePrecision, ProjectStatus } from '@/lib/generated/prisma/enums'
import { dateLocale } from '@/lib/i18n/labels'
import type { Locale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { formatDate, formatDateRange } from '@/lib/utils'

// The machine-readable value at the precision the date is known to
// ("2021", "2021-03" or "2021-03-15"), all valid `datetime` values.
export function isoAtPrecision(date: Date, precision: DatePrecision): string {
  const day = date.toISOString().slice(0, 10)
  return precision === 'YEAR' ? day.slice(0, 4) : precision === 'MONTH' ? day.slice(0, 7) : day
}

function DateTime({ date, precision, locale }: { date: Date; precision: DatePrecision; locale: Locale }) {
  return <time dateTime={isoAtPrecision(date, precision)}>{formatDate(date, precision, dateLocale(locale))}</time>
}

// Where the date goes in a message such as "Since {date}" ("{date}から" in
// Japanese): the message is rendered with this marker for the date and split
// around it, so the date can be a `<time>` element in any word order.
const DATE_MARK = '\u0000'

function Phrase({
  message,
  date,
  precision,
  locale,
}: {
  message: 'dates.until' | 'dates.since' | 'dates.starting' | 'dates.from'
  date: Date
  precision: DatePrecision
  locale: Locale
}) {
  const [before = '', after = ''] = getTranslator(locale, 'common')(message, { date: DATE_MARK }).split(DATE_MARK)
  return (
    <>
      {before}
      <DateTime date={date} precision={precision} locale={locale} />
      {after}
    </>
  )
}

export type ProjectPeriod = {
  projectStatus: ProjectStatus
  startDate: Date | null
  endDate: Date | null
  datePrecision: DatePrecision
}

/** Whether a project has any date to show; many older projects have none. */
export function hasProjectDates(project: ProjectPeriod): boolean {
  return project.startDate !== null || project.endDate !== null
}

/**
 * How long a project runs, at the precision its dates are known to:
 * "2021–2025", "March 2019 – June 2022". With only a start, the wording
 * depends on the status ("Since 2007" for an active project); with only an
 * end, "Until 2020". Renders nothing when neither date is known.
 */
export function ProjectDuration({ project, locale }: { project: ProjectPeriod; locale: Locale }) {
  const { startDate: start, endDate: end, datePrecision: precision } = project
  if (!start) {
    if (!end) return null
    return <Phrase message="dates.until" date={end} precision={precision} locale={locale} />
  }
  if (!end) {
    const message =
      project.projectStatus === 'ACTIVE'
        ? 'dates.since'
        : project.projectStatus === 'PLANNED'
          ? 'dates.starting'
          : 'dates.from'
    return <Phrase message={message} date={start} precision={precision} locale={locale} />
  }
  return <DateRange start={start} end={end} precision={precision} locale={locale} />
}

/**
 * A date or period (a project's duration, a training's or an MOU's dates) at
 * its precision in the compact form of formatDateRange
 * ("2021–2025", "3–5 July 2023"), each end in its own `<time>`. The text is
 * split at the en dash, which formatDateRange uses only to join the two ends.
 */
export function DateRange({
  start,
  end,
  precision,
  locale,
}: {
  start: Date
  end: Date | null
  precision: DatePrecision
  locale: Locale
}) {
  const text = formatDateRange(start, end, precision, dateLocale(locale))
  const dash = text.indexOf('–')
  if (!end || dash === -1) return <time dateTime={isoAtPrecision(start, precision)}>{text}</time>
  const from = text.slice(0, dash)
  const to = text.slice(dash + 1)
  const spaced = from.endsWith(' ')
  return (
    <>
      <time dateTime={isoAtPrecision(start, precision)}>{from.trimEnd()}</time>
      {spaced ? ' – ' : '–'}
      <time dateTime={isoAtPrecision(end, precision)}>{to.trimStart()}</time>
    </>
  )
}

import type { DatePrecision } from '@/lib/generated/prisma/enums'
import { dateLocale } from '@/lib/i18n/labels'
import type { Locale } from '@/lib/i18n/locales'
import { formatDateRange } from '@/lib/utils'

// The machine-readable value at the precision the date is known to
// ("2023", "2023-07" or "2023-07-05"), all valid `datetime` values.
function isoAtPrecision(date: Date, precision: DatePrecision): string {
  const day = date.toISOString().slice(0, 10)
  return precision === 'YEAR' ? day.slice(0, 4) : precision === 'MONTH' ? day.slice(0, 7) : day
}

/**
 * When a training took place, at the precision its dates are known to, in the
 * compact form of `formatDateRange` ("3–5 July 2023", "2023"). Each end of a
 * range is its own `<time>`: the text is split at the en dash, which the
 * dates themselves never contain (a language that joins the ends otherwise,
 * such as Japanese with "～", gets one `<time>` for the start).
 */
export function TrainingDates({
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

import type { DatePrecision } from '@/lib/generated/prisma/enums'
import { dateLocale } from '@/lib/i18n/labels'
import type { Locale } from '@/lib/i18n/locales'
import { formatDateRange } from '@/lib/utils'

// The machine-readable value at the precision the date is known to
// ("2013", "2013-09" or "2013-09-24"), all valid `datetime` values.
function isoAtPrecision(date: Date, precision: DatePrecision): string {
  const day = date.toISOString().slice(0, 10)
  return precision === 'YEAR' ? day.slice(0, 4) : precision === 'MONTH' ? day.slice(0, 7) : day
}

/**
 * The dates of a conference at their precision, written compactly
 * ("24–27 September 2013", "2014") with each end in its own `<time>`. The
 * text comes from formatDateRange, which joins the two ends with its only en
 * dash, so it is split there.
 */
export function ConferenceDates({
  startDate,
  endDate,
  datePrecision,
  locale,
}: {
  startDate: Date
  endDate: Date | null
  datePrecision: DatePrecision
  locale: Locale
}) {
  const text = formatDateRange(startDate, endDate, datePrecision, dateLocale(locale))
  const parts = endDate ? /^(.+?)(\s?–\s?)(.+)$/.exec(text) : null
  if (!endDate || !parts) return <time dateTime={isoAtPrecision(startDate, datePrecision)}>{text}</time>
  return (
    <>
      <time dateTime={isoAtPrecision(startDate, datePrecision)}>{parts[1]}</time>
      {parts[2]}
      <time dateTime={isoAtPrecision(endDate, datePrecision)}>{parts[3]}</time>
    </>
  )
}

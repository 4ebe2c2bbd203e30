import { dateLocale } from '@/lib/i18n/labels'
import type { Locale } from '@/lib/i18n/locales'
import { formatDateRange, type DatePrecision } from '@/lib/utils'

/** The machine-readable form of a date at its precision: "2010-07-05", "2010-07" or "2010". */
function dateTimeValue(date: Date, precision: DatePrecision): string {
  const iso = date.toISOString()
  return precision === 'DAY' ? iso.slice(0, 10) : precision === 'MONTH' ? iso.slice(0, 7) : iso.slice(0, 4)
}

/**
 * A date or period at the precision it is known to, as one or two `<time>`
 * elements. The text is formatDateRange's, so shared parts are not repeated
 * ("3–5 July 2023"); each end still carries its full date in `dateTime`.
 */
export function CountryDateRange({
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
  const dash = end ? /\s?–\s?/.exec(text) : null
  if (!end || !dash) return <time dateTime={dateTimeValue(start, precision)}>{text}</time>
  return (
    <>
      <time dateTime={dateTimeValue(start, precision)}>{text.slice(0, dash.index)}</time>
      {dash[0]}
      <time dateTime={dateTimeValue(end, precision)}>{text.slice(dash.index + dash[0].length)}</time>
    </>
  )
}

import type { DatePrecision } from '@/lib/generated/prisma/enums'
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
 * range is its own `<time>`: the text is split at the en dash, which dates
 * written in English never contain.
 */
export function TrainingDates({
  start,
  end,
  precision,
}: {
  start: Date
  end: Date | null
  precision: DatePrecision
}) {
  const text = formatDateRange(start, end, precision)
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

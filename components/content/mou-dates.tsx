import type { DatePrecision } from '@/lib/generated/prisma/enums'
import { formatDate } from '@/lib/utils'

// The machine-readable value at the precision the date is known to
// ("2019", "2019-07" or "2019-07-01"), all valid `datetime` values.
function isoAtPrecision(date: Date, precision: DatePrecision): string {
  const day = date.toISOString().slice(0, 10)
  return precision === 'YEAR' ? day.slice(0, 4) : precision === 'MONTH' ? day.slice(0, 7) : day
}

/** One date of an MOU at the precision it is known to: "July 2019". */
export function MouDate({ date, precision }: { date: Date; precision: DatePrecision }) {
  return <time dateTime={isoAtPrecision(date, precision)}>{formatDate(date, precision)}</time>
}

/**
 * The end of an MOU: its end date, or, when it has none, the term that ends
 * it ("Indefinite", "Through the operational lifetime of the Landsat
 * satellites").
 */
export function MouEnd({
  mou,
}: {
  mou: { endDate: Date | null; endTerm: string | null; datePrecision: DatePrecision }
}) {
  if (mou.endDate) return <MouDate date={mou.endDate} precision={mou.datePrecision} />
  return <>{mou.endTerm?.trim() || 'No fixed end'}</>
}

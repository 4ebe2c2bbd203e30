import type { Prisma } from '@/lib/generated/prisma/client'
import type { DatePrecision } from '@/lib/generated/prisma/enums'

/**
 * Where an MOU stands on a given day. It is computed from the end date every
 * time it is needed and never stored, so it cannot go stale.
 *
 * - `ACTIVE`: in force, and its last day is more than 180 days away.
 * - `EXPIRING`: in force, and its last day is at most 180 days away.
 * - `EXPIRED`: its last day has passed.
 * - `INDEFINITE`: no end date; the MOU's `endTerm` says what ends it.
 */
export type MouStatus = 'ACTIVE' | 'EXPIRING' | 'EXPIRED' | 'INDEFINITE'

/** Every status, in the order lists and filters show them. */
export const MOU_STATUSES = ['ACTIVE', 'EXPIRING', 'INDEFINITE', 'EXPIRED'] as const satisfies readonly MouStatus[]

/** The statuses of an MOU that is still in force. */
export const MOU_IN_FORCE_STATUSES = ['ACTIVE', 'EXPIRING', 'INDEFINITE'] as const satisfies readonly MouStatus[]

/** An MOU counts as expiring when its last day is at most this many days after today. */
export const MOU_EXPIRING_WITHIN_DAYS = 180

const DAY_MS = 86_400_000

/** Midnight UTC of the UTC calendar day that `date` falls on. */
function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
}

/** Midnight UTC of the first day of the period (day, month or year) that `day` falls in. */
function startOfPeriod(day: number, precision: DatePrecision): number {
  const date = new Date(day)
  if (precision === 'YEAR') return Date.UTC(date.getUTCFullYear(), 0, 1)
  if (precision === 'MONTH') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)
  return day
}

/**
 * The last day an MOU is in force, as midnight UTC. An end date known only to
 * the month or the year means the end of that month or year: an MOU that ends
 * "July 2025" (stored as 2025-07-01) is in force until 31 July 2025.
 */
function lastDayInForce(endDate: Date, precision: DatePrecision): number {
  const date = new Date(utcDay(endDate))
  if (precision === 'YEAR') return Date.UTC(date.getUTCFullYear() + 1, 0, 1) - DAY_MS
  if (precision === 'MONTH') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) - DAY_MS
  return date.getTime()
}

/**
 * Whole days from `today` to the MOU's last day in force: 0 on the last day,
 * negative once it has expired, null when it has no end date.
 */
export function daysUntilEnd(
  { endDate, datePrecision }: { endDate: Date | null; datePrecision: DatePrecision },
  today: Date = new Date(),
): number | null {
  if (endDate === null) return null
  return Math.round((lastDayInForce(endDate, datePrecision) - utcDay(today)) / DAY_MS)
}

/**
 * The status of an MOU on `today`, comparing UTC calendar days (the time of
 * day of `today` does not matter). An MOU is still in force on its last day,
 * and expires the day after.
 */
export function mouStatus(
  { endDate, datePrecision }: { endDate: Date | null; datePrecision: DatePrecision },
  today: Date = new Date(),
): MouStatus {
  const daysLeft = daysUntilEnd({ endDate, datePrecision }, today)
  if (daysLeft === null) return 'INDEFINITE'
  if (daysLeft < 0) return 'EXPIRED'
  return daysLeft <= MOU_EXPIRING_WITHIN_DAYS ? 'EXPIRING' : 'ACTIVE'
}

const PRECISIONS: readonly DatePrecision[] = ['DAY', 'MONTH', 'YEAR']

/**
 * One condition per date precision on the stored end date. For a stored date
 * `end` and a day `d`, "the last day in force falls before d" is the same as
 * "end falls before the start of d's day, month or year", so each status is
 * a plain date range on `endDate` and the database can filter, count and
 * paginate by status.
 */
function byPrecision(range: (precision: DatePrecision) => Prisma.DateTimeNullableFilter<'Mou'>): Prisma.MouWhereInput {
  return { OR: PRECISIONS.map((datePrecision) => ({ datePrecision, endDate: range(datePrecision) })) }
}

/**
 * The Prisma `where` fragment that selects the MOUs whose status on `today`
 * is `status`: exactly the rows for which `mouStatus(row, today)` returns it.
 * Combine it with other conditions using `AND`, since it uses `OR` itself.
 */
export function mouStatusWhere(status: MouStatus, today: Date = new Date()): Prisma.MouWhereInput {
  if (status === 'INDEFINITE') return { endDate: null }
  const day = utcDay(today)
  // The first day on which an MOU ending on `day + 180` no longer counts as expiring.
  const activeFrom = day + (MOU_EXPIRING_WITHIN_DAYS + 1) * DAY_MS
  const from = (precision: DatePrecision) => new Date(startOfPeriod(day, precision))
  const until = (precision: DatePrecision) => new Date(startOfPeriod(activeFrom, precision))
  switch (status) {
    case 'EXPIRED':
      return byPrecision((p) => ({ lt: from(p) }))
    case 'EXPIRING':
      return byPrecision((p) => ({ gte: from(p), lt: until(p) }))
    case 'ACTIVE':
      return byPrecision((p) => ({ gte: until(p) }))
  }
}

/** The `where` fragment for MOUs in force on `today`: active, expiring or indefinite. */
export function mouInForceWhere(today: Date = new Date()): Prisma.MouWhereInput {
  return { OR: MOU_IN_FORCE_STATUSES.map((status) => mouStatusWhere(status, today)) }
}

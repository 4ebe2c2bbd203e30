import { describe, expect, it } from 'vitest'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { DatePrecision } from '@/lib/generated/prisma/enums'
import { MOU_STATUSES, mouInForceWhere, mouStatus, mouStatusWhere, type MouStatus } from '@/lib/mou-status'

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`)

function statusOn(today: string, endDate: string | null, datePrecision: DatePrecision = 'DAY'): MouStatus {
  return mouStatus({ endDate: endDate === null ? null : utc(endDate), datePrecision }, utc(today))
}

type Row = { endDate: Date | null; datePrecision: DatePrecision }

/**
 * Evaluates the `where` fragments that mouStatusWhere builds against a row in
 * memory. It knows only the shapes those fragments use and throws on
 * anything else, so a change in their shape cannot pass unnoticed.
 */
function matches(where: Prisma.MouWhereInput, row: Row): boolean {
  return Object.entries(where).every(([key, condition]) => {
    switch (key) {
      case 'OR':
        return (condition as Prisma.MouWhereInput[]).some((w) => matches(w, row))
      case 'AND':
        return (condition as Prisma.MouWhereInput[]).every((w) => matches(w, row))
      case 'datePrecision':
        return row.datePrecision === condition
      case 'endDate': {
        if (condition === null) return row.endDate === null
        const { lt, gte, ...rest } = condition as { lt?: Date; gte?: Date }
        if (Object.keys(rest).length > 0) throw new Error(`Unexpected endDate filter ${JSON.stringify(rest)}`)
        if (row.endDate === null) return false
        const end = row.endDate.getTime()
        return (lt === undefined || end < lt.getTime()) && (gte === undefined || end >= gte.getTime())
      }
      default:
        throw new Error(`Unexpected where key ${key}`)
    }
  })
}

describe('mouStatus', () => {
  it('keeps an MOU in force on its last day and expires it the day after', () => {
    expect(statusOn('2025-07-15', '2025-07-15')).toBe('EXPIRING')
    expect(statusOn('2025-07-16', '2025-07-15')).toBe('EXPIRED')
  })

  it('counts an MOU as expiring when it ends exactly 180 days from today, and as active at 181 days', () => {
    // 2025-01-01 + 180 days = 2025-06-30.
    expect(statusOn('2025-01-01', '2025-06-30')).toBe('EXPIRING')
    expect(statusOn('2025-01-01', '2025-07-01')).toBe('ACTIVE')
  })

  it('compares calendar days in UTC, whatever the time of day', () => {
    const endDate = utc('2025-07-15')
    expect(mouStatus({ endDate, datePrecision: 'DAY' }, new Date('2025-07-15T23:59:59.999Z'))).toBe('EXPIRING')
    expect(mouStatus({ endDate, datePrecision: 'DAY' }, new Date('2025-07-16T00:00:00.000Z'))).toBe('EXPIRED')
    expect(mouStatus({ endDate, datePrecision: 'DAY' }, new Date('2025-01-16T23:30:00.000Z'))).toBe('EXPIRING')
    expect(mouStatus({ endDate, datePrecision: 'DAY' }, new Date('2025-01-15T23:30:00.000Z'))).toBe('ACTIVE')
  })

  it('reads an end date known to the month as the end of that month', () => {
    // "July 2025" is stored as 2025-07-01.
    expect(statusOn('2025-07-31', '2025-07-01', 'MONTH')).toBe('EXPIRING')
    expect(statusOn('2025-08-01', '2025-07-01', 'MONTH')).toBe('EXPIRED')
    // The last day of December 2025 is 180 days after 4 July 2025.
    expect(statusOn('2025-07-04', '2025-12-01', 'MONTH')).toBe('EXPIRING')
    expect(statusOn('2025-07-03', '2025-12-01', 'MONTH')).toBe('ACTIVE')
  })

  it('finds the last day of February in leap and common years', () => {
    expect(statusOn('2024-02-29', '2024-02-01', 'MONTH')).toBe('EXPIRING')
    expect(statusOn('2024-03-01', '2024-02-01', 'MONTH')).toBe('EXPIRED')
    expect(statusOn('2025-03-01', '2025-02-01', 'MONTH')).toBe('EXPIRED')
  })

  it('reads an end date known to the year as 31 December of that year', () => {
    expect(statusOn('2025-12-31', '2025-01-01', 'YEAR')).toBe('EXPIRING')
    expect(statusOn('2026-01-01', '2025-01-01', 'YEAR')).toBe('EXPIRED')
    expect(statusOn('2025-07-04', '2025-01-01', 'YEAR')).toBe('EXPIRING')
    expect(statusOn('2025-07-03', '2025-01-01', 'YEAR')).toBe('ACTIVE')
  })

  it('calls an MOU without an end date indefinite, whatever the date', () => {
    expect(statusOn('1990-01-01', null)).toBe('INDEFINITE')
    expect(statusOn('2099-12-31', null, 'YEAR')).toBe('INDEFINITE')
  })

  it('uses the current date when none is given', () => {
    expect(mouStatus({ endDate: new Date(Date.now() - 2 * 86_400_000), datePrecision: 'DAY' })).toBe('EXPIRED')
    expect(mouStatus({ endDate: new Date(Date.now() + 400 * 86_400_000), datePrecision: 'DAY' })).toBe('ACTIVE')
  })
})

describe('mouStatusWhere', () => {
  const precisions: DatePrecision[] = ['DAY', 'MONTH', 'YEAR']
  const todays = ['2025-07-15', '2025-07-31', '2025-08-01', '2025-07-03', '2025-07-04', '2025-12-31', '2026-01-01', '2024-02-29']

  // Every end date from two years before to two years after each `today`,
  // at each precision: all the boundaries above are among them.
  function* rows(today: Date): Generator<Row> {
    yield { endDate: null, datePrecision: 'MONTH' }
    for (let offset = -730; offset <= 730; offset++) {
      const endDate = new Date(today.getTime() + offset * 86_400_000)
      for (const datePrecision of precisions) yield { endDate, datePrecision }
    }
  }

  it('selects exactly the MOUs that mouStatus gives that status, around every boundary', () => {
    for (const iso of todays) {
      // A time of day on `today` must not change the result either.
      const today = new Date(`${iso}T17:45:00Z`)
      const wheres = Object.fromEntries(MOU_STATUSES.map((s) => [s, mouStatusWhere(s, today)])) as Record<
        MouStatus,
        Prisma.MouWhereInput
      >
      for (const row of rows(utc(iso))) {
        const expected = mouStatus(row, today)
        const selected = MOU_STATUSES.filter((s) => matches(wheres[s], row))
        expect(selected, `${row.endDate?.toISOString().slice(0, 10)} ${row.datePrecision} on ${iso}`).toEqual([
          expected,
        ])
      }
    }
  })

  it('builds date ranges at the start of the day, month or year', () => {
    expect(mouStatusWhere('EXPIRED', new Date('2025-07-15T12:00:00Z'))).toEqual({
      OR: [
        { datePrecision: 'DAY', endDate: { lt: utc('2025-07-15') } },
        { datePrecision: 'MONTH', endDate: { lt: utc('2025-07-01') } },
        { datePrecision: 'YEAR', endDate: { lt: utc('2025-01-01') } },
      ],
    })
    // 2025-01-01 + 181 days = 2025-07-01: the first end date that is active.
    expect(mouStatusWhere('ACTIVE', utc('2025-01-01'))).toEqual({
      OR: [
        { datePrecision: 'DAY', endDate: { gte: utc('2025-07-01') } },
        { datePrecision: 'MONTH', endDate: { gte: utc('2025-07-01') } },
        { datePrecision: 'YEAR', endDate: { gte: utc('2025-01-01') } },
      ],
    })
    expect(mouStatusWhere('INDEFINITE', utc('2025-01-01'))).toEqual({ endDate: null })
  })

  it('counts active, expiring and indefinite MOUs as in force, and expired ones not', () => {
    const today = utc('2025-07-15')
    const inForce = mouInForceWhere(today)
    for (const row of rows(today)) {
      expect(matches(inForce, row)).toBe(mouStatus(row, today) !== 'EXPIRED')
    }
  })
})

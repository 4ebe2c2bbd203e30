import { describe, expect, it } from 'vitest'
import { dueThreshold } from '@/lib/mou-reminders'

const today = new Date('2026-01-01T12:00:00Z')
const endingOn = (iso: string) => ({ endDate: new Date(`${iso}T00:00:00Z`), datePrecision: 'DAY' as const })

describe('dueThreshold', () => {
  it('sends nothing while the end is more than 180 days away', () => {
    expect(dueThreshold(endingOn('2026-07-01'), today)).toBeNull() // 181 days
  })

  it.each([
    ['2026-06-30', 180],
    ['2026-04-02', 180], // 91 days
    ['2026-04-01', 90],
    ['2026-01-31', 30],
    ['2026-01-01', 30], // the last day in force
  ])('an MOU ending %s is due for the %s-day reminder', (end, threshold) => {
    expect(dueThreshold(endingOn(end), today)).toBe(threshold)
  })

  it('sends nothing for expired or indefinite MOUs', () => {
    expect(dueThreshold(endingOn('2025-12-31'), today)).toBeNull()
    expect(dueThreshold({ endDate: null, datePrecision: 'MONTH' }, today)).toBeNull()
  })

  it('counts a month-precision end date to the end of that month', () => {
    // "January 2026" runs to 31 January: 30 days left.
    expect(dueThreshold({ endDate: new Date('2026-01-01T00:00:00Z'), datePrecision: 'MONTH' }, today)).toBe(30)
    // "July 2026" runs to 31 July: 211 days left.
    expect(dueThreshold({ endDate: new Date('2026-07-01T00:00:00Z'), datePrecision: 'MONTH' }, today)).toBeNull()
  })
})

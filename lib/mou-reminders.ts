import { daysUntilEnd } from '@/lib/mou-status'
import type { DatePrecision } from '@/lib/generated/prisma/enums'

/** Reminders go out when an MOU's last day is this many days away or fewer. */
export const REMINDER_THRESHOLDS = [180, 90, 30] as const
export type ReminderThreshold = (typeof REMINDER_THRESHOLDS)[number]

/**
 * The reminder an MOU is due for on `today`: the smallest threshold its
 * remaining days fit under (45 days left → the 90-day reminder), or null when
 * it has no end date, has expired or ends more than 180 days away. Sending
 * each (MOU, threshold) pair once is the caller's job.
 */
export function dueThreshold(
  mou: { endDate: Date | null; datePrecision: DatePrecision },
  today: Date = new Date(),
): ReminderThreshold | null {
  const days = daysUntilEnd(mou, today)
  if (days === null || days < 0) return null
  const fitting = REMINDER_THRESHOLDS.filter((t) => days <= t)
  return fitting.length > 0 ? Math.min(...fitting) as ReminderThreshold : null
}

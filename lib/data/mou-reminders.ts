import 'server-only'
import { requireRole } from '@/lib/auth/guards'
import { findEndingMous } from '@/lib/jobs/mou-reminders'

/** For the admin dashboard: MOUs ending within 180 days, soonest first, with the reminders already sent. */
export async function listEndingMous(today: Date = new Date()) {
  await requireRole('CONTRIBUTOR')
  return findEndingMous(today)
}

export type EndingMou = Awaited<ReturnType<typeof listEndingMous>>[number]

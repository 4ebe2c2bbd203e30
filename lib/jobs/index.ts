import 'server-only'
import { env } from '@/lib/env'
import { runMouReminders } from './mou-reminders'

const HOUR_MS = 60 * 60 * 1000
let started = false

/**
 * Background jobs of the app, started once per server process. Reminders are
 * checked at start and hourly; sending is safe to run from several instances.
 */
export function startJobs() {
  if (started || !env.SMTP_URL || !env.MOU_REMINDER_TO) return
  started = true
  const run = () => runMouReminders().catch((error: unknown) => console.error('MOU reminders failed:', error))
  void run()
  setInterval(run, HOUR_MS).unref()
}

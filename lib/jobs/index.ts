import 'server-only'
import { env } from '@/lib/env'
import { pruneSessions } from '@/lib/auth/sessions'
import { pruneLoginThrottle } from '@/lib/auth/throttle'
import { runDueSchedules } from '@/lib/editorial/scheduler'
import { runMouReminders } from './mou-reminders'

const HOUR_MS = 60 * 60 * 1000
/** Scheduled publishing must happen within a minute of its time. */
const SCHEDULE_INTERVAL_MS = 20 * 1000
// On globalThis: the instrumentation hook and the server bundle may each load
// their own copy of this module, and the jobs must start once per process.
const state = globalThis as unknown as { geocoopJobsStarted?: boolean }

/**
 * Background jobs of the app, started once per server process: scheduled
 * publishing every 20 seconds, clearing ended sessions and old sign-in
 * counters hourly, and (when mail is configured) MOU reminders at start and
 * hourly. All are safe to run from several instances.
 */
export function startJobs() {
  if (state.geocoopJobsStarted) return
  state.geocoopJobsStarted = true
  let publishing = false
  const publish = async () => {
    if (publishing) return
    publishing = true
    try {
      await runDueSchedules()
    } catch (error) {
      console.error('Scheduled publishing failed:', error)
    } finally {
      publishing = false
    }
  }
  setInterval(publish, SCHEDULE_INTERVAL_MS).unref()
  void publish()

  // Ended sessions and old sign-in counters are deleted hourly.
  const prune = () =>
    Promise.all([pruneSessions(), pruneLoginThrottle()]).catch((error: unknown) =>
      console.error('Clearing ended sessions and old sign-in counters failed:', error),
    )
  void prune()
  setInterval(prune, HOUR_MS).unref()

  if (!env.SMTP_URL || !env.MOU_REMINDER_TO) return
  const remind = () => runMouReminders().catch((error: unknown) => console.error('MOU reminders failed:', error))
  void remind()
  setInterval(remind, HOUR_MS).unref()
}

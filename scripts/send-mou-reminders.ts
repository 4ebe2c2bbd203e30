/**
 * Sends the MOU end-date reminders that are due, once, and exits: for a cron
 * job when the app's own hourly check is not wanted. Needs DATABASE_URL,
 * SMTP_URL and MOU_REMINDER_TO (see README).
 */
import 'dotenv/config'
import { runMouReminders } from '../lib/jobs/mou-reminders'

runMouReminders().then(
  (sent) => {
    console.log(sent.length ? `Sent ${sent.length} reminder(s).` : 'No reminders due (or e-mail is not configured).')
    process.exit(0)
  },
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)

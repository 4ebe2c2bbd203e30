import 'server-only'
import { db } from '@/lib/db'
import { createMailer, type Mailer } from '@/lib/mail'
import { env } from '@/lib/env'
import { MOU_EXPIRING_WITHIN_DAYS, daysUntilEnd, mouStatusWhere } from '@/lib/mou-status'
import { dueThreshold } from '@/lib/mou-reminders'
import { countryName, formatDate } from '@/lib/utils'

const reminderSelect = {
  id: true,
  slug: true,
  subject: true,
  country: true,
  endDate: true,
  datePrecision: true,
  counterparts: { orderBy: { position: 'asc' }, select: { organization: { select: { name: true } } } },
  reminders: { select: { threshold: true, sentAt: true } },
} as const

/** MOUs (published or not, not in the trash) whose last day is within 180 days: what should be renewed soon. */
export async function findEndingMous(today: Date) {
  const rows = await db.mou.findMany({
    where: { deletedAt: null, ...mouStatusWhere('EXPIRING', today) },
    select: reminderSelect,
    orderBy: { endDate: 'asc' },
  })
  return rows.map((row) => ({ ...row, daysLeft: daysUntilEnd(row, today) ?? MOU_EXPIRING_WITHIN_DAYS }))
}

function reminderText(mou: Awaited<ReturnType<typeof findEndingMous>>[number], siteUrl: string) {
  const counterparts = mou.counterparts.map((c) => c.organization.name).join(', ')
  return [
    `The MOU "${mou.subject}" with ${counterparts} (${countryName(mou.country)}) ends on ${formatDate(mou.endDate!, mou.datePrecision)}: ${mou.daysLeft} days from now.`,
    '',
    'If it should continue, start the renewal with the counterpart now.',
    '',
    `Public page: ${siteUrl}/mous/${mou.slug}`,
  ].join('\n')
}

/**
 * Sends each due reminder (180, 90 and 30 days before an MOU ends) once. The
 * row in MouReminder is written first and the insert decides who sends, so
 * two app instances running this at the same time never send twice; if the
 * mail fails the row is removed again and the next run retries.
 */
export async function sendDueMouReminders(
  { mailer, to, siteUrl, today = new Date() }: { mailer: Mailer; to: string; siteUrl: string; today?: Date },
) {
  const sent: { slug: string; threshold: number }[] = []
  for (const mou of await findEndingMous(today)) {
    const threshold = dueThreshold(mou, today)
    if (threshold === null || mou.reminders.some((r) => r.threshold === threshold)) continue
    const { count } = await db.mouReminder.createMany({
      data: [{ mouId: mou.id, threshold }],
      skipDuplicates: true,
    })
    if (count === 0) continue
    try {
      await mailer({
        to,
        subject: `MOU ending in ${mou.daysLeft} days: ${mou.subject} (${countryName(mou.country)})`,
        text: reminderText(mou, siteUrl),
      })
      sent.push({ slug: mou.slug, threshold })
    } catch (error) {
      await db.mouReminder.delete({ where: { mouId_threshold: { mouId: mou.id, threshold } } })
      throw error
    }
  }
  return sent
}

/** Sends the MOU reminders that are due, if e-mail is configured; logs what it did. */
export async function runMouReminders() {
  const mailer = createMailer()
  if (!mailer || !env.MOU_REMINDER_TO) return []
  const sent = await sendDueMouReminders({ mailer, to: env.MOU_REMINDER_TO, siteUrl: env.SITE_URL })
  if (sent.length > 0) console.info(`MOU reminders sent: ${sent.map((s) => `${s.slug} (${s.threshold} days)`).join(', ')}`)
  return sent
}

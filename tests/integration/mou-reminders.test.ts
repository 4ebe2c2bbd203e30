import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { actAs } from '../fixtures/session'
import { createUser } from '../fixtures/factories'
import { insertCounterpart, insertMouRow, utcDate } from '../fixtures/mou-factories'
import { AuthorizationError } from '@/lib/auth/guards'
import { db } from '@/lib/db'
import { listEndingMous } from '@/lib/data/mou-reminders'
import { sendDueMouReminders } from '@/lib/jobs/mou-reminders'
import { createMailer } from '@/lib/mail'

// A real SMTP server on 127.0.0.1 that keeps what it receives.
type Received = { to: string[]; raw: string }
const inbox: Received[] = []
const sink = new SMTPServer({
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    let raw = ''
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => (raw += chunk))
    stream.on('end', () => {
      // Undo quoted-printable soft line breaks so assertions can read whole lines.
      inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: raw.replace(/=\r?\n/g, '') })
      callback()
    })
  },
})
let smtpUrl = ''

// Far in the future, so MOUs other test files create are long expired by then.
const today = new Date('2090-01-01T09:00:00Z')
const options = () => ({ mailer: createMailer(smtpUrl)!, to: 'cooperation@test.example', siteUrl: 'https://geocoop.test', today })

beforeAll(async () => {
  sink.listen(0, '127.0.0.1')
  await once(sink.server, 'listening')
  smtpUrl = `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => sink.close(() => resolve())))

describe('MOU end-date reminders', () => {
  it('e-mail each due reminder once, through SMTP, and nothing for MOUs far from their end', async () => {
    const partner = await insertCounterpart({ name: 'Reminder Test Survey' })
    const soon = await insertMouRow({ subject: 'Borehole data exchange', endDate: utcDate('2090-01-21'), datePrecision: 'DAY', counterparts: [partner.id] })
    const later = await insertMouRow({ subject: 'Joint mapping', endDate: utcDate('2090-04-15'), datePrecision: 'DAY' })
    const far = await insertMouRow({ subject: 'Far away', endDate: utcDate('2090-12-31'), datePrecision: 'DAY' })
    inbox.length = 0

    const sent = await sendDueMouReminders(options())
    expect(sent).toEqual(
      expect.arrayContaining([
        { slug: soon.slug, threshold: 30 },
        { slug: later.slug, threshold: 180 },
      ]),
    )
    expect(sent.map((s) => s.slug)).not.toContain(far.slug)
    const mail = inbox.find((m) => m.raw.includes('Borehole data exchange'))
    expect(mail?.to).toEqual(['cooperation@test.example'])
    expect(mail?.raw).toContain('Subject: MOU ending in 20 days: Borehole data exchange')
    expect(mail?.raw).toContain('Reminder Test Survey')
    expect(mail?.raw).toContain(`https://geocoop.test/mous/${soon.slug}`)

    inbox.length = 0
    expect(await sendDueMouReminders(options())).toEqual([])
    expect(inbox).toHaveLength(0)
  })

  it('never sends the same reminder twice when two runs overlap', async () => {
    const mou = await insertMouRow({ subject: 'Overlapping runs', endDate: utcDate('2090-03-01'), datePrecision: 'DAY' })
    inbox.length = 0
    const [a, b] = await Promise.all([sendDueMouReminders(options()), sendDueMouReminders(options())])
    expect([...a, ...b].filter((s) => s.slug === mou.slug)).toHaveLength(1)
    expect(inbox.filter((m) => m.raw.includes('Overlapping runs'))).toHaveLength(1)
  })

  it('retries later when the mail could not be sent', async () => {
    const mou = await insertMouRow({ subject: 'Mail server down', endDate: utcDate('2090-01-10'), datePrecision: 'DAY' })
    const failing = async () => {
      throw new Error('connection refused')
    }
    await expect(sendDueMouReminders({ ...options(), mailer: failing })).rejects.toThrow('connection refused')
    expect(await db.mouReminder.count({ where: { mouId: mou.id } })).toBe(0)
    const sent = await sendDueMouReminders(options())
    expect(sent).toContainEqual({ slug: mou.slug, threshold: 30 })
  })

  it('list MOUs ending within 180 days for editors only, soonest first', async () => {
    const mou = await insertMouRow({ subject: 'Dashboard listing', endDate: utcDate('2090-02-01'), datePrecision: 'DAY' })
    actAs(null)
    await expect(listEndingMous(today)).rejects.toBeInstanceOf(AuthorizationError)
    actAs(await createUser('EDITOR'))
    const ending = await listEndingMous(today)
    const row = ending.find((m) => m.slug === mou.slug)
    expect(row?.daysLeft).toBe(31)
    expect(ending.map((m) => m.daysLeft)).toEqual([...ending.map((m) => m.daysLeft)].sort((x, y) => x - y))
    actAs(null)
  })
})

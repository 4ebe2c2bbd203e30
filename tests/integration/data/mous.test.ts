import { describe, expect, it } from 'vitest'
import { insertCounterpart, insertMouRow, insertNewsAbout, utcDate, type MouOverrides } from '../../fixtures/mou-factories'
import { db } from '@/lib/db'
import {
  countActiveMous,
  getPublishedMouBySlug,
  listMouFilterOptions,
  listPublishedMous,
} from '@/lib/data/mous'
import type { DatePrecision } from '@/lib/generated/prisma/enums'
import { MOU_STATUSES, mouStatus, mouStatusWhere, type MouStatus } from '@/lib/mou-status'

const ALL = 10_000
const DAY_MS = 86_400_000

async function slugsOf(...args: Parameters<typeof listPublishedMous>) {
  const { items } = await listPublishedMous({ pageSize: ALL, ...args[0] }, args[1])
  return items.map((item) => item.slug)
}

/** The hidden variants of a row: draft, in review, archived, trashed and published in the future. */
const HIDDEN: MouOverrides[] = [
  { status: 'DRAFT' },
  { status: 'IN_REVIEW' },
  { status: 'ARCHIVED' },
  { deletedAt: new Date() },
  { publishedAt: new Date(Date.now() + DAY_MS) },
]

describe('mouStatusWhere against the database', () => {
  it('selects exactly the rows that mouStatus classifies that way, around every boundary', async () => {
    const today = new Date('2031-03-15T09:30:00Z')
    const day = utcDate('2031-03-15')
    const offsets = [-400, -366, -365, -46, -45, -31, -16, -15, -1, 0, 1, 14, 16, 30, 150, 160, 179, 180, 181, 182, 200, 300, 400]
    const precisions: DatePrecision[] = ['DAY', 'MONTH', 'YEAR']
    const rows = await Promise.all([
      insertMouRow({ endDate: null }),
      ...offsets.flatMap((offset) =>
        precisions.map((datePrecision) =>
          insertMouRow({ endDate: new Date(day.getTime() + offset * DAY_MS), endTerm: null, datePrecision }),
        ),
      ),
    ])
    const ids = rows.map((r) => r.id)
    const expected = new Map<MouStatus, string[]>(MOU_STATUSES.map((s) => [s, []]))
    for (const row of rows) expected.get(mouStatus(row, today))!.push(row.id)
    // The fixture covers every status, so no branch is tested on an empty set.
    for (const status of MOU_STATUSES) expect(expected.get(status)!.length, status).toBeGreaterThan(0)

    for (const status of MOU_STATUSES) {
      const selected = await db.mou.findMany({
        where: { id: { in: ids }, AND: [mouStatusWhere(status, today)] },
        select: { id: true },
      })
      expect(selected.map((s) => s.id).sort(), status).toEqual([...expected.get(status)!].sort())

      // The public list filters with the same fragment and labels each row with mouStatus.
      const { items } = await listPublishedMous({ status, pageSize: ALL }, today)
      const listed = items.filter((item) => ids.includes(item.id))
      expect(listed.map((item) => item.id).sort(), status).toEqual([...expected.get(status)!].sort())
      expect(items.every((item) => item.status === status)).toBe(true)
    }
  })
})

describe('public MOU list', () => {
  it('shows only published MOUs', async () => {
    const published = await insertMouRow()
    const hidden = await Promise.all(HIDDEN.map((v) => insertMouRow(v)))
    const slugs = await slugsOf({})
    expect(slugs).toContain(published.slug)
    for (const row of hidden) {
      expect(slugs).not.toContain(row.slug)
      expect(await getPublishedMouBySlug(row.slug)).toBeNull()
    }
    expect((await getPublishedMouBySlug(published.slug))?.subject).toBe(published.subject)
  })

  it('filters by country', async () => {
    const inNewZealand = await insertMouRow({ country: 'NZ' })
    const inFrance = await insertMouRow({ country: 'FR' })
    const { items } = await listPublishedMous({ country: 'NZ', pageSize: ALL })
    expect(items.map((i) => i.slug)).toContain(inNewZealand.slug)
    expect(items.map((i) => i.slug)).not.toContain(inFrance.slug)
    expect(items.every((i) => i.country === 'NZ')).toBe(true)
  })

  it('combines the country and status filters, and IN_FORCE means every status but expired', async () => {
    const today = new Date('2032-06-01T00:00:00Z')
    const active = await insertMouRow({ country: 'CA', endDate: utcDate('2034-01-01'), endTerm: null })
    const expiring = await insertMouRow({ country: 'CA', endDate: utcDate('2032-07-01'), endTerm: null })
    const indefinite = await insertMouRow({ country: 'CA', endDate: null })
    const expired = await insertMouRow({ country: 'CA', endDate: utcDate('2032-05-01'), endTerm: null })
    const elsewhere = await insertMouRow({ country: 'IT', endDate: null })

    const expiredInCanada = await slugsOf({ country: 'CA', status: 'EXPIRED' }, today)
    expect(expiredInCanada).toContain(expired.slug)
    for (const other of [active, expiring, indefinite, elsewhere]) expect(expiredInCanada).not.toContain(other.slug)

    const inForce = await slugsOf({ country: 'CA', status: 'IN_FORCE' }, today)
    for (const row of [active, expiring, indefinite]) expect(inForce).toContain(row.slug)
    for (const row of [expired, elsewhere]) expect(inForce).not.toContain(row.slug)
  })

  it('sorts by start date, newest first, and paginates', async () => {
    const older = await insertMouRow({ startDate: utcDate('1991-03-01') })
    const newer = await insertMouRow({ startDate: utcDate('1991-04-01') })
    const all = await listPublishedMous({ pageSize: ALL })
    const order = all.items.map((i) => i.slug)
    expect(order.indexOf(newer.slug)).toBeLessThan(order.indexOf(older.slug))
    const starts = all.items.map((i) => i.startDate.getTime())
    expect(starts).toEqual([...starts].sort((a, b) => b - a))

    const second = await listPublishedMous({ page: 2, pageSize: 1 })
    expect(second.items).toHaveLength(1)
    expect(second.items[0]?.slug).toBe(order[1])
    expect(second.totalPages).toBe(all.total)
    expect((await listPublishedMous({})).items.length).toBeLessThanOrEqual(20)
  })

  it('lists published counterparts in the order the agreement names them', async () => {
    const second = await insertCounterpart({ name: 'Alpha Geological Agency' })
    const first = await insertCounterpart({ name: 'Zeta National Survey' })
    const draft = await insertCounterpart({ status: 'DRAFT' })
    const mou = await insertMouRow({ counterparts: [first.id, draft.id, second.id] })
    const { items } = await listPublishedMous({ pageSize: ALL })
    const row = items.find((i) => i.slug === mou.slug)
    expect(row?.counterparts.map((c) => c.slug)).toEqual([first.slug, second.slug])
    expect((await getPublishedMouBySlug(mou.slug))?.counterparts.map((c) => c.slug)).toEqual([first.slug, second.slug])
  })
})

describe('MOU filter options', () => {
  it('offer the countries and statuses of published MOUs only', async () => {
    const today = new Date('2033-01-10T00:00:00Z')
    // Bouvet Island: no other test gives an MOU this country.
    await insertMouRow({ country: 'BV', status: 'DRAFT' })
    await insertMouRow({ country: 'BV', deletedAt: new Date() })
    await insertMouRow({ country: 'MN', endDate: utcDate('2033-02-01'), endTerm: null })

    const options = await listMouFilterOptions(today)
    const codes = options.countries.map((c) => c.code)
    expect(codes).toContain('MN')
    expect(codes).not.toContain('BV')
    expect(options.countries.find((c) => c.code === 'MN')?.name).toBe('Mongolia')
    const names = options.countries.map((c) => c.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')))
    expect(options.statuses).toContain('EXPIRING')
    expect(options.inForce).toBe(true)
    expect(options.statuses).toEqual(MOU_STATUSES.filter((s) => options.statuses.includes(s)))
  })
})

describe('public MOU detail', () => {
  it('shows the status, and the renewal chain through published MOUs only', async () => {
    const original = await insertMouRow({ startDate: utcDate('2005-01-01'), endDate: utcDate('2010-01-01'), endTerm: null })
    const draftPredecessor = await insertMouRow({ status: 'DRAFT' })
    const renewal = await insertMouRow({ renewsId: original.id, startDate: utcDate('2010-01-01'), endDate: null })
    const draftRenewal = await insertMouRow({ renewsId: original.id, status: 'DRAFT' })
    const archivedRenewal = await insertMouRow({ renewsId: original.id, status: 'ARCHIVED' })
    const laterRenewal = await insertMouRow({ renewsId: original.id, startDate: utcDate('2015-01-01') })
    const renewsDraft = await insertMouRow({ renewsId: draftPredecessor.id })

    const detail = await getPublishedMouBySlug(original.slug)
    expect(detail?.status).toBe('EXPIRED')
    expect(detail?.renews).toBeNull()
    expect(detail?.renewedBy.map((m) => m.slug)).toEqual([renewal.slug, laterRenewal.slug])
    for (const hidden of [draftRenewal, archivedRenewal]) {
      expect(detail?.renewedBy.map((m) => m.slug)).not.toContain(hidden.slug)
    }

    const renewalDetail = await getPublishedMouBySlug(renewal.slug)
    expect(renewalDetail?.status).toBe('INDEFINITE')
    expect(renewalDetail?.renews?.slug).toBe(original.slug)
    expect(renewalDetail?.renewedBy).toEqual([])

    expect((await getPublishedMouBySlug(renewsDraft.slug))?.renews).toBeNull()
  })

  it('lists published news about the MOU only', async () => {
    const mou = await insertMouRow()
    const published = await insertNewsAbout({ mouIds: [mou.id] })
    const draft = await insertNewsAbout({ mouIds: [mou.id] }, { status: 'DRAFT' })
    const trashed = await insertNewsAbout({ mouIds: [mou.id] }, { deletedAt: new Date() })
    const detail = await getPublishedMouBySlug(mou.slug)
    expect(detail?.newsArticles.map((n) => n.slug)).toEqual([published.slug])
    for (const hidden of [draft, trashed]) expect(detail?.newsArticles.map((n) => n.slug)).not.toContain(hidden.slug)
  })
})

describe('countActiveMous', () => {
  it('counts published MOUs that are active, expiring soon or indefinite', async () => {
    const today = new Date('2034-05-20T00:00:00Z')
    const before = await countActiveMous(today)
    await insertMouRow({ endDate: utcDate('2036-01-01'), endTerm: null })
    await insertMouRow({ endDate: utcDate('2034-06-01'), endTerm: null })
    await insertMouRow({ endDate: null })
    await insertMouRow({ endDate: utcDate('2034-04-01'), endTerm: null })
    await insertMouRow({ endDate: null, status: 'DRAFT' })
    await insertMouRow({ endDate: utcDate('2036-01-01'), endTerm: null, deletedAt: new Date() })
    expect(await countActiveMous(today)).toBe(before + 3)

    const { total } = await listPublishedMous({ status: 'IN_FORCE' }, today)
    expect(total).toBe(before + 3)
  })
})

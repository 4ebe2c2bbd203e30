import { describe, expect, it } from 'vitest'
import { insertConference, type ConferenceOverrides } from '../../fixtures/conference-factories'
import { insertNewsAbout, utcDate } from '../../fixtures/mou-factories'
import {
  getPublishedConferenceBySlug,
  listConferenceYears,
  listPublishedConferences,
  listUpcomingConferences,
} from '@/lib/data/conferences'

const ALL = 10_000
const DAY_MS = 86_400_000

async function slugsOf(...args: Parameters<typeof listPublishedConferences>) {
  const { items } = await listPublishedConferences({ pageSize: ALL, ...args[0] }, args[1])
  return items.map((item) => item.slug)
}

/** The hidden variants of a row: draft, in review, archived, trashed and published in the future. */
const HIDDEN: ConferenceOverrides[] = [
  { status: 'DRAFT' },
  { status: 'IN_REVIEW' },
  { status: 'ARCHIVED' },
  { deletedAt: new Date() },
  { publishedAt: new Date(Date.now() + DAY_MS) },
]

describe('public conference reads', () => {
  it('show published conferences only, in the list, on their page and among the upcoming ones', async () => {
    const today = new Date('2041-03-01T00:00:00Z')
    const published = await insertConference({ startDate: utcDate('2041-03-02') })
    const hidden = await Promise.all(HIDDEN.map((v) => insertConference({ ...v, startDate: utcDate('2041-03-01') })))

    const all = await slugsOf({})
    const upcoming = await slugsOf({ when: 'upcoming' }, today)
    const home = (await listUpcomingConferences(ALL, today)).map((c) => c.slug)
    for (const slugs of [all, upcoming, home]) expect(slugs).toContain(published.slug)
    for (const row of hidden) {
      for (const slugs of [all, upcoming, home]) expect(slugs).not.toContain(row.slug)
      expect(await getPublishedConferenceBySlug(row.slug)).toBeNull()
    }
    expect((await getPublishedConferenceBySlug(published.slug))?.name).toBe(published.name)
  })

  it('split upcoming (from today on, soonest first) from past (before today, newest first)', async () => {
    // The time of day of `today` does not matter: days are compared in UTC.
    const today = new Date('2042-05-10T18:00:00Z')
    const yesterday = await insertConference({ startDate: utcDate('2042-05-09') })
    const lastWeek = await insertConference({ startDate: utcDate('2042-05-03') })
    const onToday = await insertConference({ startDate: utcDate('2042-05-10') })
    const tomorrow = await insertConference({ startDate: utcDate('2042-05-11') })

    const upcoming = await slugsOf({ when: 'upcoming' }, today)
    expect(upcoming).toContain(onToday.slug)
    expect(upcoming).toContain(tomorrow.slug)
    expect(upcoming).not.toContain(yesterday.slug)
    expect(upcoming.indexOf(onToday.slug)).toBeLessThan(upcoming.indexOf(tomorrow.slug))

    const past = await slugsOf({ when: 'past' }, today)
    expect(past).toContain(yesterday.slug)
    expect(past).toContain(lastWeek.slug)
    expect(past).not.toContain(onToday.slug)
    expect(past.indexOf(yesterday.slug)).toBeLessThan(past.indexOf(lastWeek.slug))

    const all = await slugsOf({ when: 'all' }, today)
    const order = [tomorrow, onToday, yesterday, lastWeek].map((c) => all.indexOf(c.slug))
    expect(order.every((index) => index >= 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('list all conferences newest first by default, and paginate', async () => {
    const { items, total } = await listPublishedConferences({ pageSize: ALL })
    const starts = items.map((c) => c.startDate.getTime())
    expect(starts).toEqual([...starts].sort((a, b) => b - a))

    await insertConference()
    const page2 = await listPublishedConferences({ page: 2, pageSize: 1 })
    expect(page2.items).toHaveLength(1)
    expect(page2.totalPages).toBe(total + 1)
  })

  it('filter by the calendar year of the start date, alone or with when', async () => {
    const firstDay = await insertConference({ startDate: utcDate('1987-01-01'), datePrecision: 'YEAR' })
    const lastDay = await insertConference({ startDate: utcDate('1987-12-31') })
    const yearBefore = await insertConference({ startDate: utcDate('1986-12-31') })
    const yearAfter = await insertConference({ startDate: utcDate('1988-01-01') })

    const { items } = await listPublishedConferences({ year: 1987, pageSize: ALL })
    const slugs = items.map((c) => c.slug)
    expect(slugs).toContain(firstDay.slug)
    expect(slugs).toContain(lastDay.slug)
    expect(slugs).not.toContain(yearBefore.slug)
    expect(slugs).not.toContain(yearAfter.slug)
    expect(items.every((c) => c.startDate.getUTCFullYear() === 1987)).toBe(true)

    const today = new Date('1987-07-01T00:00:00Z')
    expect(await slugsOf({ year: 1987, when: 'past' }, today)).toEqual(
      expect.arrayContaining([firstDay.slug]),
    )
    expect(await slugsOf({ year: 1987, when: 'past' }, today)).not.toContain(lastDay.slug)
    expect(await slugsOf({ year: 1987, when: 'upcoming' }, today)).toContain(lastDay.slug)
    expect(await slugsOf({ year: 1987, when: 'upcoming' }, today)).not.toContain(firstDay.slug)
  })
})

describe('listConferenceYears', () => {
  it('offers the years of published conferences only, newest first', async () => {
    await insertConference({ startDate: utcDate('1979-09-01') })
    await insertConference({ startDate: utcDate('1979-10-01') })
    // No other test uses 1903.
    await insertConference({ startDate: utcDate('1903-05-01'), status: 'DRAFT' })
    await insertConference({ startDate: utcDate('1903-05-01'), deletedAt: new Date() })

    const years = await listConferenceYears()
    expect(years).toContain(1979)
    expect(years).not.toContain(1903)
    expect(years.filter((y) => y === 1979)).toHaveLength(1)
    expect(years).toEqual([...years].sort((a, b) => b - a))
  })
})

describe('listUpcomingConferences', () => {
  it('returns the next conferences from today on, soonest first, up to the limit', async () => {
    const today = new Date('2090-01-01T12:00:00Z')
    const third = await insertConference({ startDate: utcDate('2090-01-05') })
    const first = await insertConference({ startDate: utcDate('2090-01-01') })
    const second = await insertConference({ startDate: utcDate('2090-01-02') })
    await insertConference({ startDate: utcDate('2090-01-01'), status: 'DRAFT' })
    const past = await insertConference({ startDate: utcDate('2089-12-31') })

    const next = await listUpcomingConferences(2, today)
    expect(next.map((c) => c.slug)).toEqual([first.slug, second.slug])
    const more = (await listUpcomingConferences(ALL, today)).map((c) => c.slug)
    expect(more.slice(0, 3)).toEqual([first.slug, second.slug, third.slug])
    expect(more).not.toContain(past.slug)
  })
})

describe('public conference detail', () => {
  it('includes published news about the conference only', async () => {
    const conference = await insertConference({ url: 'https://example.org/symposium', participantsCount: 240 })
    const older = await insertNewsAbout({ conferenceIds: [conference.id] }, { publishedAt: new Date('2020-01-01T00:00:00Z') })
    const newer = await insertNewsAbout({ conferenceIds: [conference.id] }, { publishedAt: new Date('2021-01-01T00:00:00Z') })
    const draft = await insertNewsAbout({ conferenceIds: [conference.id] }, { status: 'DRAFT' })
    const future = await insertNewsAbout({ conferenceIds: [conference.id] }, { publishedAt: new Date(Date.now() + DAY_MS) })

    const detail = await getPublishedConferenceBySlug(conference.slug)
    expect(detail?.url).toBe('https://example.org/symposium')
    expect(detail?.participantsCount).toBe(240)
    expect(detail?.newsArticles.map((n) => n.slug)).toEqual([newer.slug, older.slug])
    for (const hidden of [draft, future]) expect(detail?.newsArticles.map((n) => n.slug)).not.toContain(hidden.slug)
  })
})

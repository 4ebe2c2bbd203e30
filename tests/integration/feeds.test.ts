import type { Element } from '@xmldom/xmldom'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { insertConference } from '../fixtures/conference-factories'
import { insertNews, unique } from '../fixtures/factories'
import { parseXml } from '../fixtures/feed-xml'
import { insertTraining } from '../fixtures/training-factories'
import { GET as conferenceCalendar } from '@/app/conferences/[slug]/calendar.ics/route'
import { GET as eventsCalendar } from '@/app/events.ics/route'
import { GET as atomFeed } from '@/app/news/atom.xml/route'
import { GET as rssFeed } from '@/app/news/rss.xml/route'
import { GET as trainingCalendar } from '@/app/trainings/[slug]/calendar.ics/route'
import { db } from '@/lib/db'
import { NEWS_FEED_SIZE } from '@/lib/data/feeds'

const SITE = 'https://feeds.geocoop.example'
const ATOM = 'http://www.w3.org/2005/Atom'
const DAY_MS = 86_400_000

const originalSiteUrl = process.env.SITE_URL
beforeEach(() => {
  process.env.SITE_URL = SITE
})
afterEach(() => {
  if (originalSiteUrl === undefined) delete process.env.SITE_URL
  else process.env.SITE_URL = originalSiteUrl
})

/** A UTC midnight `days` days from today (negative for the past). */
function daysFromToday(days: number): Date {
  const now = new Date()
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * DAY_MS)
}

function calendarRequest(path: string) {
  return new Request(`${SITE}${path}`)
}

const params = (slug: string) => ({ params: Promise.resolve({ slug }) })

type IcalProperty = { name: string; params: string; value: string }

/**
 * Reads an iCalendar text back the way a client does: checks the CRLF line
 * endings and the 75-octet limit, unfolds continuation lines and splits each
 * content line into name, parameters and value.
 */
function parseIcal(text: string): IcalProperty[][] {
  expect(text.endsWith('\r\n')).toBe(true)
  const physical = text.slice(0, -2).split('\r\n')
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/)
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
  }
  const logical = text
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
  const events: IcalProperty[][] = []
  let current: IcalProperty[] | null = null
  for (const line of logical) {
    const colon = line.indexOf(':')
    const head = line.slice(0, colon)
    const [name = '', ...rest] = head.split(';')
    const property = { name, params: rest.join(';'), value: line.slice(colon + 1) }
    if (name === 'BEGIN' && property.value === 'VEVENT') current = []
    else if (name === 'END' && property.value === 'VEVENT' && current) {
      events.push(current)
      current = null
    } else current?.push(property)
  }
  return events
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char))
}

function prop(event: IcalProperty[], name: string): string | undefined {
  return event.find((p) => p.name === name)?.value
}

describe('news feeds', () => {
  async function insertFeedArticles() {
    const tag = unique()
    // Published a second ago, so they are the newest published articles of the shared database.
    const publishedAt = new Date(Date.now() - 1000)
    const markup = await insertNews({
      title: `<b>&"' markup ${tag}`,
      summary: `Summary with <i>tags</i> & "quotes" \u0007bell ${tag}`,
      tags: ['MOU & agreements'],
      publishedAt,
    })
    const chinese = await insertNews({ title: `中国地质调查局合作 ${tag}`, publishedAt: new Date(Date.now() - 2000) })
    const hidden = await Promise.all([
      insertNews({ title: `Draft ${tag}`, status: 'DRAFT' }),
      insertNews({ title: `In review ${tag}`, status: 'IN_REVIEW' }),
      insertNews({ title: `Archived ${tag}`, status: 'ARCHIVED' }),
      insertNews({ title: `Future ${tag}`, publishedAt: new Date(Date.now() + DAY_MS) }),
      insertNews({ title: `Trashed ${tag}`, deletedAt: new Date() }),
    ])
    return { tag, publishedAt, markup, chinese, hidden }
  }

  it('serve RSS 2.0 that parses back with titles, links and dates intact and no unpublished article', async () => {
    const { tag, publishedAt, markup, chinese } = await insertFeedArticles()
    const response = await rssFeed()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')

    const doc = parseXml(await response.text())
    expect(doc.documentElement?.getAttribute('version')).toBe('2.0')
    const items = Array.from(doc.getElementsByTagName('item'))
    expect(items.length).toBeLessThanOrEqual(NEWS_FEED_SIZE)
    const read = (item: Element, name: string) => item.getElementsByTagName(name)[0]?.textContent ?? null
    const byTitle = new Map(items.map((item) => [read(item, 'title'), item]))

    const markupItem = byTitle.get(`<b>&"' markup ${tag}`)
    expect(markupItem).toBeDefined()
    expect(read(markupItem!, 'link')).toBe(`${SITE}/news/${markup.slug}`)
    expect(read(markupItem!, 'guid')).toBe(`${SITE}/news/${markup.slug}`)
    expect(read(markupItem!, 'description')).toBe(`Summary with <i>tags</i> & "quotes" bell ${tag}`)
    expect(read(markupItem!, 'category')).toBe('MOU & agreements')
    expect(new Date(read(markupItem!, 'pubDate')!).getTime()).toBe(Math.floor(publishedAt.getTime() / 1000) * 1000)
    expect(read(markupItem!, 'pubDate')).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/)

    expect(read(byTitle.get(`中国地质调查局合作 ${tag}`)!, 'guid')).toBe(`${SITE}/news/${chinese.slug}`)
    const titles = [...byTitle.keys()].join('\n')
    for (const word of ['Draft', 'In review', 'Archived', 'Future', 'Trashed']) {
      expect(titles).not.toContain(`${word} ${tag}`)
    }
  })

  it('serve Atom 1.0 that parses back with stable ids, RFC 3339 dates and no unpublished article', async () => {
    const { tag, markup, chinese, hidden } = await insertFeedArticles()
    const response = await atomFeed()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')

    const doc = parseXml(await response.text())
    expect(doc.documentElement?.namespaceURI).toBe(ATOM)
    const entries = Array.from(doc.getElementsByTagNameNS(ATOM, 'entry'))
    expect(entries.length).toBeLessThanOrEqual(NEWS_FEED_SIZE)
    const read = (entry: Element, name: string) => entry.getElementsByTagNameNS(ATOM, name)[0]?.textContent ?? null
    const ids = entries.map((entry) => read(entry, 'id'))
    expect(ids).toContain(`${SITE}/news/${markup.slug}`)
    expect(ids).toContain(`${SITE}/news/${chinese.slug}`)
    for (const row of hidden) expect(ids).not.toContain(`${SITE}/news/${row.slug}`)

    const entry = entries.find((e) => read(e, 'id') === `${SITE}/news/${chinese.slug}`)!
    expect(read(entry, 'title')).toBe(`中国地质调查局合作 ${tag}`)
    expect(entry.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href')).toBe(`${SITE}/news/${chinese.slug}`)
    expect(read(entry, 'updated')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    expect(read(entry, 'published')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    // The feed is as new as its newest entry.
    const newest = entries.map((e) => read(e, 'updated')!).sort().at(-1)
    expect(doc.documentElement?.getElementsByTagNameNS(ATOM, 'updated')[0]?.textContent).toBe(newest)
  })
})

describe('conference calendar file', () => {
  it('downloads one all-day event whose text reads back after unfolding', async () => {
    const tag = unique()
    const name = `Symposium on "Hazards"; volcanoes, earthquakes \\ 火山与地震国际研讨会 ${tag}`
    const summary = `${'第一段：亚洲各国地质调查机构参加了会议。'.repeat(4)}\n\nSecond paragraph; with, punctuation.`
    const conference = await insertConference({
      name,
      summary,
      startDate: new Date('2015-06-01T00:00:00Z'),
      endDate: new Date('2015-06-03T00:00:00Z'),
      datePrecision: 'DAY',
      city: 'Tsukuba',
      country: 'JP',
      url: 'https://symposium.example/2015',
    })

    const response = await conferenceCalendar(calendarRequest(''), params(conference.slug))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${conference.slug}.ics"`)

    const text = await response.text()
    expect(text.startsWith('BEGIN:VCALENDAR\r\nPRODID:')).toBe(true)
    expect(text).toContain('\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n')
    const [event, ...others] = parseIcal(text)
    expect(others).toHaveLength(0)
    expect(prop(event!, 'UID')).toBe(`conference-${conference.id}@geocoop`)
    expect(prop(event!, 'DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/)
    expect(event!.find((p) => p.name === 'DTSTART')).toEqual({ name: 'DTSTART', params: 'VALUE=DATE', value: '20150601' })
    expect(event!.find((p) => p.name === 'DTEND')).toEqual({ name: 'DTEND', params: 'VALUE=DATE', value: '20150604' })
    expect(unescapeText(prop(event!, 'SUMMARY')!)).toBe(name)
    expect(unescapeText(prop(event!, 'LOCATION')!)).toBe('Tsukuba, Japan')
    expect(unescapeText(prop(event!, 'DESCRIPTION')!)).toContain(summary)
    expect(unescapeText(prop(event!, 'DESCRIPTION')!)).toContain('Conference website: https://symposium.example/2015')
    expect(prop(event!, 'URL')).toBe(`${SITE}/conferences/${conference.slug}`)
  })

  it('keeps its UID when the slug changes, and the old slug no longer answers', async () => {
    const conference = await insertConference()
    const before = parseIcal(await (await conferenceCalendar(calendarRequest(''), params(conference.slug))).text())
    const renamed = `renamed-${conference.slug}`
    await db.conference.update({ where: { id: conference.id }, data: { slug: renamed } })

    const after = parseIcal(await (await conferenceCalendar(calendarRequest(''), params(renamed))).text())
    expect(prop(after[0]!, 'UID')).toBe(prop(before[0]!, 'UID'))
    expect((await conferenceCalendar(calendarRequest(''), params(conference.slug))).status).toBe(404)
  })

  it('spans the whole year when only the year is known', async () => {
    const conference = await insertConference({ startDate: new Date('2014-01-01T00:00:00Z'), endDate: null, datePrecision: 'YEAR' })
    const [event] = parseIcal(await (await conferenceCalendar(calendarRequest(''), params(conference.slug))).text())
    expect(prop(event!, 'DTSTART')).toBe('20140101')
    expect(prop(event!, 'DTEND')).toBe('20150101')
  })

  it('is not found for drafts, conferences in review, archived, future-dated and trashed ones', async () => {
    const hidden = await Promise.all([
      insertConference({ status: 'DRAFT' }),
      insertConference({ status: 'IN_REVIEW' }),
      insertConference({ status: 'ARCHIVED' }),
      insertConference({ publishedAt: new Date(Date.now() + DAY_MS) }),
      insertConference({ deletedAt: new Date() }),
    ])
    for (const row of hidden) {
      expect((await conferenceCalendar(calendarRequest(''), params(row.slug))).status).toBe(404)
    }
    expect((await conferenceCalendar(calendarRequest(''), params('no-such-conference'))).status).toBe(404)
  })
})

describe('training calendar file', () => {
  it('downloads one event for a published training and 404s for a draft', async () => {
    const tag = unique()
    const training = await insertTraining({
      title: `地球化学填图培训班, Geochemical mapping; ${tag}`,
      startDate: new Date('2023-02-01T00:00:00Z'),
      endDate: null,
      location: 'Langfang',
      country: 'CN',
    })
    const draft = await insertTraining({ status: 'DRAFT' })

    const response = await trainingCalendar(calendarRequest(''), params(training.slug))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${training.slug}.ics"`)
    const [event] = parseIcal(await response.text())
    expect(prop(event!, 'UID')).toBe(`training-${training.id}@geocoop`)
    expect(unescapeText(prop(event!, 'SUMMARY')!)).toBe(training.title)
    expect(unescapeText(prop(event!, 'LOCATION')!)).toBe('Langfang, China')
    expect(prop(event!, 'DTSTART')).toBe('20230201')
    expect(prop(event!, 'DTEND')).toBe('20230202')

    expect((await trainingCalendar(calendarRequest(''), params(draft.slug))).status).toBe(404)
  })
})

describe('events calendar', () => {
  it('lists upcoming and recent published events and leaves out old and unpublished ones', async () => {
    const upcomingConference = await insertConference({ startDate: daysFromToday(30), endDate: daysFromToday(32) })
    const todayTraining = await insertTraining({ startDate: daysFromToday(0) })
    const recentTraining = await insertTraining({ startDate: daysFromToday(-100) })
    const oldConference = await insertConference({ startDate: daysFromToday(-400) })
    const draftConference = await insertConference({ startDate: daysFromToday(30), status: 'DRAFT' })
    const trashedTraining = await insertTraining({ startDate: daysFromToday(10), deletedAt: new Date() })

    const response = await eventsCalendar()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const text = await response.text()
    expect(text).toContain('\r\nX-WR-CALNAME:GeoCoop events\r\n')
    const events = parseIcal(text)
    const uids = events.map((event) => prop(event, 'UID'))
    expect(uids).toContain(`conference-${upcomingConference.id}@geocoop`)
    expect(uids).toContain(`training-${todayTraining.id}@geocoop`)
    expect(uids).toContain(`training-${recentTraining.id}@geocoop`)
    expect(uids).not.toContain(`conference-${oldConference.id}@geocoop`)
    expect(uids).not.toContain(`conference-${draftConference.id}@geocoop`)
    expect(uids).not.toContain(`training-${trashedTraining.id}@geocoop`)
    expect(new Set(uids).size).toBe(uids.length)

    // Soonest first, conferences and trainings interleaved.
    const starts = events.map((event) => prop(event, 'DTSTART')!)
    expect(starts).toEqual([...starts].sort())
  })
})

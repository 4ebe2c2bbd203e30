import { afterEach, describe, expect, it } from 'vitest'
import { buildAtomFeed, formatRfc3339 } from '@/lib/feeds/atom'
import {
  allDayRange,
  buildCalendar,
  escapeIcalText,
  foldLine,
  formatIcalDate,
  formatIcalDateTime,
  type CalendarEvent,
} from '@/lib/feeds/ical'
import { buildRssFeed, formatRfc822 } from '@/lib/feeds/rss'
import { absoluteUrl, getSiteUrl } from '@/lib/site-url'
import type { FeedChannel, FeedEntry } from '@/lib/feeds/types'
import { escapeXml, stripInvalidXmlChars, xmlElement } from '@/lib/feeds/xml'
import { parseXml } from '../fixtures/feed-xml'

const utf8Length = (text: string) => Buffer.byteLength(text, 'utf8')
const day = (iso: string) => new Date(`${iso}T00:00:00Z`)


describe('XML escaping', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<b>Tom & "Jerry" 'n' co</b>`)).toBe(
      '&lt;b&gt;Tom &amp; &quot;Jerry&quot; &apos;n&apos; co&lt;/b&gt;',
    )
  })

  it('escapes an ampersand that already looks like an entity, so the text reads back unchanged', () => {
    expect(escapeXml('&amp; &#38;')).toBe('&amp;amp; &amp;#38;')
  })

  it('removes characters that XML 1.0 forbids and keeps tab, newlines, CJK and emoji', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFF')).toBe('abcdefgh')
    expect(stripInvalidXmlChars('lone \uD800 surrogate \uDC00')).toBe('lone  surrogate ')
    expect(stripInvalidXmlChars('tab\tline\nreturn\r 地质 🪨')).toBe('tab\tline\nreturn\r 地质 🪨')
  })

  it('rejects XML that is not well-formed in the test parser', () => {
    expect(() => parseXml('<a>&</a>')).toThrow()
    expect(() => parseXml('<a>\u0001</a>')).toThrow()
    expect(() => parseXml('<a><b></a>')).toThrow()
  })

  it('writes elements whose text and attributes read back as given', () => {
    const xml = xmlElement('title', `A < B & "C" 'D'\u0007`, { term: `x"y'z<&>` })
    const doc = parseXml(xml)
    expect(doc.documentElement?.textContent).toBe(`A < B & "C" 'D'`)
    expect(doc.documentElement?.getAttribute('term')).toBe(`x"y'z<&>`)
    expect(xmlElement('link', undefined, { href: '/a', rel: undefined })).toBe('<link href="/a"/>')
  })
})

describe('feed dates', () => {
  it('formats RSS dates as RFC 822 in GMT', () => {
    expect(formatRfc822(new Date('2013-11-20T08:05:09Z'))).toBe('Wed, 20 Nov 2013 08:05:09 GMT')
  })

  it('formats Atom dates as RFC 3339 in UTC', () => {
    expect(formatRfc3339(new Date('2013-11-20T08:05:09.123Z'))).toBe('2013-11-20T08:05:09Z')
  })
})

describe('feed documents', () => {
  const channel: FeedChannel = {
    title: 'News & notes',
    description: 'Everything <new>',
    pageUrl: 'https://geocoop.example/news',
    selfUrl: 'https://geocoop.example/news/rss.xml',
    language: 'en',
    author: 'GeoCoop',
    updated: new Date('2024-01-02T03:04:05Z'),
  }
  const entry: FeedEntry = {
    url: 'https://geocoop.example/news/a?x=1&y=2',
    title: `<b>&"'\u0001 地质调查`,
    summary: '',
    published: new Date('2024-01-01T00:00:00Z'),
    updated: new Date('2024-01-02T03:04:05Z'),
    categories: ['MOU & agreements'],
  }

  it('builds well-formed RSS with the texts intact', () => {
    const doc = parseXml(buildRssFeed(channel, [entry]))
    const item = doc.getElementsByTagName('item')[0]
    expect(item?.getElementsByTagName('title')[0]?.textContent).toBe(`<b>&"' 地质调查`)
    expect(item?.getElementsByTagName('guid')[0]?.textContent).toBe(entry.url)
    expect(item?.getElementsByTagName('category')[0]?.textContent).toBe('MOU & agreements')
    // An empty summary leaves the description out rather than writing an empty one.
    expect(item?.getElementsByTagName('description')).toHaveLength(0)
  })

  it('builds well-formed Atom with the texts intact', () => {
    const doc = parseXml(buildAtomFeed(channel, [entry]))
    const atom = 'http://www.w3.org/2005/Atom'
    const node = doc.getElementsByTagNameNS(atom, 'entry')[0]
    expect(node?.getElementsByTagNameNS(atom, 'title')[0]?.textContent).toBe(`<b>&"' 地质调查`)
    expect(node?.getElementsByTagNameNS(atom, 'id')[0]?.textContent).toBe(entry.url)
    expect(node?.getElementsByTagNameNS(atom, 'updated')[0]?.textContent).toBe('2024-01-02T03:04:05Z')
  })
})

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcalText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng')
  })

  it('removes control characters but keeps tabs, quotes and colons', () => {
    expect(escapeIcalText('a\u0000b\u0007c\u007Fd\te: "f"')).toBe('abcd\te: "f"')
  })
})

describe('iCalendar line folding', () => {
  it('leaves lines of up to 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(75 - 'SUMMARY:'.length)}`
    expect(foldLine(line)).toBe(line)
  })

  it('folds ASCII at 75 octets, continuation lines starting with a space', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(20)}`
    const folded = foldLine(line).split('\r\n')
    expect(folded.length).toBeGreaterThan(2)
    expect(folded[0]).toHaveLength(75)
    for (const physical of folded.slice(1)) expect(physical.startsWith(' ')).toBe(true)
    for (const physical of folded) expect(utf8Length(physical)).toBeLessThanOrEqual(75)
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line)
  })

  it('folds CJK text without cutting a character in two', () => {
    const text = '国际地质调查合作会议在筑波举行，来自亚洲各国的地质调查机构参加了本次会议。'.repeat(3)
    const line = `SUMMARY:${text}`
    const folded = foldLine(line).split('\r\n')
    expect(folded.length).toBeGreaterThan(2)
    for (const physical of folded) {
      expect(utf8Length(physical)).toBeLessThanOrEqual(75)
      // A cut character would have become U+FFFD when the line is encoded on its own.
      expect(Buffer.from(physical, 'utf8').toString('utf8')).toBe(physical)
      expect(physical).not.toMatch(/\uFFFD/)
    }
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line)
  })

  it('keeps four-byte characters (surrogate pairs) whole', () => {
    const line = `SUMMARY:${'🪨'.repeat(40)}`
    const folded = foldLine(line).split('\r\n')
    for (const physical of folded) {
      expect(utf8Length(physical)).toBeLessThanOrEqual(75)
      expect(physical).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
    }
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line)
  })
})

describe('iCalendar dates', () => {
  it('formats DATE and UTC DATE-TIME values', () => {
    expect(formatIcalDate(day('2015-06-01'))).toBe('20150601')
    expect(formatIcalDateTime(new Date('2015-06-01T09:30:05.250Z'))).toBe('20150601T093005Z')
  })

  const range = (start: string, end: string | null, precision: 'DAY' | 'MONTH' | 'YEAR') => {
    const r = allDayRange(day(start), end ? day(end) : null, precision)
    return [formatIcalDate(r.start), formatIcalDate(r.end)]
  }

  it('makes a one-day event end on the next day, as DTEND is exclusive', () => {
    expect(range('2015-06-01', null, 'DAY')).toEqual(['20150601', '20150602'])
    expect(range('2015-06-01', '2015-06-01', 'DAY')).toEqual(['20150601', '20150602'])
  })

  it('ends a multi-day event the day after its last day, across months and years', () => {
    expect(range('2015-06-29', '2015-07-02', 'DAY')).toEqual(['20150629', '20150703'])
    expect(range('2015-12-30', '2015-12-31', 'DAY')).toEqual(['20151230', '20160101'])
    expect(range('2024-02-27', '2024-02-28', 'DAY')).toEqual(['20240227', '20240229'])
  })

  it('spans the whole month or year when only the month or year is known', () => {
    expect(range('2015-06-01', null, 'MONTH')).toEqual(['20150601', '20150701'])
    expect(range('2015-06-15', '2015-08-10', 'MONTH')).toEqual(['20150601', '20150901'])
    expect(range('2015-12-01', null, 'MONTH')).toEqual(['20151201', '20160101'])
    expect(range('2014-01-01', null, 'YEAR')).toEqual(['20140101', '20150101'])
    expect(range('2014-01-01', '2015-01-01', 'YEAR')).toEqual(['20140101', '20160101'])
  })

  it('treats an end before the start as a one-day event', () => {
    expect(range('2015-06-10', '2015-06-01', 'DAY')).toEqual(['20150610', '20150611'])
  })
})

describe('iCalendar documents', () => {
  const event: CalendarEvent = {
    uid: 'conference-abc@geocoop',
    stamp: new Date('2024-03-04T05:06:07Z'),
    start: day('2015-06-01'),
    end: day('2015-06-03'),
    precision: 'DAY',
    summary: 'Symposium; volcanoes, hazards',
    location: 'Tsukuba, Japan',
    description: 'Line one\nLine two',
    url: 'https://geocoop.example/conferences/symposium',
  }

  it('uses CRLF line endings throughout and wraps events in a VCALENDAR', () => {
    const ics = buildCalendar({ name: 'GeoCoop events', refreshInterval: 'PT12H' }, [event])
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = ics.split('\r\n')
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'PRODID:-//GeoCoop//Events//EN',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:GeoCoop events',
    ])
    expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H')
    expect(lines).toContain('UID:conference-abc@geocoop')
    expect(lines).toContain('DTSTAMP:20240304T050607Z')
    expect(lines).toContain('DTSTART;VALUE=DATE:20150601')
    expect(lines).toContain('DTEND;VALUE=DATE:20150604')
    expect(lines).toContain('SUMMARY:Symposium\\; volcanoes\\, hazards')
    expect(lines).toContain('LOCATION:Tsukuba\\, Japan')
    expect(lines).toContain('DESCRIPTION:Line one\\nLine two')
    expect(lines.at(-2)).toBe('END:VCALENDAR')
  })
})

describe('site URL', () => {
  const original = process.env.SITE_URL
  afterEach(() => {
    if (original === undefined) delete process.env.SITE_URL
    else process.env.SITE_URL = original
  })

  it('defaults to localhost and drops a trailing slash', () => {
    delete process.env.SITE_URL
    expect(getSiteUrl()).toBe('http://localhost:3000')
    process.env.SITE_URL = 'https://geocoop.example/'
    expect(absoluteUrl('/news/a')).toBe('https://geocoop.example/news/a')
  })

  it('refuses a value that is not an http(s) URL', () => {
    process.env.SITE_URL = 'ftp://geocoop.example'
    expect(() => getSiteUrl()).toThrow(/SITE_URL/)
    process.env.SITE_URL = 'not a url'
    expect(() => getSiteUrl()).toThrow(/SITE_URL/)
  })
})

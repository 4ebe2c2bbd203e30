import type { DatePrecision } from '@/lib/utils'

/** One all-day event of a calendar. */
export type CalendarEvent = {
  /** Globally unique and stable across requests and deploys, e.g. "conference-<row id>@geocoop". */
  uid: string
  /** When the row last changed (DTSTAMP). */
  stamp: Date
  start: Date
  /** Inclusive last day as stored; null for a one-day (or one-month, one-year) event. */
  end: Date | null
  precision: DatePrecision
  summary: string
  location?: string
  description?: string
  /** Absolute URL of the event's page. */
  url: string
}

export type CalendarInfo = {
  /** Shown by calendar apps as the calendar's name (X-WR-CALNAME). */
  name: string
  description?: string
  /** How often a subscribed client should refetch, as an RFC 5545 duration, e.g. "PT12H". */
  refreshInterval?: string
}

const PRODID = '-//GeoCoop//Events//EN'
const MAX_LINE_OCTETS = 75
const DAY_MS = 86_400_000

// Control characters are not allowed in TEXT values (RFC 5545 §3.3.11) apart
// from the tab; line breaks are turned into "\n" before this runs. Unpaired
// surrogates cannot be encoded as UTF-8 at all.
const INVALID_TEXT_CHARS = /[\u0000-\u0008\u000A-\u001F\u007F]|[\uD800-\uDFFF]/gu

/**
 * Escapes a TEXT property value: backslash, semicolon and comma get a
 * backslash, and every line break (CRLF, CR or LF) becomes the two characters
 * "\n". Control characters are removed.
 */
export function escapeIcalText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(INVALID_TEXT_CHARS, '').replace(/[\\;,]/g, (char) => `\\${char}`))
    .join('\\n')
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1
  if (codePoint < 0x800) return 2
  if (codePoint < 0x10000) return 3
  return 4
}

/**
 * Folds one content line so that no physical line is longer than 75 octets
 * of UTF-8 (RFC 5545 §3.1): the continuation lines start with a space, which
 * counts towards their 75. It splits between code points only, so a
 * multi-byte character (CJK, an emoji) is never cut in two.
 */
export function foldLine(line: string): string {
  const lines: string[] = []
  let current = ''
  let octets = 0
  let limit = MAX_LINE_OCTETS
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0)
    if (octets + size > limit) {
      lines.push(current)
      current = ''
      octets = 0
      limit = MAX_LINE_OCTETS - 1
    }
    current += char
    octets += size
  }
  lines.push(current)
  return lines.join('\r\n ')
}

/** A DATE value: "20150601", read in UTC, as dates are stored at UTC midnight. */
export function formatIcalDate(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll('-', '')
}

/** A UTC DATE-TIME value: "20150601T093000Z". */
export function formatIcalDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
}

function firstDay(date: Date, precision: DatePrecision): Date {
  const year = date.getUTCFullYear()
  if (precision === 'YEAR') return new Date(Date.UTC(year, 0, 1))
  if (precision === 'MONTH') return new Date(Date.UTC(year, date.getUTCMonth(), 1))
  return new Date(Date.UTC(year, date.getUTCMonth(), date.getUTCDate()))
}

function dayAfterLast(date: Date, precision: DatePrecision): Date {
  const year = date.getUTCFullYear()
  if (precision === 'YEAR') return new Date(Date.UTC(year + 1, 0, 1))
  if (precision === 'MONTH') return new Date(Date.UTC(year, date.getUTCMonth() + 1, 1))
  return new Date(firstDay(date, 'DAY').getTime() + DAY_MS)
}

/**
 * The DTSTART and DTEND of an all-day event. DTEND is exclusive (RFC 5545
 * §3.6.1), so it is the day after the last day. A date known only to the
 * month or the year spans the whole month or year: a conference "in June
 * 2015" runs from 1 June to 30 June inclusive. A missing end means the event
 * lasts one day (month, year); an end before the start is a data error and is
 * treated the same way.
 */
export function allDayRange(start: Date, end: Date | null, precision: DatePrecision): { start: Date; end: Date } {
  const from = firstDay(start, precision)
  const to = end ? dayAfterLast(end, precision) : null
  return { start: from, end: to && to > from ? to : dayAfterLast(start, precision) }
}

function event(item: CalendarEvent): string[] {
  const { start, end } = allDayRange(item.start, item.end, item.precision)
  return [
    'BEGIN:VEVENT',
    `UID:${escapeIcalText(item.uid)}`,
    `DTSTAMP:${formatIcalDateTime(item.stamp)}`,
    `DTSTART;VALUE=DATE:${formatIcalDate(start)}`,
    `DTEND;VALUE=DATE:${formatIcalDate(end)}`,
    `SUMMARY:${escapeIcalText(item.summary)}`,
    ...(item.location ? [`LOCATION:${escapeIcalText(item.location)}`] : []),
    ...(item.description ? [`DESCRIPTION:${escapeIcalText(item.description)}`] : []),
    // A URI value is not TEXT, so it is not escaped; it must still be one line.
    `URL:${item.url.replace(/[\u0000-\u001F\u007F]/g, '')}`,
    // All-day events of other organisations should not mark the subscriber as busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ]
}

/**
 * A complete iCalendar (RFC 5545) object with CRLF line endings and folded
 * lines, ready to be served as text/calendar.
 */
export function buildCalendar(info: CalendarInfo, events: CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcalText(info.name)}`,
    ...(info.description ? [`X-WR-CALDESC:${escapeIcalText(info.description)}`] : []),
    ...(info.refreshInterval
      ? [`REFRESH-INTERVAL;VALUE=DURATION:${info.refreshInterval}`, `X-PUBLISHED-TTL:${info.refreshInterval}`]
      : []),
    ...events.flatMap(event),
    'END:VCALENDAR',
  ]
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}

import { clsx, type ClassValue } from 'clsx'
import { twMerge } from 'tailwind-merge'

/**
 * Joins class names and resolves Tailwind conflicts, so a `className` prop
 * passed by a caller overrides the component's own utilities
 * (`cn('px-4', 'px-2')` → `'px-2'`).
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs))
}

/** How precisely a stored date is known; mirrors the `DatePrecision` enum in the schema. */
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR'

const precisionOptions: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  DAY: { day: 'numeric', month: 'long', year: 'numeric' },
  MONTH: { month: 'long', year: 'numeric' },
  YEAR: { year: 'numeric' },
}

const formatters = new Map<string, Intl.DateTimeFormat>()

// Dates are stored as UTC midnight, so formatting in UTC keeps "5 July" from
// turning into "4 July" for a reader (or server) west of Greenwich.
function getFormatter(precision: DatePrecision, locale: string): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...precisionOptions[precision], timeZone: 'UTC' })
    formatters.set(key, formatter)
  }
  return formatter
}

function toDate(value: Date | string): Date | null {
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * Formats a date at the precision it is known to, always in UTC.
 *
 * - `DAY` → "5 July 2010"
 * - `MONTH` → "July 2010"
 * - `YEAR` → "2010"
 *
 * Strings are parsed with `new Date()`, so ISO dates ("2010-07-05") work.
 * Returns an empty string for an invalid date rather than throwing, so one bad
 * value cannot break a public page.
 */
export function formatDate(
  date: Date | string,
  precision: DatePrecision = 'DAY',
  locale = 'en-GB',
): string {
  const parsed = toDate(date)
  return parsed ? getFormatter(precision, locale).format(parsed) : ''
}

const NUMERIC_PARTS = new Set<Intl.DateTimeFormatPartTypes>(['day', 'year'])

function isSingleNumber(parts: Intl.DateTimeRangeFormatPart[]): boolean {
  return parts.length === 1 && parts[0] !== undefined && NUMERIC_PARTS.has(parts[0].type)
}

/**
 * Formats a period at the given precision, in UTC, without repeating what the
 * two ends share:
 *
 * - `YEAR`: "2021–2025", or "2021" when both ends fall in the same year
 * - `MONTH`: "July 2010 – July 2025", "March – July 2010"
 * - `DAY`: "3–5 July 2023", "30 June – 2 July 2023", "5 July 2010" for a single day
 *
 * A `null` (or invalid) end means the period has no known end, and only the
 * start is formatted; callers add wording such as "ongoing" if they need it.
 * Two bare numbers are joined with an unspaced en dash and anything longer with
 * a spaced one, whatever spacing the runtime's ICU data would use.
 */
export function formatDateRange(
  start: Date | string,
  end: Date | string | null,
  precision: DatePrecision = 'DAY',
  locale = 'en-GB',
): string {
  const from = toDate(start)
  if (!from) return ''
  const to = end === null ? null : toDate(end)
  if (!to) return formatDate(from, precision, locale)
  // Reversed ranges are a data error; show both ends as entered instead of throwing.
  if (to.getTime() < from.getTime()) {
    return `${formatDate(from, precision, locale)} – ${formatDate(to, precision, locale)}`
  }

  const parts = getFormatter(precision, locale).formatRangeToParts(from, to)
  const lastStart = parts.findLastIndex((part) => part.source === 'startRange')
  const firstEnd = parts.findIndex((part) => part.source === 'endRange')
  if (lastStart === -1 || firstEnd === -1) {
    return parts.map((part) => part.value).join('')
  }

  const separator = parts
    .slice(lastStart + 1, firstEnd)
    .map((part) => part.value)
    .join('')
  if (!/^\s*[–-]\s*$/.test(separator)) {
    return parts.map((part) => part.value).join('')
  }

  const startParts = parts.filter((part) => part.source === 'startRange')
  const endParts = parts.filter((part) => part.source === 'endRange')
  const dash = isSingleNumber(startParts) && isSingleNumber(endParts) ? '–' : ' – '
  const text = (list: Intl.DateTimeRangeFormatPart[]) => list.map((part) => part.value).join('')

  return text(parts.slice(0, lastStart + 1)) + dash + text(parts.slice(firstEnd))
}

const regionNames = new Map<string, Intl.DisplayNames>()

/**
 * Returns the display name of an ISO 3166-1 alpha-2 country code
 * (`countryName('DE')` → "Germany"). Falls back to the code itself when the
 * code or the locale is not recognised.
 */
export function countryName(code: string, locale = 'en'): string {
  const normalized = code.trim().toUpperCase()
  try {
    let names = regionNames.get(locale)
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })
      regionNames.set(locale, names)
    }
    return names.of(normalized) ?? code
  } catch {
    return code
  }
}

import { z } from 'zod'
import { isCountryCode, normalizeCountryCode } from '@/lib/countries'
import type { FormValues } from '@/lib/editorial/types'
import { ConferenceRole, DatePrecision } from '@/lib/generated/prisma/enums'
import { PageQuerySchema, SlugSchema, emptyToUndefined } from './common'

/** The conferences list's time filter: from today on, before today, or both. */
export const CONFERENCE_WHEN = ['upcoming', 'past', 'all'] as const

export type ConferenceWhen = (typeof CONFERENCE_WHEN)[number]

/**
 * `?when=&year=&page=` of the public conferences list. Anything that is not
 * one of the choices means "all" (for `when`), no year filter or page 1, so
 * a hand-edited URL never leads to an error page.
 */
export const ConferenceListQuerySchema = z.object({
  when: z.enum(CONFERENCE_WHEN).catch('all'),
  year: z.coerce.number().int().min(1900).max(2200).optional().catch(undefined),
  page: PageQuerySchema.shape.page,
})

export type ConferenceListQuery = z.infer<typeof ConferenceListQuerySchema>

// ---- Admin form ------------------------------------------------------------
//
// The schemas and functions below are shared by the two kinds of event,
// conferences and trainings (lib/validation/trainings.ts), whose forms have
// the same date, precision, country and participant fields.

/** Turns a blank or missing choice into null: "not chosen yet", for choices a draft may leave open. */
export const blankToNull = (value: unknown) => (value === undefined || emptyToUndefined(value) === undefined ? null : value)

/** A text field that must not be blank; a missing field gets the same message as an empty one. */
export function requiredText(message: string, max: number, tooLong: string) {
  return z.string({ error: message }).trim().min(1, message).max(max, tooLong)
}

/** A text field that may be blank; blank is stored as "none" (NULL). */
export function optionalText(max: number, tooLong: string) {
  return z.preprocess(emptyToUndefined, z.string().trim().max(max, tooLong).optional())
}

/** A missing or blank slug gets only "Enter a slug", not also the format message. */
export const SlugFieldSchema = z.preprocess((value) => value ?? '', z.string().trim().min(1, 'Enter a slug').pipe(SlugSchema))

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * "2024-05-31" (what <input type="date"> sends) as midnight UTC, the way
 * event dates are stored; null for anything else, including days that do not
 * exist such as "2023-02-30".
 */
export function parseDateInput(value: string): Date | null {
  const match = ISO_DATE.exec(value.trim())
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < 1900 || year > 2200) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null
}

/** A stored date as <input type="date"> shows it: "2024-05-31". */
export function toDateInput(date: Date): string {
  return date.toISOString().slice(0, 10)
}

function dateSchema(which: string) {
  return z.string().transform((value, ctx) => {
    const date = parseDateInput(value)
    if (date) return date
    ctx.issues.push({ code: 'custom', message: `Enter the ${which} as a real date, e.g. 2024-05-31`, input: value })
    return z.NEVER
  })
}

/** A required date from <input type="date">. */
export const StartDateSchema = z.preprocess(
  (value) => emptyToUndefined(value) ?? '',
  z.string().min(1, 'Enter the start date').pipe(dateSchema('start date')),
)

/** An optional date from <input type="date">; blank means "not known" (NULL). */
export const EndDateSchema = z.preprocess(emptyToUndefined, dateSchema('end date').optional())

/**
 * The end date may not come before the start date. The error is shown on the
 * end date, and the rule is checked even when other fields have errors (as
 * long as both dates are valid), so the user sees every problem at once.
 */
export function endNotBeforeStart(v: { startDate: Date; endDate?: Date }): boolean {
  return !v.endDate || v.endDate.getTime() >= v.startDate.getTime()
}

export const endNotBeforeStartParams = {
  path: ['endDate'],
  message: 'The end date must be on or after the start date',
  when: (payload: { value: unknown }) => {
    const value = payload.value as { startDate?: unknown; endDate?: unknown } | undefined
    return value?.startDate instanceof Date && value.endDate instanceof Date
  },
}

/** How precisely the dates are known; blank means to the day, as the column's default. */
export const DatePrecisionSchema = z.preprocess(
  emptyToUndefined,
  z.enum(DatePrecision, { error: 'Choose how precisely the dates are known' }).default('DAY'),
)

/** A required ISO 3166-1 alpha-2 code, read in any letter case and stored upper-case. */
export function requiredCountry(message: string) {
  return z.preprocess(
    (value) => {
      const v = emptyToUndefined(value)
      return typeof v === 'string' ? normalizeCountryCode(v) : v
    },
    z.string({ error: message }).refine(isCountryCode, 'Choose a country from the list'),
  )
}

/** An optional ISO 3166-1 alpha-2 code; blank means none (NULL). */
export const OptionalCountrySchema = z.preprocess(
  (value) => {
    const v = emptyToUndefined(value)
    return typeof v === 'string' ? normalizeCountryCode(v) : v
  },
  z.string().refine(isCountryCode, 'Choose a country from the list').optional(),
)

/** The most people one event can be said to have had; more is a typing error. */
export const MAX_PARTICIPANTS = 1_000_000

/** A number of participants: a whole number of 0 or more; blank means "not known" (NULL). */
export const ParticipantsCountSchema = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'Enter the number of participants as a whole number, e.g. 120')
    .transform(Number)
    .pipe(z.number().max(MAX_PARTICIPANTS, 'Enter at most 1,000,000 participants'))
    .optional(),
)

/** A web address on the internet, e.g. "https://www.ccop.asia/as60" (older event sites may be plain http). */
function isWebUrl(value: string): boolean {
  if (/\s/.test(value)) return false
  try {
    const url = new URL(value)
    // A dot in the host rules out typos such as "https://ccop" and local names.
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}

/** The event's own website; blank means none. */
export const EventUrlSchema = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .max(2000, 'The web address must be at most 2,000 characters')
    .refine(isWebUrl, 'Enter the web address starting with https://, e.g. https://www.ccop.asia')
    .optional(),
)

/** The shortest summary a public conference page may have. */
export const MIN_PUBLISHED_CONFERENCE_SUMMARY_LENGTH = 20

const ConferenceSummarySchema = z.string().trim().max(5000, 'The summary must be at most 5,000 characters').default('')

/** Blank in a draft (null: "not chosen yet"); required to publish. */
const ConferenceRoleSchema = z.preprocess(
  blankToNull,
  z.enum(ConferenceRole, { error: 'Choose a role from the list' }).nullable(),
)

const conferenceFields = {
  name: requiredText('Enter the name of the conference', 300, 'The name must be at most 300 characters'),
  edition: optionalText(40, 'The edition must be at most 40 characters'),
  series: optionalText(200, 'The series must be at most 200 characters'),
  slug: SlugFieldSchema,
  summary: ConferenceSummarySchema,
  startDate: StartDateSchema,
  endDate: EndDateSchema,
  datePrecision: DatePrecisionSchema,
  city: optionalText(100, 'The city must be at most 100 characters'),
  country: requiredCountry('Choose the country where the conference took place'),
  role: ConferenceRoleSchema,
  participantsCount: ParticipantsCountSchema,
  url: EventUrlSchema,
}

/** A conference as saved from the admin form: a draft needs its name, slug, start date and country. */
export const ConferenceDraftSchema = z
  .object(conferenceFields)
  .strict()
  .refine(endNotBeforeStart, endNotBeforeStartParams)

/**
 * What a public conference page needs besides a draft's fields: a summary and
 * the survey's role. The rules sit on the fields (same output type as the
 * draft) so that they are reported together with any other error.
 */
export const ConferencePublishSchema = z
  .object({
    ...conferenceFields,
    summary: ConferenceSummarySchema.refine(
      (summary) => summary.length >= MIN_PUBLISHED_CONFERENCE_SUMMARY_LENGTH,
      `Enter a summary of at least ${MIN_PUBLISHED_CONFERENCE_SUMMARY_LENGTH} characters: the public page shows it`,
    ),
    role: ConferenceRoleSchema.refine((role) => role !== null, "Choose the survey's role in the conference"),
  })
  .strict()
  .refine(endNotBeforeStart, endNotBeforeStartParams)

export type ConferenceInput = z.infer<typeof ConferenceDraftSchema>

/** The form values of a conference; parsing them with ConferenceDraftSchema gives the same input back. */
export function conferenceToFormValues(input: ConferenceInput): FormValues {
  return {
    name: input.name,
    edition: input.edition ?? '',
    series: input.series ?? '',
    slug: input.slug,
    summary: input.summary,
    startDate: toDateInput(input.startDate),
    endDate: input.endDate ? toDateInput(input.endDate) : '',
    datePrecision: input.datePrecision,
    city: input.city ?? '',
    country: input.country,
    role: input.role ?? '',
    participantsCount: input.participantsCount === undefined ? '' : String(input.participantsCount),
    url: input.url ?? '',
  }
}

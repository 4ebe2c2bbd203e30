import { z } from 'zod'
import { isCountryCode, normalizeCountryCode } from '@/lib/countries'
import type { FormValues } from '@/lib/editorial/types'
import { DatePrecision } from '@/lib/generated/prisma/enums'
import { MOU_STATUSES } from '@/lib/mou-status'
import { IdListSchema, IdSchema, PageQuerySchema, SlugSchema, emptyToUndefined } from './common'

/** An ISO 3166-1 alpha-2 code from the URL; "nz" is read as "NZ", and a code that is no country is refused. */
const CountryCodeQuerySchema = z.preprocess(
  (value) => (typeof value === 'string' ? normalizeCountryCode(value) : value),
  z.string().refine(isCountryCode),
)

/**
 * The values of the MOU list's `status` filter: one computed status, or
 * `IN_FORCE` for every MOU that has not expired (active, expiring soon or
 * indefinite), which is what the home page counts.
 */
export const MOU_STATUS_FILTERS = ['IN_FORCE', ...MOU_STATUSES] as const

export type MouStatusFilter = (typeof MOU_STATUS_FILTERS)[number]

/**
 * `?country=&status=&page=` of the public MOU list. A missing, blank,
 * repeated or unknown value means "no filter" (or page 1), so a hand-edited
 * URL never leads to an error page. Statuses are read in any letter case.
 */
export const MouListQuerySchema = z.object({
  country: CountryCodeQuerySchema.optional().catch(undefined),
  status: z
    .preprocess((value) => (typeof value === 'string' ? value.trim().toUpperCase() : value), z.enum(MOU_STATUS_FILTERS))
    .optional()
    .catch(undefined),
  page: PageQuerySchema.shape.page,
})

export type MouListQuery = z.infer<typeof MouListQuerySchema>

// ---- The admin form ------------------------------------------------------

/** The shortest summary a public MOU page may have. */
export const MIN_PUBLISHED_MOU_SUMMARY_LENGTH = 20

/**
 * What an MOU without an end date says about its term when the editor
 * chooses "No fixed end date" and leaves the term blank; the public page
 * shows it.
 */
export const DEFAULT_MOU_END_TERM = 'Indefinite'

/** A text field that must not be blank; a missing field gets the same message as an empty one. */
function requiredText(message: string, max: number, tooLong: string) {
  return z.string({ error: message }).trim().min(1, message).max(max, tooLong)
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`)
  // "2024-02-30" parses to 1 March, so the date must format back to itself.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/**
 * A day from an <input type="date"> ("YYYY-MM-DD"), read as UTC midnight
 * because the columns are SQL dates and the site formats them in UTC.
 */
function day(label: string, missing: string) {
  return z
    .string({ error: missing })
    .trim()
    // One message per problem: a value in the wrong format is not also called a non-existent day.
    .superRefine((value, ctx) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
        ctx.addIssue({ code: 'custom', message: `Enter the ${label} as a date, e.g. 2024-05-31` })
      else if (!isRealDate(value))
        ctx.addIssue({ code: 'custom', message: `Check the ${label}: that day does not exist in the calendar` })
    })
    .transform((value) => new Date(`${value}T00:00:00Z`))
}

/**
 * The "Does the MOU have an end date?" choice. The form's radio buttons send
 * "no" (it ends on a date) or "yes" (no fixed end date); a missing value means
 * "no". A checkbox's "on" and the words "true"/"false" are read too, for
 * values written by hand or by scripts.
 */
const NoEndDateSchema = z.preprocess(
  (value) => (value === undefined || value === null ? '' : value),
  z
    .enum(['', 'no', 'yes', 'false', 'true', 'off', 'on'], { error: 'Choose whether the MOU has an end date' })
    .transform((value) => value === 'yes' || value === 'true' || value === 'on'),
)

/**
 * An MOU as saved from the admin form. A draft needs what identifies it and
 * what the table cannot store without: subject, slug, country and start date.
 * Blank optional fields parse to undefined (stored as NULL) and lists to [],
 * so that a parsed draft maps back to the same form values.
 *
 * `noEndDate` is the "No fixed end date" choice: it decides which of
 * `endDate` and `endTerm` applies, and is folded into them after parsing,
 * because the columns store either an end date or the term that ends the
 * MOU, never both.
 */
export const MouDraftSchema = z
  .object({
    subject: requiredText('Enter the subject of the MOU', 300, 'The subject must be at most 300 characters'),
    // A missing or blank slug gets only "Enter a slug", not also the format
    // message: the pipe stops at the first schema's error.
    slug: z.preprocess((value) => value ?? '', z.string().trim().min(1, 'Enter a slug').pipe(SlugSchema)),
    country: z.preprocess(
      (value) => {
        const v = emptyToUndefined(value)
        return typeof v === 'string' ? normalizeCountryCode(v) : v
      },
      z.string({ error: 'Choose the country of the counterparts' }).refine(isCountryCode, 'Choose a country from the list'),
    ),
    // The order of the ids is the order the agreement names its counterparts.
    counterpartIds: IdListSchema.pipe(z.array(z.string()).max(50, 'Choose at most 50 counterparts')),
    summary: z.string().trim().max(5_000, 'The summary must be at most 5,000 characters').default(''),
    startDate: z.preprocess(emptyToUndefined, day('start date', 'Enter the date the MOU was signed or took effect')),
    endDate: z.preprocess(emptyToUndefined, day('end date', 'Enter the end date').optional()),
    noEndDate: NoEndDateSchema,
    endTerm: z.preprocess(
      emptyToUndefined,
      z.string().trim().max(300, 'The term must be at most 300 characters').optional(),
    ),
    // Dates come from day pickers, so by default they are shown to the day;
    // an editor who only knows the month or year (as older sources often
    // give them) says so here.
    datePrecision: z.preprocess(
      emptyToUndefined,
      z.enum(DatePrecision, { error: 'Choose how precisely the dates are known' }).default('DAY'),
    ),
    renewsId: z.preprocess(emptyToUndefined, IdSchema.optional()),
    documentIds: IdListSchema,
  })
  .strict()
  .superRefine((mou, ctx) => {
    if (mou.noEndDate && mou.endDate)
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: 'Clear the end date, or choose “Ends on a date”',
      })
    if (!mou.noEndDate && mou.endTerm !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['endTerm'],
        message: 'Choose “No fixed end date” to describe the term, or clear the term',
      })
    if (mou.endDate && mou.endDate < mou.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date must be on or after the start date' })
  })
  .transform(({ noEndDate, endDate, endTerm, ...mou }) => ({
    ...mou,
    endDate: noEndDate ? undefined : endDate,
    endTerm: noEndDate ? (endTerm ?? DEFAULT_MOU_END_TERM) : undefined,
  }))

export type MouInput = z.infer<typeof MouDraftSchema>

/** An MOU complete enough for its public page: counterparts, an end (date or term) and a summary. */
export const MouPublishSchema = MouDraftSchema.superRefine((mou, ctx) => {
  if (mou.counterpartIds.length === 0)
    ctx.addIssue({ code: 'custom', path: ['counterpartIds'], message: 'Choose at least one counterpart organization' })
  if (!mou.endDate && !mou.endTerm)
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'Enter the end date, or choose “No fixed end date”',
    })
  if (mou.summary.length < MIN_PUBLISHED_MOU_SUMMARY_LENGTH)
    ctx.addIssue({
      code: 'custom',
      path: ['summary'],
      message: `Enter a summary of at least ${MIN_PUBLISHED_MOU_SUMMARY_LENGTH} characters: the MOU's public page shows it`,
    })
})

/** A date as the value of an <input type="date">: the UTC day, or ''. */
function toDateInput(date: Date | undefined): string {
  return date ? date.toISOString().slice(0, 10) : ''
}

/** The form values of an MOU; parsing them with MouDraftSchema gives the same input back. */
export function mouToFormValues(input: MouInput): FormValues {
  return {
    subject: input.subject,
    slug: input.slug,
    country: input.country,
    counterpartIds: input.counterpartIds.join(','),
    summary: input.summary,
    startDate: toDateInput(input.startDate),
    endDate: toDateInput(input.endDate),
    noEndDate: input.endTerm !== undefined ? 'yes' : 'no',
    endTerm: input.endTerm ?? '',
    datePrecision: input.datePrecision,
    renewsId: input.renewsId ?? '',
    documentIds: input.documentIds.join(','),
  }
}

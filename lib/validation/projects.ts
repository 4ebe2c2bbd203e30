import { z } from 'zod'
import { isCountryCode, normalizeCountryCode } from '@/lib/countries'
import type { FormValues } from '@/lib/editorial/types'
import { DatePrecision, PartnerRole, ProjectScope, ProjectStatus } from '@/lib/generated/prisma/enums'
import { emptyToUndefined, IdListSchema, PageQuerySchema, SlugSchema } from './common'

const upperCase = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() : value)

/** An ISO 3166-1 alpha-2 code from the URL; "cn" is read as "CN". */
const CountryCodeQuerySchema = z.preprocess(upperCase, z.string().regex(/^[A-Z]{2}$/))

/**
 * `?status=&topic=&country=&scope=&page=` of the public projects list. A
 * missing, blank, repeated or unknown value means "no filter" (or page 1), so
 * a hand-edited URL never leads to an error page. Enum values are read in any
 * case ("active" is ACTIVE); a topic is matched exactly as stored.
 */
export const ProjectListQuerySchema = z.object({
  status: z.preprocess(upperCase, z.enum(ProjectStatus)).optional().catch(undefined),
  topic: z.preprocess(emptyToUndefined, z.string().trim().min(1).max(100).optional()).catch(undefined),
  country: CountryCodeQuerySchema.optional().catch(undefined),
  scope: z.preprocess(upperCase, z.enum(ProjectScope)).optional().catch(undefined),
  page: PageQuerySchema.shape.page,
})

export type ProjectListQuery = z.infer<typeof ProjectListQuerySchema>

// ---- The admin form ------------------------------------------------------

/** An optional text field: blank means none, so the column is stored as NULL. */
function optionalText(max: number, tooLong: string) {
  return z.preprocess(emptyToUndefined, z.string().trim().max(max, tooLong).optional())
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`)
  // "2024-02-30" parses to 1 March, so the date must format back to itself.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/**
 * A day from an <input type="date"> ("YYYY-MM-DD"), read as UTC midnight
 * because the columns are SQL dates and the site formats them in UTC; blank
 * means none.
 */
function optionalDay(label: string) {
  return z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      // A malformed value gets one message, not also "does not exist".
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `Enter the ${label} as a date, e.g. 2024-05-31`, abort: true })
      .refine(isRealDate, `Enter a ${label} that exists in the calendar`)
      .transform((value) => new Date(`${value}T00:00:00Z`))
      .optional(),
  )
}

/** A choice from a <select> whose blank first option means "not chosen yet". */
function optionalChoice<const T extends Record<string, string>>(values: T, message: string) {
  return z.preprocess(emptyToUndefined, z.enum(values, { error: message }).optional())
}

/** Splits a value on a separator, trims, drops blanks and repeats (keeping the first). */
function splitUnique(value: unknown, separator: RegExp): unknown {
  if (value === undefined || value === null) return []
  if (typeof value !== 'string') return value
  return [...new Set(value.split(separator).map((item) => item.trim()).filter(Boolean))]
}

/**
 * A list typed into a textarea, one item per line. Blank lines and repeated
 * lines are dropped, so the stored list is what the public page shows.
 */
function lineList(noun: string, maxItems: number, maxLength: number) {
  return z.preprocess(
    (value) => splitUnique(value, /\r?\n/),
    z
      .array(z.string().max(maxLength, `Each ${noun} must be at most ${maxLength} characters`))
      .max(maxItems, `Enter at most ${maxItems} ${noun}s`),
  )
}

/**
 * Countries taking part, as ISO 3166-1 alpha-2 codes separated by commas or
 * spaces (the picker sends them comma-joined). Codes are stored upper case
 * and each must be a known country.
 */
const CountryListSchema = z.preprocess(
  (value) => {
    const items = splitUnique(value, /[\s,]+/)
    return Array.isArray(items) ? [...new Set(items.map((item) => normalizeCountryCode(String(item))))] : items
  },
  z
    .array(z.string())
    .max(250, 'Choose at most 250 countries')
    .superRefine((codes, ctx) => {
      const unknown = codes.filter((code) => !isCountryCode(code))
      if (unknown.length > 0)
        ctx.addIssue({
          code: 'custom',
          message: `Not a known country code: ${unknown.join(', ')}. Choose the countries from the list.`,
        })
    }),
)

export type ProjectPartnerInput = { organizationId: string; role: PartnerRole }

const partnerRoles: readonly string[] = Object.values(PartnerRole)

function isPartnerRole(value: string): value is PartnerRole {
  return partnerRoles.includes(value)
}

/** "orgId:ROLE" as the form's partner rows submit it; blank items are dropped. */
function splitPartners(value: unknown): unknown {
  if (value === undefined || value === null) return []
  if (typeof value !== 'string') return value
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const colon = item.lastIndexOf(':')
      return colon === -1
        ? { organizationId: item, role: '' }
        : { organizationId: item.slice(0, colon).trim(), role: item.slice(colon + 1).trim() }
    })
}

/**
 * The organizations taking part, each with its role. One organization may
 * hold several roles (lead and funder, say), but not the same role twice.
 * Messages name the row ("partner 2") because the form shows numbered rows.
 */
const PartnerListSchema = z.preprocess(
  splitPartners,
  z
    .array(z.object({ organizationId: z.string(), role: z.string() }))
    .max(100, 'Enter at most 100 partners')
    .transform((rows, ctx) => {
      const partners: ProjectPartnerInput[] = []
      const seen = new Set<string>()
      rows.forEach(({ organizationId, role }, index) => {
        const row = `partner ${index + 1}`
        if (!organizationId) {
          ctx.addIssue({ code: 'custom', path: [index], message: `Choose the organization of ${row}, or remove the row` })
          return
        }
        if (organizationId.length > 40) {
          ctx.addIssue({ code: 'custom', path: [index], message: `The organization of ${row} is not valid. Choose it again.` })
          return
        }
        if (!isPartnerRole(role)) {
          ctx.addIssue({ code: 'custom', path: [index], message: `Choose the role of ${row}: lead, partner or funder` })
          return
        }
        const pair = `${organizationId}:${role}`
        if (seen.has(pair)) {
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: `Partner ${index + 1} repeats an organization with the same role. Remove the repeated row.`,
          })
          return
        }
        seen.add(pair)
        partners.push({ organizationId, role })
      })
      return partners
    }),
)

/**
 * A project as saved from the admin form. A draft needs only what identifies
 * it (title and slug); everything a public page needs is checked on publishing
 * by ProjectPublishSchema. Blank optional fields parse to undefined (stored as
 * NULL) and lists to [] so that a parsed draft maps back to the same form
 * values.
 */
export const ProjectDraftSchema = z
  .object({
    title: z.string().trim().min(1, 'Enter a title').max(300, 'Title must be at most 300 characters'),
    acronym: optionalText(40, 'Acronym must be at most 40 characters'),
    slug: SlugSchema,
    summary: z.string().trim().max(600, 'Summary must be at most 600 characters').default(''),
    body: z.string().trim().max(50_000, 'Description is too long: at most 50,000 characters').default(''),
    projectStatus: optionalChoice(ProjectStatus, 'Choose the project status from the list'),
    scope: optionalChoice(ProjectScope, 'Choose bilateral or multilateral'),
    startDate: optionalDay('start date'),
    endDate: optionalDay('end date'),
    // Dates come from day pickers, so by default they are shown to the day;
    // an editor who only knows the month or year says so here.
    datePrecision: z.preprocess(
      emptyToUndefined,
      z.enum(DatePrecision, { error: 'Choose how precisely the dates are known' }).default('DAY'),
    ),
    phase: optionalText(100, 'Phase must be at most 100 characters'),
    fundingSource: optionalText(200, 'Funding source must be at most 200 characters'),
    countries: CountryListSchema,
    topics: lineList('topic', 20, 80),
    outcomes: lineList('outcome', 50, 500),
    partners: PartnerListSchema,
    documentIds: IdListSchema,
  })
  .strict()
  .superRefine((project, ctx) => {
    const { startDate, endDate } = project
    if (startDate instanceof Date && endDate instanceof Date && endDate < startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date must be on or after the start date' })
  })

export type ProjectInput = z.infer<typeof ProjectDraftSchema>

/** A project complete enough for its public page: summary, start, partners, status and scope. */
export const ProjectPublishSchema = ProjectDraftSchema.superRefine((project, ctx) => {
  const missing = (path: keyof ProjectInput, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
  if (!project.summary) missing('summary', 'Enter a summary: lists and search results show it')
  if (!project.projectStatus) missing('projectStatus', 'Choose the project status')
  if (!project.scope) missing('scope', 'Choose whether the project is bilateral or multilateral')
  if (!project.startDate) missing('startDate', 'Enter the start date')
  if (Array.isArray(project.partners) && project.partners.length === 0)
    missing('partners', 'Choose at least one partner organization')
})

/** A date as the value of an <input type="date">: the UTC day, or ''. */
export function toDateInput(date: Date | undefined | null): string {
  return date ? date.toISOString().slice(0, 10) : ''
}

/** The form value of the partner rows: "orgId:ROLE" items, comma-joined. */
export function partnersToFormValue(partners: readonly ProjectPartnerInput[]): string {
  return partners.map((p) => `${p.organizationId}:${p.role}`).join(',')
}

/** The form values of a project; parsing them with ProjectDraftSchema gives the same input back. */
export function projectToFormValues(input: ProjectInput): FormValues {
  return {
    title: input.title,
    acronym: input.acronym ?? '',
    slug: input.slug,
    summary: input.summary,
    body: input.body,
    projectStatus: input.projectStatus ?? '',
    scope: input.scope ?? '',
    startDate: toDateInput(input.startDate),
    endDate: toDateInput(input.endDate),
    datePrecision: input.datePrecision,
    phase: input.phase ?? '',
    fundingSource: input.fundingSource ?? '',
    countries: input.countries.join(','),
    topics: input.topics.join('\n'),
    outcomes: input.outcomes.join('\n'),
    partners: partnersToFormValue(input.partners),
    documentIds: input.documentIds.join(','),
  }
}

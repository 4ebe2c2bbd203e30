import { z } from 'zod'
import { isCountryCode, normalizeCountryCode } from '@/lib/countries'
import type { FormValues } from '@/lib/editorial/types'
import { TrainingKind } from '@/lib/generated/prisma/enums'
import { countryName } from '@/lib/utils'
import { IdSchema, PageQuerySchema, emptyToUndefined } from './common'
import {
  DatePrecisionSchema,
  EndDateSchema,
  MAX_PARTICIPANTS,
  OptionalCountrySchema,
  ParticipantsCountSchema,
  SlugFieldSchema,
  StartDateSchema,
  blankToNull,
  endNotBeforeStart,
  endNotBeforeStartParams,
  requiredText,
  toDateInput,
} from './conferences'

/** An ISO 3166-1 alpha-2 code from the URL; "la" is read as "LA". */
const CountryCodeQuerySchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
  z.string().regex(/^[A-Z]{2}$/),
)

/** A calendar year from the URL, e.g. "2023". */
const YearQuerySchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim() : value),
  z.string().regex(/^\d{4}$/).transform(Number),
)

/**
 * `?year=&country=&page=` of the public trainings list. A missing, blank,
 * repeated or malformed value means "no filter" (or page 1), so a hand-edited
 * URL never leads to an error page.
 */
export const TrainingListQuerySchema = z.object({
  year: YearQuerySchema.optional().catch(undefined),
  country: CountryCodeQuerySchema.optional().catch(undefined),
  page: PageQuerySchema.shape.page,
})

export type TrainingListQuery = z.infer<typeof TrainingListQuerySchema>

// ---- Admin form ------------------------------------------------------------

/** Participants of a training from one country; participants is null when only the country is known. */
export type ParticipantCountry = { country: string; participants: number | null }

/**
 * The most countries one training lists; the form would be unusable long
 * before this, so more is a malformed submission.
 */
const MAX_PARTICIPANT_COUNTRIES = 250

/**
 * The participant countries as the form sends them: one "code:count" entry
 * per row, comma-joined, the count blank when not known, e.g. "CN:12,JP:,TH:5".
 * The result is sorted by country code, the order the database returns them
 * in, so a saved list reads back unchanged.
 */
export const ParticipantCountriesSchema = z.preprocess(
  (value) => value ?? '',
  z.string().transform((value, ctx) => {
    const problems = new Set<string>()
    const seen = new Set<string>()
    const rows: ParticipantCountry[] = []
    for (const entry of value.split(',')) {
      if (entry.trim() === '') continue
      const parts = entry.split(':')
      const code = normalizeCountryCode(parts[0] ?? '')
      const count = (parts[1] ?? '').trim()
      if (parts.length > 2 || code === '') {
        problems.add('Choose a country in every row, or remove the row')
        continue
      }
      if (!isCountryCode(code)) {
        problems.add('Choose each country from the list')
        continue
      }
      const name = countryName(code)
      if (seen.has(code)) {
        problems.add(`${name} is listed more than once: list each country once`)
        continue
      }
      seen.add(code)
      if (count !== '' && (!/^\d+$/.test(count) || Number(count) > MAX_PARTICIPANTS)) {
        problems.add(`Enter the participants from ${name} as a whole number, or leave it blank`)
        continue
      }
      rows.push({ country: code, participants: count === '' ? null : Number(count) })
    }
    if (rows.length > MAX_PARTICIPANT_COUNTRIES) problems.add(`List at most ${MAX_PARTICIPANT_COUNTRIES} countries`)
    for (const message of problems) ctx.issues.push({ code: 'custom', message, input: value })
    return rows.sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0))
  }),
)

/** The form value of participant countries: "CN:12,JP:,TH:5". */
export function participantCountriesToFormValue(rows: ParticipantCountry[]): string {
  return rows.map((r) => `${r.country}:${r.participants ?? ''}`).join(',')
}

/**
 * Topics typed one per line in a textarea, trimmed; empty lines and repeats
 * (in any letter case) are dropped, the first spelling is kept.
 */
export const TopicListSchema = z.preprocess(
  (value) => {
    if (value === undefined) return []
    if (typeof value !== 'string') return value
    const seen = new Set<string>()
    const topics: string[] = []
    for (const line of value.split(/\r?\n/)) {
      const topic = line.trim()
      if (topic === '' || seen.has(topic.toLowerCase())) continue
      seen.add(topic.toLowerCase())
      topics.push(topic)
    }
    return topics
  },
  z.array(z.string().max(100, 'Each topic must be at most 100 characters')).max(30, 'List at most 30 topics'),
)

/** An optional choice of a related item (organizer, project); blank means none. */
const OptionalIdSchema = z.preprocess(emptyToUndefined, IdSchema.optional())

const TrainingSummarySchema = z.string().trim().max(1000, 'The summary must be at most 1,000 characters').default('')

/** Blank in a draft (null: "not chosen yet"); required to publish. */
const TrainingKindSchema = z.preprocess(
  blankToNull,
  z.enum(TrainingKind, { error: 'Choose a kind of training from the list' }).nullable(),
)

const trainingFields = {
  title: requiredText('Enter the title of the training', 300, 'The title must be at most 300 characters'),
  slug: SlugFieldSchema,
  kind: TrainingKindSchema,
  summary: TrainingSummarySchema,
  body: z.string().trim().max(50_000, 'The description must be at most 50,000 characters').default(''),
  startDate: StartDateSchema,
  endDate: EndDateSchema,
  datePrecision: DatePrecisionSchema,
  location: requiredText('Enter where the training took place, e.g. Tsukuba', 200, 'The location must be at most 200 characters'),
  country: OptionalCountrySchema,
  participantsCount: ParticipantsCountSchema,
  topics: TopicListSchema,
  organizerId: OptionalIdSchema,
  projectId: OptionalIdSchema,
  participantCountries: ParticipantCountriesSchema,
}

/** A training as saved from the admin form: a draft needs its title, slug, start date and location. */
export const TrainingDraftSchema = z
  .object(trainingFields)
  .strict()
  .refine(endNotBeforeStart, endNotBeforeStartParams)

/**
 * What a public training page needs besides a draft's fields: a summary, the
 * kind of training and at least one participant country. The rules sit on the
 * fields (same output type as the draft) so that they are reported together
 * with any other error.
 */
export const TrainingPublishSchema = z
  .object({
    ...trainingFields,
    summary: TrainingSummarySchema.refine(
      (summary) => summary.length > 0,
      'Enter a summary: the trainings list and the public page show it',
    ),
    kind: TrainingKindSchema.refine((kind) => kind !== null, 'Choose whether it was a course or a workshop'),
    participantCountries: ParticipantCountriesSchema.refine(
      (rows) => rows.length > 0,
      'Choose at least one participant country',
    ),
  })
  .strict()
  .refine(endNotBeforeStart, endNotBeforeStartParams)

export type TrainingInput = z.infer<typeof TrainingDraftSchema>

/** The form values of a training; parsing them with TrainingDraftSchema gives the same input back. */
export function trainingToFormValues(input: TrainingInput): FormValues {
  return {
    title: input.title,
    slug: input.slug,
    kind: input.kind ?? '',
    summary: input.summary,
    body: input.body,
    startDate: toDateInput(input.startDate),
    endDate: input.endDate ? toDateInput(input.endDate) : '',
    datePrecision: input.datePrecision,
    location: input.location,
    country: input.country ?? '',
    participantsCount: input.participantsCount === undefined ? '' : String(input.participantsCount),
    topics: input.topics.join('\n'),
    organizerId: input.organizerId ?? '',
    projectId: input.projectId ?? '',
    participantCountries: participantCountriesToFormValue(input.participantCountries),
  }
}

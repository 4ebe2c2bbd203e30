import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  ParticipantCountriesSchema,
  TrainingDraftSchema,
  TrainingPublishSchema,
  type TrainingInput,
  participantCountriesToFormValue,
  trainingToFormValues,
} from '@/lib/validation/trainings'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** What the form sends for a draft: the fields a draft needs, the others blank. */
const incomplete = {
  title: 'Regional workshop on landslide mapping',
  slug: 'landslide-mapping-workshop-2023',
  kind: '',
  summary: '',
  body: '',
  startDate: '2023-09-11',
  endDate: '',
  datePrecision: '',
  location: 'Hanoi',
  country: '',
  participantsCount: '',
  topics: '',
  organizerId: '',
  projectId: '',
  participantCountries: '',
}

const complete = {
  ...incomplete,
  kind: 'WORKSHOP',
  summary: 'Two weeks of field and GIS work on landslide susceptibility.',
  body: 'The workshop combined lectures with field visits.\n\nIt ended with a mapping exercise.',
  endDate: '2023-09-22',
  datePrecision: 'DAY',
  country: 'VN',
  participantsCount: '24',
  topics: 'Landslide inventories\nSusceptibility mapping',
  organizerId: 'org-cuid-1',
  projectId: 'project-cuid-1',
  participantCountries: 'VN:10,LA:,KH:6',
}

function fieldErrors(schema: z.ZodType, values: Record<string, unknown>) {
  const result = schema.safeParse(values)
  if (result.success) throw new Error('expected the values to be refused')
  return z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>
}

describe('TrainingDraftSchema', () => {
  it('accepts an incomplete training and stores blank optional fields as none', () => {
    expect(TrainingDraftSchema.parse(incomplete)).toEqual({
      title: 'Regional workshop on landslide mapping',
      slug: 'landslide-mapping-workshop-2023',
      kind: null,
      summary: '',
      body: '',
      startDate: day('2023-09-11'),
      endDate: undefined,
      datePrecision: 'DAY',
      location: 'Hanoi',
      country: undefined,
      participantsCount: undefined,
      topics: [],
      organizerId: undefined,
      projectId: undefined,
      participantCountries: [],
    })
  })

  it('accepts a draft whose optional fields are missing altogether', () => {
    const { title, slug, startDate, location } = incomplete
    const parsed = TrainingDraftSchema.parse({ title, slug, startDate, location })
    expect(parsed).toMatchObject({ kind: null, topics: [], participantCountries: [], datePrecision: 'DAY' })
  })

  it('requires the title, slug, start date and location, each with its own message', () => {
    expect(fieldErrors(TrainingDraftSchema, {})).toEqual({
      title: ['Enter the title of the training'],
      slug: ['Enter a slug'],
      startDate: ['Enter the start date'],
      location: ['Enter where the training took place, e.g. Tsukuba'],
    })
  })

  it('refuses unknown keys such as status or id', () => {
    const result = TrainingDraftSchema.safeParse({ ...incomplete, status: 'PUBLISHED' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys')
  })

  it('refuses an end date before the start date, on the end date field', () => {
    expect(fieldErrors(TrainingDraftSchema, { ...incomplete, endDate: '2023-09-10' })).toEqual({
      endDate: ['The end date must be on or after the start date'],
    })
  })

  it('reads topics one per line, dropping empty lines and repeats', () => {
    const parsed = TrainingDraftSchema.parse({ ...incomplete, topics: ' GIS \r\n\nField work\ngis\n' })
    expect(parsed.topics).toEqual(['GIS', 'Field work'])
  })
})

describe('participant countries', () => {
  it('reads "code:count" rows, a blank count as unknown, sorted by country code', () => {
    expect(ParticipantCountriesSchema.parse('TH:5,cn:12,JP:')).toEqual([
      { country: 'CN', participants: 12 },
      { country: 'JP', participants: null },
      { country: 'TH', participants: 5 },
    ])
    expect(ParticipantCountriesSchema.parse('')).toEqual([])
  })

  it('refuses rows without a country, unknown or repeated countries and malformed counts', () => {
    const messages = (value: string) => fieldErrors(TrainingDraftSchema, { ...incomplete, participantCountries: value })
    expect(messages(':5').participantCountries).toEqual(['Choose a country in every row, or remove the row'])
    expect(messages('QQ:1').participantCountries).toEqual(['Choose each country from the list'])
    expect(messages('JP:1,JP:2').participantCountries).toEqual(['Japan is listed more than once: list each country once'])
    expect(messages('JP:two').participantCountries).toEqual([
      'Enter the participants from Japan as a whole number, or leave it blank',
    ])
  })

  it('writes rows back in the form format', () => {
    expect(participantCountriesToFormValue([{ country: 'CN', participants: 12 }, { country: 'JP', participants: null }])).toBe(
      'CN:12,JP:',
    )
  })
})

describe('TrainingPublishSchema', () => {
  it('refuses an incomplete training with a message on each missing field', () => {
    expect(fieldErrors(TrainingPublishSchema, incomplete)).toEqual({
      summary: ['Enter a summary: the trainings list and the public page show it'],
      kind: ['Choose whether it was a course or a workshop'],
      participantCountries: ['Choose at least one participant country'],
    })
  })

  it('treats missing fields like blank ones', () => {
    const { title, slug, startDate, location } = incomplete
    expect(Object.keys(fieldErrors(TrainingPublishSchema, { title, slug, startDate, location })).sort()).toEqual([
      'kind',
      'participantCountries',
      'summary',
    ])
  })

  it('accepts a complete training', () => {
    expect(TrainingPublishSchema.parse(complete)).toMatchObject({
      kind: 'WORKSHOP',
      country: 'VN',
      participantsCount: 24,
      topics: ['Landslide inventories', 'Susceptibility mapping'],
      organizerId: 'org-cuid-1',
      participantCountries: [
        { country: 'KH', participants: 6 },
        { country: 'LA', participants: null },
        { country: 'VN', participants: 10 },
      ],
    })
  })
})

describe('trainingToFormValues', () => {
  it('round-trips a complete and an incomplete training through the draft schema', () => {
    for (const values of [complete, incomplete]) {
      const input: TrainingInput = TrainingDraftSchema.parse(values)
      expect(TrainingDraftSchema.parse(trainingToFormValues(input))).toEqual(input)
    }
  })

  it('gives the form a value for every field in the formats the form uses', () => {
    const formValues = trainingToFormValues(TrainingDraftSchema.parse(complete))
    expect(Object.keys(formValues).sort()).toEqual(Object.keys(complete).sort())
    expect(formValues).toMatchObject({
      topics: 'Landslide inventories\nSusceptibility mapping',
      participantCountries: 'KH:6,LA:,VN:10',
      endDate: '2023-09-22',
    })
  })
})

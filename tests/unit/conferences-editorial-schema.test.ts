import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  ConferenceDraftSchema,
  ConferencePublishSchema,
  type ConferenceInput,
  conferenceToFormValues,
  parseDateInput,
} from '@/lib/validation/conferences'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** What the form sends for a draft: the fields a draft needs, the others blank. */
const incomplete = {
  name: '60th CCOP Annual Session',
  edition: '',
  series: '',
  slug: 'ccop-annual-session-60',
  summary: '',
  startDate: '2024-11-05',
  endDate: '',
  datePrecision: '',
  city: '',
  country: 'TH',
  role: '',
  participantsCount: '',
  url: '',
}

const complete = {
  ...incomplete,
  edition: '60th',
  series: 'CCOP Annual Session',
  summary: 'The annual meeting of the member countries of CCOP, hosted in Bangkok.',
  endDate: '2024-11-08',
  datePrecision: 'DAY',
  city: 'Bangkok',
  role: 'CO_SPONSOR',
  participantsCount: '180',
  url: 'https://www.ccop.asia/as60',
}

function fieldErrors(schema: z.ZodType, values: Record<string, string>) {
  const result = schema.safeParse(values)
  if (result.success) throw new Error('expected the values to be refused')
  return z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>
}

describe('ConferenceDraftSchema', () => {
  it('accepts an incomplete conference and stores blank optional fields as none', () => {
    expect(ConferenceDraftSchema.parse(incomplete)).toEqual({
      name: '60th CCOP Annual Session',
      edition: undefined,
      series: undefined,
      slug: 'ccop-annual-session-60',
      summary: '',
      startDate: day('2024-11-05'),
      endDate: undefined,
      datePrecision: 'DAY',
      city: undefined,
      country: 'TH',
      role: null,
      participantsCount: undefined,
      url: undefined,
    })
  })

  it('accepts a draft whose optional fields are missing altogether', () => {
    const { name, slug, startDate, country } = incomplete
    const parsed = ConferenceDraftSchema.parse({ name, slug, startDate, country })
    expect(parsed.role).toBeNull()
    expect(parsed.summary).toBe('')
    expect(parsed.datePrecision).toBe('DAY')
  })

  it('requires the name, slug, start date and country, each with its own message', () => {
    expect(fieldErrors(ConferenceDraftSchema, {})).toEqual({
      name: ['Enter the name of the conference'],
      slug: ['Enter a slug'],
      startDate: ['Enter the start date'],
      country: ['Choose the country where the conference took place'],
    })
  })

  it('refuses unknown keys such as status or id', () => {
    const result = ConferenceDraftSchema.safeParse({ ...incomplete, status: 'PUBLISHED' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys')
  })

  it('refuses an end date before the start date, on the end date field', () => {
    const errors = fieldErrors(ConferenceDraftSchema, { ...incomplete, startDate: '2024-11-05', endDate: '2024-11-04' })
    expect(errors).toEqual({ endDate: ['The end date must be on or after the start date'] })
    expect(ConferenceDraftSchema.parse({ ...incomplete, endDate: '2024-11-05' }).endDate).toEqual(day('2024-11-05'))
  })

  it('reports the date order together with errors in other fields', () => {
    const errors = fieldErrors(ConferenceDraftSchema, { ...incomplete, name: '', endDate: '2024-01-01' })
    expect(errors.name).toEqual(['Enter the name of the conference'])
    expect(errors.endDate).toEqual(['The end date must be on or after the start date'])
  })

  it('refuses dates that do not exist and malformed numbers, countries and addresses', () => {
    const errors = fieldErrors(ConferenceDraftSchema, {
      ...incomplete,
      startDate: '2023-02-30',
      participantsCount: '-3',
      country: 'QQ',
      url: 'www.example.org',
      role: 'SPEAKER',
    })
    expect(errors.startDate).toEqual(['Enter the start date as a real date, e.g. 2024-05-31'])
    expect(errors.participantsCount).toEqual(['Enter the number of participants as a whole number, e.g. 120'])
    expect(errors.country).toEqual(['Choose a country from the list'])
    expect(errors.url).toEqual(['Enter the web address starting with https://, e.g. https://www.ccop.asia'])
    expect(errors.role).toEqual(['Choose a role from the list'])
  })

  it('reads a country code in any letter case', () => {
    expect(ConferenceDraftSchema.parse({ ...incomplete, country: ' th ' }).country).toBe('TH')
  })
})

describe('ConferencePublishSchema', () => {
  it('refuses an incomplete conference with a message on each missing field', () => {
    expect(fieldErrors(ConferencePublishSchema, incomplete)).toEqual({
      summary: ['Enter a summary of at least 20 characters: the public page shows it'],
      role: ["Choose the survey's role in the conference"],
    })
  })

  it('refuses a summary shorter than 20 characters and treats missing fields like blank ones', () => {
    const { name, slug, startDate, country } = incomplete
    const errors = fieldErrors(ConferencePublishSchema, { name, slug, startDate, country, summary: 'Too short.' })
    expect(errors.summary).toEqual(['Enter a summary of at least 20 characters: the public page shows it'])
    expect(errors.role).toEqual(["Choose the survey's role in the conference"])
  })

  it('accepts a complete conference', () => {
    const parsed = ConferencePublishSchema.parse(complete)
    expect(parsed).toMatchObject({
      role: 'CO_SPONSOR',
      participantsCount: 180,
      endDate: day('2024-11-08'),
      url: 'https://www.ccop.asia/as60',
    })
  })

  it('keeps the draft rules, such as the date order', () => {
    expect(fieldErrors(ConferencePublishSchema, { ...complete, endDate: '2024-11-01' })).toEqual({
      endDate: ['The end date must be on or after the start date'],
    })
  })
})

describe('conferenceToFormValues', () => {
  it('round-trips a complete and an incomplete conference through the draft schema', () => {
    for (const values of [complete, incomplete]) {
      const input: ConferenceInput = ConferenceDraftSchema.parse(values)
      expect(ConferenceDraftSchema.parse(conferenceToFormValues(input))).toEqual(input)
    }
  })

  it('gives the form a value for every field, dates as the date input shows them', () => {
    const formValues = conferenceToFormValues(ConferenceDraftSchema.parse(complete))
    expect(Object.keys(formValues).sort()).toEqual(Object.keys(complete).sort())
    expect(formValues).toMatchObject({ startDate: '2024-11-05', endDate: '2024-11-08', participantsCount: '180' })
  })
})

describe('parseDateInput', () => {
  it('reads a calendar day as midnight UTC and refuses impossible days', () => {
    expect(parseDateInput('2024-02-29')).toEqual(day('2024-02-29'))
    expect(parseDateInput('2023-02-29')).toBeNull()
    expect(parseDateInput('2024-13-01')).toBeNull()
    expect(parseDateInput('5 November 2024')).toBeNull()
  })
})

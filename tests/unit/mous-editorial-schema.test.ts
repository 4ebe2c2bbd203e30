import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { MouDraftSchema, MouPublishSchema, mouToFormValues } from '@/lib/validation/mous'

/** What the form sends for a draft: only the fields a draft needs, the others blank. */
const incomplete = {
  subject: 'Geoscience research cooperation',
  slug: 'gsj-mrpam-2008',
  country: 'MN',
  counterpartIds: '',
  summary: '',
  startDate: '2008-01-01',
  noEndDate: 'no',
  endDate: '',
  datePrecision: 'MONTH',
  renewsId: '',
  documentIds: '',
}

const complete = {
  ...incomplete,
  counterpartIds: 'org-mrpam,org-jogmec',
  summary: 'Open-ended cooperation with the Mineral Resources and Petroleum Authority of Mongolia.',
  endDate: '2013-01-01',
  renewsId: 'mou-earlier',
  documentIds: 'doc-signed,doc-annex',
}

function fieldErrors(schema: z.ZodType, values: Record<string, string>) {
  const result = schema.safeParse(values)
  if (result.success) throw new Error('expected the values to be refused')
  return z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>
}

describe('MouDraftSchema', () => {
  it('accepts an incomplete MOU and parses blank optional fields as none', () => {
    expect(MouDraftSchema.parse(incomplete)).toEqual({
      subject: 'Geoscience research cooperation',
      slug: 'gsj-mrpam-2008',
      country: 'MN',
      counterpartIds: [],
      summary: '',
      startDate: new Date('2008-01-01T00:00:00Z'),
      endDate: undefined,
      endTerm: undefined,
      datePrecision: 'MONTH',
      renewsId: undefined,
      documentIds: [],
    })
  })

  it('accepts a draft whose optional fields are missing altogether, showing dates to the day', () => {
    const { subject, slug, country, startDate } = incomplete
    const parsed = MouDraftSchema.parse({ subject, slug, country, startDate })
    expect(parsed).toMatchObject({ counterpartIds: [], documentIds: [], summary: '', datePrecision: 'DAY' })
    expect(parsed.endDate).toBeUndefined()
    expect(parsed.endTerm).toBeUndefined()
  })

  it('requires the subject, slug, country and start date, each with its own message', () => {
    expect(fieldErrors(MouDraftSchema, {})).toEqual({
      subject: ['Enter the subject of the MOU'],
      slug: ['Enter a slug'],
      country: ['Choose the country of the counterparts'],
      startDate: ['Enter the date the MOU was signed or took effect'],
    })
    expect(fieldErrors(MouDraftSchema, { ...incomplete, subject: '   ', slug: '', country: '', startDate: '' })).toEqual({
      subject: ['Enter the subject of the MOU'],
      slug: ['Enter a slug'],
      country: ['Choose the country of the counterparts'],
      startDate: ['Enter the date the MOU was signed or took effect'],
    })
  })

  it('reads the country in any letter case and refuses codes that are no country', () => {
    expect(MouDraftSchema.parse({ ...incomplete, country: ' mn ' }).country).toBe('MN')
    expect(fieldErrors(MouDraftSchema, { ...incomplete, country: 'ZZ' })).toEqual({
      country: ['Choose a country from the list'],
    })
  })

  it('refuses dates that are not calendar days', () => {
    expect(fieldErrors(MouDraftSchema, { ...incomplete, startDate: '2023-02-30', endDate: '31/12/2025' })).toEqual({
      startDate: ['Check the start date: that day does not exist in the calendar'],
      endDate: ['Enter the end date as a date, e.g. 2024-05-31'],
    })
  })

  it('refuses an end date before the start date, on the end date', () => {
    expect(fieldErrors(MouDraftSchema, { ...incomplete, startDate: '2020-05-01', endDate: '2020-04-30' })).toEqual({
      endDate: ['The end date must be on or after the start date'],
    })
    expect(MouDraftSchema.parse({ ...incomplete, startDate: '2020-05-01', endDate: '2020-05-01' }).endDate).toEqual(
      new Date('2020-05-01T00:00:00Z'),
    )
  })

  it('refuses unknown fields', () => {
    const result = MouDraftSchema.safeParse({ ...incomplete, status: 'PUBLISHED' })
    expect(result.success).toBe(false)
    expect(result.error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['status'] }])
  })

  it('keeps counterparts in the order chosen, without repeats', () => {
    expect(MouDraftSchema.parse({ ...incomplete, counterpartIds: 'org-b,org-a,org-b' }).counterpartIds).toEqual([
      'org-b',
      'org-a',
    ])
  })

  it('stores "Indefinite" as the term of an MOU without an end date when the term is left blank', () => {
    const parsed = MouDraftSchema.parse({ ...incomplete, noEndDate: 'yes', endTerm: '  ' })
    expect(parsed.endDate).toBeUndefined()
    expect(parsed.endTerm).toBe('Indefinite')
    const landsat = 'Through the operational lifetime of the Landsat satellites'
    expect(MouDraftSchema.parse({ ...incomplete, noEndDate: 'yes', endTerm: landsat }).endTerm).toBe(landsat)
  })

  it('refuses an end date together with "No fixed end date", and a term without it', () => {
    expect(fieldErrors(MouDraftSchema, { ...incomplete, noEndDate: 'yes', endDate: '2025-01-01' })).toEqual({
      endDate: ['Clear the end date, or choose “Ends on a date”'],
    })
    expect(fieldErrors(MouDraftSchema, { ...incomplete, endDate: '2025-01-01', endTerm: 'Indefinite' })).toEqual({
      endTerm: ['Choose “No fixed end date” to describe the term, or clear the term'],
    })
    expect(fieldErrors(MouDraftSchema, { ...incomplete, noEndDate: 'maybe' })).toEqual({
      noEndDate: ['Choose whether the MOU has an end date'],
    })
  })
})

describe('MouPublishSchema', () => {
  it('refuses an incomplete MOU with one message per missing field', () => {
    expect(fieldErrors(MouPublishSchema, incomplete)).toEqual({
      counterpartIds: ['Choose at least one counterpart organization'],
      endDate: ['Enter the end date, or choose “No fixed end date”'],
      summary: ["Enter a summary of at least 20 characters: the MOU's public page shows it"],
    })
  })

  it('refuses a summary shorter than 20 characters', () => {
    expect(fieldErrors(MouPublishSchema, { ...complete, summary: 'Too short.' })).toEqual({
      summary: ["Enter a summary of at least 20 characters: the MOU's public page shows it"],
    })
  })

  it('accepts a complete MOU with an end date, and one with no fixed end date', () => {
    expect(MouPublishSchema.parse(complete)).toEqual({
      ...MouDraftSchema.parse(complete),
      counterpartIds: ['org-mrpam', 'org-jogmec'],
      endDate: new Date('2013-01-01T00:00:00Z'),
      renewsId: 'mou-earlier',
      documentIds: ['doc-signed', 'doc-annex'],
    })
    const openEnded = MouPublishSchema.parse({ ...complete, endDate: '', noEndDate: 'yes', endTerm: '' })
    expect(openEnded).toMatchObject({ endDate: undefined, endTerm: 'Indefinite' })
  })

  it('still applies the draft rules', () => {
    expect(fieldErrors(MouPublishSchema, { ...complete, slug: 'Not a slug' }).slug).toHaveLength(1)
  })
})

describe('mouToFormValues', () => {
  it('gives back form values that parse to the same MOU', () => {
    for (const values of [
      incomplete,
      complete,
      { ...complete, endDate: '', noEndDate: 'yes', endTerm: 'Through the operational lifetime of the Landsat satellites' },
      { subject: 'Landsat data', slug: 'landsat', country: 'us', startDate: '2013-11-01', noEndDate: 'on' },
    ]) {
      const input = MouDraftSchema.parse(values)
      const formValues = mouToFormValues(input)
      expect(MouDraftSchema.parse(formValues)).toEqual(input)
      expect(mouToFormValues(MouDraftSchema.parse(formValues))).toEqual(formValues)
    }
  })

  it('writes dates as <input type="date"> values, ids comma-joined and the end choice as yes or no', () => {
    expect(mouToFormValues(MouDraftSchema.parse(complete))).toEqual({
      subject: 'Geoscience research cooperation',
      slug: 'gsj-mrpam-2008',
      country: 'MN',
      counterpartIds: 'org-mrpam,org-jogmec',
      summary: complete.summary,
      startDate: '2008-01-01',
      endDate: '2013-01-01',
      noEndDate: 'no',
      endTerm: '',
      datePrecision: 'MONTH',
      renewsId: 'mou-earlier',
      documentIds: 'doc-signed,doc-annex',
    })
    expect(mouToFormValues(MouDraftSchema.parse({ ...incomplete, noEndDate: 'yes' }))).toMatchObject({
      endDate: '',
      noEndDate: 'yes',
      endTerm: 'Indefinite',
    })
  })
})

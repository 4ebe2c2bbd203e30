import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { projectAdapter } from '@/lib/editorial/adapters/projects'
import {
  type ProjectInput,
  ProjectDraftSchema,
  ProjectPublishSchema,
  projectToFormValues,
} from '@/lib/validation/projects'

/** Field errors of a parse that is expected to fail. */
function fieldErrors(result: { success: boolean; error?: z.ZodError }) {
  expect(result.success).toBe(false)
  return z.flattenError(result.error!).fieldErrors as Record<string, string[] | undefined>
}

const incomplete = { title: 'Deep profiling of the Tibetan Plateau', slug: 'deep-profiling-tibet' }

/** Everything a public project page needs, as the form submits it. */
const complete = {
  title: 'Deep profiling of the Tibetan Plateau',
  acronym: 'INDEPTH',
  slug: 'deep-profiling-tibet',
  summary: 'Deep seismic profiles across the Tibetan Plateau and the Himalayas.',
  body: 'First paragraph.\n\nSecond paragraph.',
  projectStatus: 'ACTIVE',
  scope: 'MULTILATERAL',
  startDate: '2021-03-01',
  endDate: '2025-12-31',
  datePrecision: 'MONTH',
  phase: 'Phase IV',
  fundingSource: 'National science foundation',
  countries: 'CN,US,DE',
  topics: 'Geophysics\nTectonics',
  outcomes: 'A 1,000 km seismic profile\nA joint report',
  partners: 'org-cags:LEAD,org-usgs:PARTNER,org-cags:FUNDER',
  documentIds: 'doc-1,doc-2',
}

describe('ProjectDraftSchema', () => {
  it('accepts a draft with only a title and a slug, leaving the rest empty', () => {
    const draft = ProjectDraftSchema.parse(incomplete)
    expect(draft).toEqual({
      ...incomplete,
      summary: '',
      body: '',
      datePrecision: 'DAY',
      countries: [],
      topics: [],
      outcomes: [],
      partners: [],
      documentIds: [],
    })
    expect(draft.projectStatus).toBeUndefined()
    expect(draft.startDate).toBeUndefined()
  })

  it('requires a title and a valid slug even for a draft', () => {
    const errors = fieldErrors(ProjectDraftSchema.safeParse({ title: '  ', slug: 'Not a slug' }))
    expect(Object.keys(errors).sort()).toEqual(['slug', 'title'])
    expect(errors.title).toEqual(['Enter a title'])
  })

  it('refuses keys the form does not have, such as status or id', () => {
    const result = ProjectDraftSchema.safeParse({ ...incomplete, status: 'PUBLISHED' })
    expect(result.success).toBe(false)
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['status'] })])
    expect(ProjectPublishSchema.safeParse({ ...complete, id: 'x' }).success).toBe(false)
  })

  it('reads dates as UTC days and refuses days that do not exist', () => {
    const parsed = ProjectDraftSchema.parse({ ...incomplete, startDate: '2024-02-29' })
    expect(parsed.startDate?.toISOString()).toBe('2024-02-29T00:00:00.000Z')
    expect(fieldErrors(ProjectDraftSchema.safeParse({ ...incomplete, startDate: '2023-02-29' })).startDate).toEqual([
      'Enter a start date that exists in the calendar',
    ])
    expect(fieldErrors(ProjectDraftSchema.safeParse({ ...incomplete, endDate: '31/12/2024' })).endDate).toHaveLength(1)
  })

  it('puts an end date before the start date on the end date field', () => {
    const errors = fieldErrors(ProjectDraftSchema.safeParse({ ...incomplete, startDate: '2024-05-02', endDate: '2024-05-01' }))
    expect(errors).toEqual({ endDate: ['The end date must be on or after the start date'] })
    expect(ProjectDraftSchema.safeParse({ ...incomplete, startDate: '2024-05-02', endDate: '2024-05-02' }).success).toBe(true)
  })

  it('normalises country codes and refuses unknown ones', () => {
    expect(ProjectDraftSchema.parse({ ...incomplete, countries: ' th jp,TH ,' }).countries).toEqual(['TH', 'JP'])
    const errors = fieldErrors(ProjectDraftSchema.safeParse({ ...incomplete, countries: 'TH,QQ' }))
    expect(errors.countries?.[0]).toMatch(/QQ/)
  })

  it('reads topics and outcomes one per line, without blank or repeated lines', () => {
    const parsed = ProjectDraftSchema.parse({ ...incomplete, topics: ' Geophysics \r\n\r\nTectonics\nGeophysics', outcomes: '\n' })
    expect(parsed.topics).toEqual(['Geophysics', 'Tectonics'])
    expect(parsed.outcomes).toEqual([])
  })

  it('reads partners as organization and role, allowing one organization in several roles', () => {
    const parsed = ProjectDraftSchema.parse({ ...incomplete, partners: 'org-a:LEAD, org-b:PARTNER,org-a:FUNDER' })
    expect(parsed.partners).toEqual([
      { organizationId: 'org-a', role: 'LEAD' },
      { organizationId: 'org-b', role: 'PARTNER' },
      { organizationId: 'org-a', role: 'FUNDER' },
    ])
  })

  it('names the partner row that has no organization, an unknown role or a repeated pair', () => {
    const errors = fieldErrors(
      ProjectDraftSchema.safeParse({ ...incomplete, partners: 'org-a:LEAD,:PARTNER,org-b:OWNER,org-a:LEAD' }),
    )
    expect(errors.partners).toEqual([
      'Choose the organization of partner 2, or remove the row',
      'Choose the role of partner 3: lead, partner or funder',
      'Partner 4 repeats an organization with the same role. Remove the repeated row.',
    ])
  })
})

describe('ProjectPublishSchema', () => {
  it('refuses an incomplete project with a message on every missing field', () => {
    const errors = fieldErrors(ProjectPublishSchema.safeParse(incomplete))
    expect(Object.keys(errors).sort()).toEqual(['partners', 'projectStatus', 'scope', 'startDate', 'summary'])
    expect(errors.summary?.[0]).toMatch(/^Enter a summary/)
    expect(errors.startDate).toEqual(['Enter the start date'])
    expect(errors.partners).toEqual(['Choose at least one partner organization'])
    expect(errors.projectStatus).toEqual(['Choose the project status'])
  })

  it('accepts a complete project', () => {
    const parsed = ProjectPublishSchema.parse(complete)
    expect(parsed.projectStatus).toBe('ACTIVE')
    expect(parsed.scope).toBe('MULTILATERAL')
    expect(parsed.partners).toHaveLength(3)
    expect(parsed.documentIds).toEqual(['doc-1', 'doc-2'])
  })

  it('still applies the draft rules, such as the order of the dates', () => {
    const errors = fieldErrors(ProjectPublishSchema.safeParse({ ...complete, endDate: '2020-01-01' }))
    expect(errors).toEqual({ endDate: ['The end date must be on or after the start date'] })
  })

  it('refuses a status or scope that is not one of the choices', () => {
    const errors = fieldErrors(ProjectPublishSchema.safeParse({ ...complete, projectStatus: 'ONGOING', scope: 'GLOBAL' }))
    expect(Object.keys(errors).sort()).toEqual(['projectStatus', 'scope'])
  })
})

describe('projectToFormValues', () => {
  it('round-trips a complete project through the form values', () => {
    const input: ProjectInput = ProjectPublishSchema.parse(complete)
    expect(ProjectDraftSchema.parse(projectToFormValues(input))).toEqual(input)
    expect(projectToFormValues(input)).toEqual(complete)
  })

  it('round-trips an incomplete draft, writing blanks for what is missing', () => {
    const input = ProjectDraftSchema.parse(incomplete)
    const values = projectToFormValues(input)
    expect(values.startDate).toBe('')
    expect(values.projectStatus).toBe('')
    expect(values.partners).toBe('')
    expect(ProjectDraftSchema.parse(values)).toEqual(input)
  })

  it('gives the canonical form of messy input, which parses to the same project again', () => {
    const input = ProjectDraftSchema.parse({ ...complete, countries: 'cn us', topics: 'Geophysics\n\n', acronym: '  ' })
    const values = projectToFormValues(input)
    expect(values.countries).toBe('CN,US')
    expect(values.topics).toBe('Geophysics')
    expect(values.acronym).toBe('')
    expect(ProjectDraftSchema.parse(values)).toEqual(input)
  })
})

describe('the project adapter', () => {
  it('names every form field, in the order of the schema', () => {
    expect(projectAdapter.fields.map((f) => f.name)).toEqual(Object.keys(ProjectDraftSchema.shape))
  })
})

import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  OrganizationDraftSchema,
  OrganizationPublishSchema,
  organizationToFormValues,
} from '@/lib/validation/organizations'

/** What the form sends for a draft: only the fields a draft needs, the others blank. */
const incomplete = {
  name: 'Geological Survey of Finland',
  acronym: '',
  slug: 'gtk',
  kind: 'GEOLOGICAL_SURVEY',
  country: 'FI',
  website: '',
  logoUrl: '',
  description: '',
  nativeName: '',
  nativeNameLang: '',
  romanizedName: '',
}

const complete = {
  ...incomplete,
  acronym: 'GTK',
  website: 'https://www.gtk.fi',
  logoUrl: '/media/gtk-logo/w400.webp',
  description: 'The national geological survey of Finland, a partner in Arctic mapping.',
}

function fieldErrors(schema: z.ZodType, values: Record<string, string>) {
  const result = schema.safeParse(values)
  if (result.success) throw new Error('expected the values to be refused')
  return z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>
}

describe('OrganizationDraftSchema', () => {
  it('accepts an incomplete organization and stores blank optional fields as none', () => {
    expect(OrganizationDraftSchema.parse(incomplete)).toEqual({
      name: 'Geological Survey of Finland',
      acronym: undefined,
      slug: 'gtk',
      kind: 'GEOLOGICAL_SURVEY',
      country: 'FI',
      website: undefined,
      logoUrl: undefined,
      description: '',
    })
  })

  it('accepts a draft whose optional fields are missing altogether', () => {
    const { name, slug, kind, country } = incomplete
    expect(OrganizationDraftSchema.parse({ name, slug, kind, country }).description).toBe('')
  })

  it('requires the name, slug, kind and country, each with its own message', () => {
    const errors = fieldErrors(OrganizationDraftSchema, {})
    expect(errors).toEqual({
      name: ["Enter the organization's name"],
      slug: ['Enter a slug'],
      kind: ['Choose the type of organization'],
      country: ['Choose the country'],
    })
  })

  it('treats blank select values like missing ones', () => {
    const errors = fieldErrors(OrganizationDraftSchema, { ...incomplete, name: '   ', kind: '', country: '' })
    expect(errors.name).toEqual(["Enter the organization's name"])
    expect(errors.kind).toEqual(['Choose the type of organization'])
    expect(errors.country).toEqual(['Choose the country'])
  })

  it('refuses unknown keys such as status or id', () => {
    const result = OrganizationDraftSchema.safeParse({ ...incomplete, status: 'PUBLISHED' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys')
  })

  it('reads a country code in any letter case and refuses unknown codes', () => {
    expect(OrganizationDraftSchema.parse({ ...incomplete, country: ' fi ' }).country).toBe('FI')
    expect(fieldErrors(OrganizationDraftSchema, { ...incomplete, country: 'QQ' }).country).toEqual([
      'Choose a country from the list',
    ])
    expect(fieldErrors(OrganizationDraftSchema, { ...incomplete, country: 'FIN' }).country).toBeDefined()
  })

  it('refuses a type that is not in the list', () => {
    expect(fieldErrors(OrganizationDraftSchema, { ...incomplete, kind: 'MUSEUM' }).kind).toEqual([
      'Choose the type of organization',
    ])
  })

  it('accepts only https addresses for the website', () => {
    expect(OrganizationDraftSchema.parse({ ...incomplete, website: ' https://www.gtk.fi/en ' }).website).toBe(
      'https://www.gtk.fi/en',
    )
    for (const website of ['http://www.gtk.fi', 'www.gtk.fi', 'javascript:alert(1)', 'https://gtk', '/about']) {
      expect(fieldErrors(OrganizationDraftSchema, { ...incomplete, website }).website, website).toEqual([
        'Enter the website address starting with https://, e.g. https://www.usgs.gov',
      ])
    }
  })

  it('accepts an https address or a media library path for the logo', () => {
    expect(OrganizationDraftSchema.parse({ ...incomplete, logoUrl: 'https://www.gtk.fi/logo.svg' }).logoUrl).toBe(
      'https://www.gtk.fi/logo.svg',
    )
    expect(OrganizationDraftSchema.parse({ ...incomplete, logoUrl: '/media/abc123/w400.webp' }).logoUrl).toBe(
      '/media/abc123/w400.webp',
    )
    for (const logoUrl of ['/admin/logo.png', '/media/../admin', 'data:image/png;base64,AAAA', 'javascript:alert(1)']) {
      expect(fieldErrors(OrganizationDraftSchema, { ...incomplete, logoUrl }).logoUrl, logoUrl).toHaveLength(1)
    }
  })
})

describe('OrganizationPublishSchema', () => {
  it('refuses an incomplete organization with a message on the description', () => {
    expect(fieldErrors(OrganizationPublishSchema, incomplete)).toEqual({
      description: ["Enter a description of at least 20 characters: the partner's public page shows it"],
    })
  })

  it('refuses a description shorter than 20 characters once trimmed', () => {
    const errors = fieldErrors(OrganizationPublishSchema, { ...incomplete, description: `  ${'x'.repeat(19)}   ` })
    expect(errors.description).toHaveLength(1)
    expect(OrganizationPublishSchema.safeParse({ ...incomplete, description: 'x'.repeat(20) }).success).toBe(true)
  })

  it('reports the draft rules and the publishing rule together', () => {
    const errors = fieldErrors(OrganizationPublishSchema, { ...incomplete, name: '', description: 'Too short' })
    expect(Object.keys(errors).sort()).toEqual(['description', 'name'])
  })

  it('accepts a complete organization and gives the same result as a draft save', () => {
    const published = OrganizationPublishSchema.parse(complete)
    expect(published).toEqual(OrganizationDraftSchema.parse(complete))
    expect(published).toMatchObject({ acronym: 'GTK', website: 'https://www.gtk.fi', country: 'FI' })
  })

  it('is strict too', () => {
    expect(OrganizationPublishSchema.safeParse({ ...complete, publishedAt: '2024-01-01' }).success).toBe(false)
  })
})

describe('organizationToFormValues', () => {
  it('gives back the same input when its values are parsed again', () => {
    for (const values of [incomplete, complete]) {
      const input = OrganizationDraftSchema.parse(values)
      const formValues = organizationToFormValues(input)
      expect(Object.values(formValues).every((v) => typeof v === 'string')).toBe(true)
      expect(OrganizationDraftSchema.parse(formValues)).toEqual(input)
    }
  })

  it('writes every form field, blank for none, so the form shows what is stored', () => {
    expect(organizationToFormValues(OrganizationDraftSchema.parse(incomplete))).toEqual(incomplete)
    expect(organizationToFormValues(OrganizationDraftSchema.parse(complete))).toEqual(complete)
  })
})

describe('the native name', () => {
  const native = { ...complete, nativeName: '中国地质调查局', nativeNameLang: 'zh-Hans', romanizedName: 'Zhōngguó Dìzhì Diàochájú' }

  it('is stored with its language and romanization, and maps back to the same form values', () => {
    const input = OrganizationDraftSchema.parse(native)
    expect(input).toMatchObject({ nativeName: '中国地质调查局', nativeNameLang: 'zh-Hans', romanizedName: 'Zhōngguó Dìzhì Diàochájú' })
    expect(organizationToFormValues(input)).toEqual(native)
    expect(OrganizationPublishSchema.parse(native)).toEqual(input)
  })

  it('accepts a native name in a Latin script without a romanization', () => {
    const input = OrganizationDraftSchema.parse({ ...complete, nativeName: 'Bureau de recherches géologiques et minières', nativeNameLang: 'fr' })
    expect(input.romanizedName).toBeUndefined()
  })

  it('needs the language of the native name', () => {
    expect(fieldErrors(OrganizationDraftSchema, { ...native, nativeNameLang: '' })).toEqual({
      nativeNameLang: ['Choose the language the native name is written in'],
    })
  })

  it('refuses a language tag outside the list', () => {
    expect(fieldErrors(OrganizationDraftSchema, { ...native, nativeNameLang: 'klingon' }).nativeNameLang).toEqual([
      'Choose the language of the native name from the list',
    ])
  })

  it('refuses a language or a romanized name without the native name', () => {
    expect(fieldErrors(OrganizationDraftSchema, { ...native, nativeName: '  ' })).toEqual({
      nativeNameLang: ['Enter the native name, or clear its language'],
      romanizedName: ['Enter the native name that this romanized name spells, or clear the romanized name'],
    })
  })

  it('limits each name to 200 characters', () => {
    const errors = fieldErrors(OrganizationDraftSchema, { ...native, nativeName: '地'.repeat(201), romanizedName: 'a'.repeat(201) })
    expect(errors.nativeName).toEqual(['The native name must be at most 200 characters'])
    expect(errors.romanizedName).toEqual(['The romanized name must be at most 200 characters'])
  })
})

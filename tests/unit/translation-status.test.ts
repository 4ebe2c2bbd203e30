import { describe, expect, it } from 'vitest'
import { Prisma } from '@/lib/generated/prisma/browser'
import { ContentType } from '@/lib/generated/prisma/enums'
import {
  CONTENT_LOCALE_NAMES,
  CONTENT_LOCALES,
  TRANSLATABLE_FIELDS,
  type TranslatableField,
} from '@/lib/i18n/content-fields'
import { type TranslationMap, englishValue, localizeRow, translationStatus } from '@/lib/translations/status'
import { translationFormSchema, translationValuesSchema } from '@/lib/validation/translations'

// Checked by the type checker: the import-free field table covers exactly Prisma's content types.
TRANSLATABLE_FIELDS satisfies Record<ContentType, ReadonlyArray<TranslatableField>>

function mapOf(entries: Record<string, Record<string, { value: string; source: string }>>): TranslationMap {
  return new Map(Object.entries(entries).map(([id, fields]) => [id, new Map(Object.entries(fields))]))
}

describe('the translatable fields', () => {
  it('has an entry for every content type and nothing else', () => {
    expect(Object.keys(TRANSLATABLE_FIELDS).sort()).toEqual(Object.values(ContentType).sort())
  })

  it('names only text columns that exist on each model', () => {
    const columns: Record<ContentType, Record<string, string>> = {
      ORGANIZATION: Prisma.OrganizationScalarFieldEnum,
      PROJECT: Prisma.ProjectScalarFieldEnum,
      MOU: Prisma.MouScalarFieldEnum,
      CONFERENCE: Prisma.ConferenceScalarFieldEnum,
      TRAINING: Prisma.TrainingScalarFieldEnum,
      NEWS: Prisma.NewsArticleScalarFieldEnum,
    }
    for (const type of Object.values(ContentType)) {
      for (const field of TRANSLATABLE_FIELDS[type]) expect(Object.keys(columns[type]), `${type}.${field.name}`).toContain(field.name)
    }
  })

  it('names each language in English and in itself, with its tag', () => {
    expect(CONTENT_LOCALES).toEqual(['zh', 'ja'])
    expect(CONTENT_LOCALE_NAMES.zh).toEqual({ english: 'Chinese (Simplified)', native: '简体中文', tag: 'zh-Hans' })
    expect(CONTENT_LOCALE_NAMES.ja).toEqual({ english: 'Japanese', native: '日本語', tag: 'ja' })
  })
})

describe('translationStatus', () => {
  it('is translated when the translation was made from the English text of now', () => {
    expect(translationStatus('Geological mapping', { value: '地质填图', source: 'Geological mapping' })).toBe('translated')
  })

  it('is outdated when the English text changed since', () => {
    expect(translationStatus('Geological mapping of Mongolia', { value: '地质填图', source: 'Geological mapping' })).toBe('outdated')
  })

  it('is missing without a translation, and not needed without English text', () => {
    expect(translationStatus('Geological mapping')).toBe('missing')
    expect(translationStatus('Geological mapping', null)).toBe('missing')
    expect(translationStatus('')).toBe('not-needed')
    expect(translationStatus('   ', { value: '旧', source: 'Old' })).toBe('not-needed')
  })

  it('compares a list with its entries joined one per line', () => {
    const stored = { value: '地图\n报告', source: 'Maps\nReport' }
    expect(translationStatus(['Maps', 'Report'], stored)).toBe('translated')
    expect(translationStatus(['Maps', 'Final report'], stored)).toBe('outdated')
    expect(translationStatus(['Report', 'Maps'], stored)).toBe('outdated')
    expect(translationStatus([], stored)).toBe('not-needed')
  })

  it('reads absent and null columns as empty English text', () => {
    expect(englishValue(null)).toBe('')
    expect(englishValue(undefined)).toBe('')
    expect(englishValue(['a', 'b'])).toBe('a\nb')
  })
})

describe('localizeRow', () => {
  const project = {
    id: 'p1',
    slug: 'mongolia-mapping',
    title: 'Geological mapping of Mongolia',
    summary: 'Mapping at 1:200,000.',
    phase: null as string | null,
    outcomes: ['Maps', 'Final report'],
  }

  it('replaces translated fields and keeps the English value where there is none', () => {
    const map = mapOf({ p1: { title: { value: '蒙古地质填图', source: 'Geological mapping of Mongolia' } } })
    const { row, missing, outdated } = localizeRow(project, 'PROJECT', map)
    expect(row).toEqual({ ...project, title: '蒙古地质填图' })
    expect(missing).toEqual(['summary', 'outcomes'])
    expect(outdated).toEqual([])
    // The input row is not changed.
    expect(project.title).toBe('Geological mapping of Mongolia')
  })

  it('shows an outdated translation and reports it', () => {
    const map = mapOf({ p1: { summary: { value: '1:25万填图。', source: 'Mapping at 1:250,000.' } } })
    const { row, outdated, missing } = localizeRow(project, 'PROJECT', map)
    expect(row.summary).toBe('1:25万填图。')
    expect(outdated).toEqual(['summary'])
    expect(missing).toEqual(['title', 'outcomes'])
  })

  it('splits a translated list on line breaks', () => {
    const map = mapOf({ p1: { outcomes: { value: '地图\n最终报告', source: 'Maps\nFinal report' } } })
    const { row, missing, outdated } = localizeRow(project, 'PROJECT', map)
    expect(row.outcomes).toEqual(['地图', '最终报告'])
    expect(missing).not.toContain('outcomes')
    expect(outdated).toEqual([])
  })

  it('ignores fields without English text and fields the row does not carry', () => {
    // `phase` is null: a stored translation of it is not shown and nothing is reported.
    const map = mapOf({ p1: { phase: { value: '第二期', source: 'Phase II' }, body: { value: '正文', source: 'Body' } } })
    const { row, missing, outdated } = localizeRow(project, 'PROJECT', map)
    expect(row.phase).toBeNull()
    expect('body' in row).toBe(false)
    expect(missing).toEqual(['title', 'summary', 'outcomes'])
    expect(outdated).toEqual([])
  })

  it('leaves a row alone when the map has nothing for it', () => {
    const map = mapOf({ other: { title: { value: '别的', source: 'Geological mapping of Mongolia' } } })
    const { row } = localizeRow(project, 'PROJECT', map)
    expect(row).toEqual(project)
  })
})

describe('the translation form schema', () => {
  it('trims values, stores LF line breaks and refuses unknown fields', () => {
    const schema = translationValuesSchema('NEWS')
    expect(schema.parse({ title: '  标题 ', body: 'a\r\nb' })).toEqual({ title: '标题', body: 'a\nb' })
    expect(schema.safeParse({ title: '标题', slug: 'x' }).success).toBe(false)
  })

  it('drops blank lines of a list and limits each entry like the English form', () => {
    const schema = translationValuesSchema('PROJECT')
    expect(schema.parse({ outcomes: '地图\r\n\r\n  报告  \n' })).toEqual({ outcomes: '地图\n报告' })
    expect(schema.safeParse({ outcomes: 'x'.repeat(501) }).success).toBe(false)
  })

  it('limits lengths like the English schemas', () => {
    const result = translationValuesSchema('CONFERENCE').safeParse({ edition: '第'.repeat(41) })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('The edition must be at most 40 characters')
  })

  it('accepts only the content languages and fields of the type as confirmations', () => {
    const schema = translationFormSchema('MOU')
    expect(schema.parse({ locale: 'ja', token: '', confirmUpToDate: 'subject,summary', subject: '協力' })).toMatchObject({
      locale: 'ja',
      confirmUpToDate: ['subject', 'summary'],
      subject: '協力',
    })
    expect(schema.safeParse({ locale: 'en', token: '' }).success).toBe(false)
    expect(schema.safeParse({ locale: 'zh', token: '', confirmUpToDate: 'slug' }).success).toBe(false)
  })
})

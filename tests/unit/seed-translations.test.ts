import { describe, expect, it } from 'vitest'
import { conferences, mous, news, organizations, projects, trainings, type LocaleTranslations } from '@/content'
import { translations } from '@/content/translations'
import { checkTranslations } from '@/prisma/seed'

const survey = { slug: 'test-survey', name: 'Test Survey', description: '' }
const project = { slug: 'test-project', title: 'Test Project', phase: null, outcomes: ['A map', 'A report'] }
const content = {
  ORGANIZATION: [survey],
  PROJECT: [project],
  MOU: [],
  CONFERENCE: [],
  TRAINING: [],
  NEWS: [],
}

function problemsFor(byLocale: Record<string, LocaleTranslations>) {
  return checkTranslations(byLocale, content)
}

describe('checking translation files', () => {
  it('accepts the demo translations', () => {
    const demo = {
      ORGANIZATION: organizations,
      PROJECT: projects,
      MOU: mous,
      CONFERENCE: conferences,
      TRAINING: trainings,
      NEWS: news,
    }
    expect(checkTranslations(translations, demo)).toEqual([])
  })

  it('accepts translations of known fields that have English values', () => {
    expect(
      problemsFor({
        zh: {
          ORGANIZATION: { 'test-survey': { name: '测试调查局' } },
          PROJECT: { 'test-project': { outcomes: ['图', '报告'] } },
        },
      }),
    ).toEqual([])
  })

  it('reports a slug that names no record', () => {
    const problems = problemsFor({ ja: { ORGANIZATION: { 'no-such-survey': { name: '調査所' } } } })
    expect(problems).toEqual([expect.stringContaining('"no-such-survey"')])
    expect(problems[0]).toContain('no organization has this slug')
  })

  it('reports a field that is not translatable', () => {
    const problems = problemsFor({ zh: { ORGANIZATION: { 'test-survey': { acronym: 'TS' } } } })
    expect(problems).toEqual([expect.stringContaining('"acronym" is not a translatable field of ORGANIZATION')])
  })

  it('reports a translation of a field whose English value is empty', () => {
    const problems = problemsFor({
      zh: {
        ORGANIZATION: { 'test-survey': { description: '说明' } },
        PROJECT: { 'test-project': { phase: '第一期' } },
      },
    })
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('"description" is translated but has no English value')
    expect(problems[1]).toContain('"phase" is translated but has no English value')
  })

  it('reports a language other than Chinese and Japanese', () => {
    const problems = problemsFor({ fr: { ORGANIZATION: { 'test-survey': { name: 'Service de test' } } } })
    expect(problems).toEqual([expect.stringContaining('"fr": unknown language')])
  })

  it('reports a list translated with a different number of entries', () => {
    const problems = problemsFor({ ja: { PROJECT: { 'test-project': { outcomes: ['地図'] } } } })
    expect(problems).toEqual([expect.stringContaining('has 2 English entries but 1 translated ones')])
  })

  it('reports an empty translation', () => {
    const problems = problemsFor({ ja: { PROJECT: { 'test-project': { title: '  ' } } } })
    expect(problems).toEqual([expect.stringContaining('"title" has an empty translation')])
  })

  it('reports a translation marked outdated whose source is the current English', () => {
    const problems = problemsFor({
      zh: { PROJECT: { 'test-project': { title: { value: '测试项目', source: 'Test Project' } } } },
    })
    expect(problems).toEqual([expect.stringContaining('marked outdated but its source equals the current English')])
  })
})

import { describe, expect, it } from 'vitest'
import { unique } from '../../fixtures/factories'
import { insertSearchNews, insertSearchOrganization, insertSearchProject, uniqueWord } from '../../fixtures/search-factories'
import { countSearchResultsByType, listSearchResults, type HighlightPart } from '@/lib/data/search'
import { db } from '@/lib/db'
import type { ContentType } from '@/lib/generated/prisma/enums'
import type { Locale } from '@/lib/i18n/locales'

/**
 * Site search across languages: items are found through their Chinese and
 * Japanese translations (whatever the page's language) and organizations
 * through their native and romanized names, and results are shown in the
 * page's language.
 */

/** Han characters made from a unique suffix, so a CJK query matches only the rows of one test. */
function uniqueHan(): string {
  return unique()
    .split('')
    .map((c) => String.fromCharCode(0x4e00 + parseInt(c, 16) * 37))
    .join('')
}

async function translate(entityType: ContentType, entityId: string, locale: 'zh' | 'ja', fields: Record<string, string>) {
  const english = await englishOf(entityType, entityId)
  await db.translation.createMany({
    data: Object.entries(fields).map(([field, value]) => ({
      entityType,
      entityId,
      locale,
      field,
      value,
      source: english[field] ?? '',
    })),
  })
}

async function englishOf(entityType: ContentType, id: string): Promise<Record<string, string>> {
  switch (entityType) {
    case 'PROJECT':
      return (await db.project.findUniqueOrThrow({ where: { id }, select: { title: true, summary: true, body: true } }))
    case 'NEWS':
      return (await db.newsArticle.findUniqueOrThrow({ where: { id }, select: { title: true, summary: true, body: true } }))
    case 'ORGANIZATION':
      return (await db.organization.findUniqueOrThrow({ where: { id }, select: { name: true, description: true } }))
    default:
      throw new Error(`No English text read for ${entityType}`)
  }
}

function search(q: string, locale: Locale = 'en') {
  return listSearchResults({ q, page: 1 }, 100, locale)
}

const highlighted = (parts: HighlightPart[]) => parts.filter((p) => p.highlighted).map((p) => p.text)
const text = (parts: HighlightPart[]) => parts.map((p) => p.text).join('')

describe('search in every language', () => {
  it('finds an item by its Chinese title and shows it in the page language', async () => {
    const han = uniqueHan()
    const project = await insertSearchProject({ title: 'Groundwater survey', summary: 'Aquifer mapping.' })
    await translate('PROJECT', project.id, 'zh', { title: `地下水调查${han}`, summary: '含水层测绘。' })

    const zh = await search(han, 'zh')
    expect(zh.items.map((i) => i.slug)).toEqual([project.slug])
    expect(zh.total).toBe(1)
    const [hit] = zh.items
    expect(hit?.title).toBe(`地下水调查${han}`)
    expect(highlighted(hit!.titleParts)).toEqual([han])
    expect(text(hit!.snippetParts)).toBe('含水层测绘。')

    // On the English page the same query finds the item, shown in English.
    const en = await search(han, 'en')
    expect(en.items.map((i) => [i.slug, i.title])).toEqual([[project.slug, 'Groundwater survey']])
    // The Japanese page has no Japanese translation, so it shows the English text.
    expect((await search(han, 'ja')).items.map((i) => i.title)).toEqual(['Groundwater survey'])

    expect(await countSearchResultsByType(han)).toMatchObject({ projects: 1, news: 0, organizations: 0 })
  })

  it('finds an item by a Japanese word in its translated text, with a highlighted snippet', async () => {
    const han = uniqueHan()
    const word = `地すべり${han}`
    const news = await insertSearchNews({ title: 'Landslide workshop', summary: 'Experts met.', body: 'Long report.' })
    await translate('NEWS', news.id, 'ja', { title: '地すべりワークショップ', body: `専門家が${word}の監視について議論した。` })

    const ja = await search(word, 'ja')
    expect(ja.items.map((i) => i.slug)).toEqual([news.slug])
    const [hit] = ja.items
    expect(hit?.title).toBe('地すべりワークショップ')
    // The summary is not translated: the English text stands in for it, before the translated body.
    expect(text(hit!.snippetParts)).toBe(`Experts met. 専門家が${word}の監視について議論した。`)
    expect(highlighted(hit!.snippetParts)).toEqual([word])

    expect((await countSearchResultsByType(word)).news).toBe(1)
  })

  it("finds an organization by its romanized and native names, and the English name's words still work", async () => {
    const word = uniqueWord()
    const han = uniqueHan()
    const organization = await insertSearchOrganization({ title: `Mineral Resources Authority ${uniqueWord()}` })
    await db.organization.update({
      where: { id: organization.id },
      data: { nativeName: `Ашигт малтмалын ${han}`, nativeNameLang: 'mn-Cyrl', romanizedName: `Ashigt Maltmalyn ${word}` },
    })

    const byRomanized = await search(word)
    expect(byRomanized.items.map((i) => [i.type, i.slug])).toEqual([['organizations', organization.slug]])
    expect(await countSearchResultsByType(word)).toEqual({
      organizations: 1,
      projects: 0,
      mous: 0,
      conferences: 0,
      trainings: 0,
      news: 0,
    })
    expect((await search(han, 'zh')).items.map((i) => i.slug)).toEqual([organization.slug])
    // Two words of the romanized name, in any letter case.
    expect((await search(`maltmalyn ${word}`)).items.map((i) => i.slug)).toEqual([organization.slug])
  })

  it('counts every hit by type, English and translated alike, and never finds unpublished items', async () => {
    const han = uniqueHan()
    const english = await insertSearchNews({ title: `Report ${han}` })
    const translated = await insertSearchNews({ title: 'Report' })
    await translate('NEWS', translated.id, 'zh', { title: `报告${han}` })
    const project = await insertSearchProject({ title: 'Drilling' })
    await translate('PROJECT', project.id, 'ja', { title: `掘削${han}` })
    const draft = await insertSearchNews({ title: 'Draft report' }, { status: 'DRAFT' })
    await translate('NEWS', draft.id, 'zh', { title: `草稿${han}` })
    const trashed = await insertSearchProject({ title: 'Trashed' }, { deletedAt: new Date() })
    await translate('PROJECT', trashed.id, 'zh', { title: `废弃${han}` })

    const { items, total } = await search(han, 'zh')
    expect(new Set(items.map((i) => i.slug))).toEqual(new Set([english.slug, translated.slug, project.slug]))
    expect(total).toBe(3)
    expect(await countSearchResultsByType(han)).toEqual({
      organizations: 0,
      projects: 1,
      mous: 0,
      conferences: 0,
      trainings: 0,
      news: 2,
    })
    const byType = await listSearchResults({ q: han, type: 'news', page: 1 }, 100, 'zh')
    expect(byType.total).toBe(2)
    expect(byType.items.map((i) => i.title).sort()).toEqual([`Report ${han}`, `报告${han}`].sort())
  })
})

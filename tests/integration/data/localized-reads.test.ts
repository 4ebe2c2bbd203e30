import { describe, expect, it } from 'vitest'
import { unique } from '../../fixtures/factories'
import { getPublishedConferenceBySlug, listPublishedConferences } from '@/lib/data/conferences'
import { getCountryOverview } from '@/lib/data/countries'
import { getPublishedMouBySlug, listPublishedMous } from '@/lib/data/mous'
import { getPublishedNewsBySlug, listLatestNews, listPublishedNews } from '@/lib/data/news'
import { getPublishedOrganizationBySlug, listPublishedOrganizations } from '@/lib/data/organizations'
import { getPublishedProjectBySlug, listActiveProjects, listPublishedProjects } from '@/lib/data/projects'
import { getPublishedTrainingBySlug, listPublishedTrainings } from '@/lib/data/trainings'
import { db } from '@/lib/db'
import type { ContentType } from '@/lib/generated/prisma/enums'

/**
 * The public reads in Chinese and Japanese: the rows are read as in English
 * and then overlaid with their translations, falling back to English where a
 * field is not translated. Every row is made here with a unique slug, and
 * each test uses a country or topic of its own, so the shared database's
 * other rows never show up in the lists checked.
 */

const published = () => ({ status: 'PUBLISHED' as const, publishedAt: new Date(Date.now() - 60_000) })

/** Stores a translation made from `source`, the English text at the time (the current English text by default). */
async function translate(
  entityType: ContentType,
  entityId: string,
  locale: 'zh' | 'ja',
  fields: Record<string, { value: string; source: string }>,
) {
  await db.translation.createMany({
    data: Object.entries(fields).map(([field, { value, source }]) => ({
      entityType,
      entityId,
      locale,
      field,
      value,
      source,
    })),
  })
}

async function insertOrganization(name: string, country = 'NO', extra: { description?: string } = {}) {
  const id = unique()
  return db.organization.create({
    data: { slug: `loc-org-${id}`, name: `${name} ${id}`, kind: 'GEOLOGICAL_SURVEY', country, ...extra, ...published() },
    select: { id: true, slug: true, name: true, description: true },
  })
}

function found<T>(value: T | null): T {
  if (value === null) throw new Error('The published row was not found')
  return value
}

describe('a project page in Chinese', () => {
  async function setup() {
    const id = unique()
    const topic = `Localized ${id}`
    const partner = await insertOrganization('Survey of Norway')
    const untranslatedPartner = await insertOrganization('Institute of Iceland', 'IS')
    const project = await db.project.create({
      data: {
        slug: `loc-project-${id}`,
        title: `Seabed mapping ${id}`,
        summary: 'Mapping the seabed together.',
        body: 'A long description of the work.',
        phase: 'Phase two',
        outcomes: ['Maps', 'Reports'],
        topics: [topic],
        ...published(),
        partners: {
          create: [
            { organizationId: partner.id, role: 'LEAD' },
            { organizationId: untranslatedPartner.id, role: 'PARTNER' },
          ],
        },
      },
      select: { id: true, slug: true, title: true },
    })
    const news = await db.newsArticle.create({
      data: { slug: `loc-news-${id}`, title: `Seabed news ${id}`, ...published(), projects: { connect: { id: project.id } } },
      select: { id: true, title: true },
    })
    await translate('PROJECT', project.id, 'zh', {
      title: { value: `海底测绘 ${id}`, source: project.title },
      // Translated from a summary that has since been rewritten in English.
      summary: { value: '共同测绘海底。', source: 'An earlier summary.' },
      outcomes: { value: '地图\n报告', source: 'Maps\nReports' },
    })
    await translate('PROJECT', project.id, 'ja', { title: { value: `海底マッピング ${id}`, source: project.title } })
    await translate('ORGANIZATION', partner.id, 'zh', { name: { value: `挪威地质调查局 ${id}`, source: partner.name } })
    await translate('NEWS', news.id, 'zh', { title: { value: `海底新闻 ${id}`, source: news.title } })
    return { id, topic, partner, untranslatedPartner, project, news }
  }

  it('shows translated fields, falls back to English for the others and says which', async () => {
    const { id, project, partner, untranslatedPartner, news } = await setup()
    const zh = found(await getPublishedProjectBySlug(project.slug, 'zh'))

    expect(zh.title).toBe(`海底测绘 ${id}`)
    // An outdated translation is still shown, and flagged.
    expect(zh.summary).toBe('共同测绘海底。')
    expect(zh.outcomes).toEqual(['地图', '报告'])
    // Not translated: the English text.
    expect(zh.body).toBe('A long description of the work.')
    expect(zh.phase).toBe('Phase two')
    expect(zh.translation.missing.sort()).toEqual(['body', 'phase'])
    expect(zh.translation.outdated).toEqual(['summary'])

    // Related rows are shown in Chinese where translated, in English otherwise.
    const names = zh.partnerGroups.flatMap((g) => g.organizations.map((o) => [o.id, o.name]))
    expect(names).toEqual([
      [partner.id, `挪威地质调查局 ${id}`],
      [untranslatedPartner.id, untranslatedPartner.name],
    ])
    expect(zh.newsArticles.map((n) => [n.id, n.title])).toEqual([[news.id, `海底新闻 ${id}`]])
  })

  it('reads English unchanged, and Japanese from its own translations only', async () => {
    const { id, project, partner, news } = await setup()
    const en = found(await getPublishedProjectBySlug(project.slug))
    expect(en.title).toBe(project.title)
    expect(en.summary).toBe('Mapping the seabed together.')
    expect(en.outcomes).toEqual(['Maps', 'Reports'])
    expect(en.translation).toEqual({ missing: [], outdated: [] })
    expect(en.partnerGroups.flatMap((g) => g.organizations.map((o) => o.name))).toContain(partner.name)
    expect(en.newsArticles.map((n) => n.title)).toEqual([news.title])
    expect(await getPublishedProjectBySlug(project.slug, 'en')).toEqual(en)

    const ja = found(await getPublishedProjectBySlug(project.slug, 'ja'))
    expect(ja.title).toBe(`海底マッピング ${id}`)
    expect(ja.summary).toBe('Mapping the seabed together.')
    expect(ja.translation.missing.sort()).toEqual(['body', 'outcomes', 'phase', 'summary'])
    expect(ja.translation.outdated).toEqual([])
    expect(ja.partnerGroups.flatMap((g) => g.organizations.map((o) => o.name))).toContain(partner.name)
  })

  it('localizes the titles of the project lists', async () => {
    const { id, topic, project } = await setup()
    const { items } = await listPublishedProjects({ topic }, 'zh')
    expect(items.map((p) => [p.slug, p.title, p.summary])).toEqual([[project.slug, `海底测绘 ${id}`, '共同测绘海底。']])
    const english = await listPublishedProjects({ topic })
    expect(english.items.map((p) => p.title)).toEqual([project.title])

    const active = await listActiveProjects(1000, 'zh')
    expect(active.find((p) => p.id === project.id)?.title).toBe(`海底测绘 ${id}`)
  })
})

describe('other pages in Chinese and Japanese', () => {
  it('organization: name, description and related titles translated; native names read', async () => {
    const id = unique()
    const organization = await db.organization.create({
      data: {
        slug: `loc-cgs-${id}`,
        name: `China Geological Survey ${id}`,
        description: 'The national survey.',
        kind: 'GEOLOGICAL_SURVEY',
        country: 'CN',
        nativeName: '中国地质调查局',
        nativeNameLang: 'zh-Hans',
        romanizedName: 'Zhongguo Dizhi Diaocha Ju',
        ...published(),
      },
      select: { id: true, slug: true, name: true },
    })
    const training = await db.training.create({
      data: {
        slug: `loc-training-${id}`,
        title: `Core logging ${id}`,
        location: 'Beijing',
        startDate: new Date(Date.UTC(2024, 4, 1)),
        organizerId: organization.id,
        ...published(),
      },
      select: { id: true, slug: true, title: true },
    })
    await translate('ORGANIZATION', organization.id, 'ja', {
      name: { value: `中国地質調査局 ${id}`, source: organization.name },
    })
    await translate('TRAINING', training.id, 'ja', {
      title: { value: `コア検層 ${id}`, source: training.title },
      location: { value: '北京', source: 'Beijing' },
    })

    const ja = found(await getPublishedOrganizationBySlug(organization.slug, 'ja'))
    expect(ja.name).toBe(`中国地質調査局 ${id}`)
    expect(ja.description).toBe('The national survey.')
    expect(ja.translation).toEqual({ missing: ['description'], outdated: [] })
    expect(ja).toMatchObject({
      nativeName: '中国地质调查局',
      nativeNameLang: 'zh-Hans',
      romanizedName: 'Zhongguo Dizhi Diaocha Ju',
    })
    expect(ja.trainings.map((t) => [t.title, t.location])).toEqual([[`コア検層 ${id}`, '北京']])

    const card = (await listPublishedOrganizations({ country: 'CN', pageSize: 1000 }, 'ja')).items.find(
      (o) => o.id === organization.id,
    )
    expect(card).toMatchObject({ name: `中国地質調査局 ${id}`, nativeName: '中国地质调查局', romanizedName: 'Zhongguo Dizhi Diaocha Ju' })

    // The training page names its organizer in the page's language.
    const trainingPage = found(await getPublishedTrainingBySlug(training.slug, 'ja'))
    expect(trainingPage.title).toBe(`コア検層 ${id}`)
    expect(trainingPage.organizer?.name).toBe(`中国地質調査局 ${id}`)
    expect(trainingPage.translation.missing).toEqual([])
    expect(found(await getPublishedTrainingBySlug(training.slug)).organizer?.name).toBe(organization.name)
    const trainings = await listPublishedTrainings({ country: undefined, pageSize: 1000 }, 'ja')
    expect(trainings.items.find((t) => t.id === training.id)?.title).toBe(`コア検層 ${id}`)
  })

  it('MOU: subject translated, counterparts translated, lists and country page too', async () => {
    const id = unique()
    const counterpart = await insertOrganization('Geological Survey of Kiribati', 'TV')
    const mou = await db.mou.create({
      data: {
        slug: `loc-mou-${id}`,
        country: 'TV',
        subject: `Data exchange ${id}`,
        summary: 'Exchange of survey data.',
        startDate: new Date(Date.UTC(2020, 0, 1)),
        ...published(),
        counterparts: { create: { organizationId: counterpart.id } },
      },
      select: { id: true, slug: true, subject: true },
    })
    await translate('MOU', mou.id, 'zh', {
      subject: { value: `数据交换 ${id}`, source: mou.subject },
      summary: { value: '交换调查数据。', source: 'Exchange of survey data.' },
    })
    await translate('ORGANIZATION', counterpart.id, 'zh', { name: { value: `图瓦卢地质局 ${id}`, source: counterpart.name } })

    const zh = found(await getPublishedMouBySlug(mou.slug, 'zh'))
    expect(zh.subject).toBe(`数据交换 ${id}`)
    expect(zh.summary).toBe('交换调查数据。')
    expect(zh.translation).toEqual({ missing: [], outdated: [] })
    expect(zh.counterparts.map((c) => c.name)).toEqual([`图瓦卢地质局 ${id}`])

    const row = (await listPublishedMous({ country: 'TV', pageSize: 1000 }, undefined, 'zh')).items.find(
      (m) => m.id === mou.id,
    )
    expect(row?.subject).toBe(`数据交换 ${id}`)
    expect(row?.counterparts.map((c) => c.name)).toEqual([`图瓦卢地质局 ${id}`])

    const country = found(await getCountryOverview('TV', 'zh'))
    expect(country.mous.find((m) => m.id === mou.id)?.subject).toBe(`数据交换 ${id}`)
    expect(country.organizations.find((o) => o.id === counterpart.id)?.name).toBe(`图瓦卢地质局 ${id}`)
    expect(found(await getCountryOverview('TV')).organizations.find((o) => o.id === counterpart.id)?.name).toBe(
      counterpart.name,
    )
  })

  it('news and conferences: detail and list reads are localized, sorting stays on the English text', async () => {
    const id = unique()
    const start = new Date(Date.UTC(1961, 5, 1))
    // In English "Alpha" sorts before "Beta"; their Japanese names would sort the other way round.
    const alpha = await db.conference.create({
      data: { slug: `loc-conf-a-${id}`, name: `Alpha congress ${id}`, country: 'JP', startDate: start, ...published() },
      select: { id: true, slug: true, name: true },
    })
    const beta = await db.conference.create({
      data: { slug: `loc-conf-b-${id}`, name: `Beta congress ${id}`, country: 'JP', startDate: start, ...published() },
      select: { id: true, slug: true, name: true },
    })
    await translate('CONFERENCE', alpha.id, 'ja', { name: { value: `ん会議 ${id}`, source: alpha.name } })
    await translate('CONFERENCE', beta.id, 'ja', { name: { value: `あ会議 ${id}`, source: beta.name } })
    const article = await db.newsArticle.create({
      data: {
        slug: `loc-article-${id}`,
        title: `Congress report ${id}`,
        summary: 'What was said.',
        body: 'The full report.',
        ...published(),
        conferences: { connect: [{ id: alpha.id }] },
      },
      select: { id: true, slug: true, title: true },
    })
    // The English title changed after the translation was made.
    await translate('NEWS', article.id, 'ja', {
      title: { value: `会議報告 ${id}`, source: `Old congress report ${id}` },
      summary: { value: '発言内容。', source: 'What was said.' },
    })

    const conferences = await listPublishedConferences({ year: 1961, pageSize: 1000 }, undefined, 'ja')
    const mine = conferences.items.filter((c) => c.id === alpha.id || c.id === beta.id)
    expect(mine.map((c) => c.name)).toEqual([`ん会議 ${id}`, `あ会議 ${id}`])

    const conference = found(await getPublishedConferenceBySlug(alpha.slug, 'ja'))
    expect(conference.name).toBe(`ん会議 ${id}`)
    expect(conference.newsArticles.map((n) => n.title)).toEqual([`会議報告 ${id}`])

    const news = found(await getPublishedNewsBySlug(article.slug, 'ja'))
    expect(news.title).toBe(`会議報告 ${id}`)
    expect(news.translation).toEqual({ missing: ['body'], outdated: ['title'] })
    expect(news.conferences.map((c) => c.name)).toEqual([`ん会議 ${id}`])

    const list = await listPublishedNews(1, 1000, 'ja')
    expect(list.items.find((n) => n.id === article.id)?.title).toBe(`会議報告 ${id}`)
    expect((await listLatestNews(1000, 'ja')).find((n) => n.id === article.id)?.summary).toBe('発言内容。')
    expect((await listPublishedNews(1, 1000)).items.find((n) => n.id === article.id)?.title).toBe(article.title)
  })
})

import { beforeAll, describe, expect, it } from 'vitest'
import { organizations, projects } from '@/content'
import { db } from '@/lib/db'
import { seedDatabase, type SeedSummary } from '@/prisma/seed'

// Seeds the demo content into the shared test database. Other files may have
// added rows of their own, so the assertions look only at seeded records.

let first: SeedSummary

beforeAll(async () => {
  first = await seedDatabase(db)
}, 120_000)

function project(slug: string) {
  const record = projects.find((p) => p.slug === slug)
  if (!record) throw new Error(`The demo content has no project "${slug}"`)
  return record
}

async function projectTranslation(slug: string, locale: 'zh' | 'ja', field: string) {
  const row = await db.project.findUniqueOrThrow({ where: { slug }, select: { id: true } })
  return db.translation.findUnique({
    where: { entityType_entityId_locale_field: { entityType: 'PROJECT', entityId: row.id, locale, field } },
  })
}

describe('seeding the demo content', () => {
  it('writes every organization and some translations', () => {
    const seeded = first.organizations.created + first.organizations.updated + first.organizations.unchanged
    expect(seeded).toBe(organizations.length)
    const translations = first.translations.created + first.translations.updated + first.translations.unchanged
    expect(translations).toBeGreaterThan(100)
  })

  it('stores the native names of the Chinese and Japanese surveys and academy', async () => {
    const rows = await db.organization.findMany({
      where: { slug: { in: ['cgs', 'cags', 'gsj'] } },
      select: { slug: true, nativeName: true, nativeNameLang: true, romanizedName: true },
      orderBy: { slug: 'asc' },
    })
    expect(rows).toEqual([
      {
        slug: 'cags',
        nativeName: '中国地质科学院',
        nativeNameLang: 'zh-Hans',
        romanizedName: 'Zhōngguó Dìzhì Kēxuéyuàn',
      },
      {
        slug: 'cgs',
        nativeName: '中国地质调查局',
        nativeNameLang: 'zh-Hans',
        romanizedName: 'Zhōngguó Dìzhì Diàochájú',
      },
      {
        slug: 'gsj',
        nativeName: '産業技術総合研究所 地質調査総合センター',
        nativeNameLang: 'ja',
        romanizedName: 'Sangyō Gijutsu Sōgō Kenkyūsho Chishitsu Chōsa Sōgō Sentā',
      },
    ])
  })

  it('leaves the native name empty for an organization whose official name is English', async () => {
    const usgs = await db.organization.findUniqueOrThrow({
      where: { slug: 'usgs' },
      select: { nativeName: true, nativeNameLang: true, romanizedName: true },
    })
    expect(usgs).toEqual({ nativeName: null, nativeNameLang: null, romanizedName: null })
  })

  it('stores Chinese and Japanese titles made from the current English title', async () => {
    const english = project('igdp-phase-3').title
    const zh = await projectTranslation('igdp-phase-3', 'zh', 'title')
    const ja = await projectTranslation('igdp-phase-3', 'ja', 'title')
    expect(zh).toMatchObject({ value: '综合地学数据处理项目', source: english })
    expect(ja).toMatchObject({ value: '統合地球科学データ処理プロジェクト', source: english })
  })

  it('stores list fields one entry per line, with the English list as the source', async () => {
    const igdp = project('igdp-phase-3')
    const outcomes = await projectTranslation('igdp-phase-3', 'ja', 'outcomes')
    expect(outcomes?.source).toBe(igdp.outcomes.join('\n'))
    expect(outcomes?.value.split('\n')).toHaveLength(igdp.outcomes.length)
  })

  it('keeps one translation outdated: its source is an older English wording', async () => {
    const current = project('gsi-geoinformation-sharing-infrastructure').summary
    const outdated = await projectTranslation('gsi-geoinformation-sharing-infrastructure', 'zh', 'summary')
    expect(outdated).not.toBeNull()
    expect(outdated?.source).not.toBe(current)
    expect(outdated?.source).toBe(
      'A CCOP project led by the Geological Survey of Japan to build shared infrastructure for geoscience information in East Asia.',
    )
    // The Japanese summary of the same project is up to date.
    const upToDate = await projectTranslation('gsi-geoinformation-sharing-infrastructure', 'ja', 'summary')
    expect(upToDate?.source).toBe(current)
  })

  it('changes nothing when run again', async () => {
    const before = {
      translations: await db.translation.count(),
      organizations: await db.organization.count(),
      projects: await db.project.count(),
      latest: await db.translation.aggregate({ _max: { updatedAt: true } }),
    }
    const second = await seedDatabase(db)
    const after = {
      translations: await db.translation.count(),
      organizations: await db.organization.count(),
      projects: await db.project.count(),
      latest: await db.translation.aggregate({ _max: { updatedAt: true } }),
    }
    expect(after).toEqual(before)
    const types = ['organizations', 'projects', 'mous', 'conferences', 'trainings', 'news', 'translations'] as const
    for (const type of types) {
      expect(second[type], type).toMatchObject({ created: 0, updated: 0 })
    }
    const total = first.translations.created + first.translations.updated + first.translations.unchanged
    expect(second.translations.unchanged).toBe(total)
    expect(second.users.created).toBe(0)
  }, 120_000)
})

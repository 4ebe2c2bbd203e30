import { describe, expect, it } from 'vitest'
import { unique } from '../../fixtures/factories'
import { db } from '@/lib/db'
import type { ContentStatus } from '@/lib/generated/prisma/enums'
import { listSitemapEntries, type SitemapEntry } from '@/lib/data/sitemap'

type Visibility = { status?: ContentStatus; publishedAt?: Date | null; deletedAt?: Date | null }

const HIDDEN: Record<string, Visibility> = {
  draft: { status: 'DRAFT', publishedAt: null },
  inReview: { status: 'IN_REVIEW', publishedAt: null },
  archived: { status: 'ARCHIVED' },
  trashed: { deletedAt: new Date() },
  scheduled: { publishedAt: new Date(Date.now() + 86_400_000) },
}

function visibility({ status = 'PUBLISHED', publishedAt, deletedAt = null }: Visibility = {}) {
  return {
    status,
    publishedAt: publishedAt === undefined ? new Date(Date.now() - 60_000) : publishedAt,
    deletedAt,
  }
}

const select = { slug: true, updatedAt: true } as const

/** One row of each content type, all with the same visibility, in `country`. */
async function insertOneOfEach(tag: string, country: string, state: Visibility = {}) {
  const v = visibility(state)
  const startDate = new Date('2023-05-01T00:00:00Z')
  return {
    news: await db.newsArticle.create({ data: { slug: `sitemap-news-${tag}`, title: `News ${tag}`, ...v }, select }),
    organizations: await db.organization.create({
      data: { slug: `sitemap-org-${tag}`, name: `Org ${tag}`, kind: 'GEOLOGICAL_SURVEY', country, ...v },
      select,
    }),
    projects: await db.project.create({
      data: { slug: `sitemap-project-${tag}`, title: `Project ${tag}`, countries: [country], ...v },
      select,
    }),
    mous: await db.mou.create({
      data: { slug: `sitemap-mou-${tag}`, subject: `Subject ${tag}`, country, startDate, ...v },
      select,
    }),
    conferences: await db.conference.create({
      data: { slug: `sitemap-conference-${tag}`, name: `Conference ${tag}`, country, startDate, ...v },
      select,
    }),
    trainings: await db.training.create({
      data: { slug: `sitemap-training-${tag}`, title: `Training ${tag}`, location: 'Online', country, startDate, ...v },
      select,
    }),
  }
}

function byPath(entries: SitemapEntry[]) {
  return new Map(entries.map((entry) => [entry.path, entry]))
}

describe('sitemap entries', () => {
  it('list every published record of every type with its updatedAt', async () => {
    const rows = await insertOneOfEach(unique(), 'JP')
    const entries = byPath(await listSitemapEntries())
    for (const [type, row] of Object.entries(rows)) {
      const entry = entries.get(`/${type}/${row.slug}`)
      expect(entry, `/${type}/${row.slug}`).toBeDefined()
      expect(entry?.lastModified).toEqual(row.updatedAt)
    }
  })

  it('leave out drafts, records in review, archived, trashed and future-dated records', async () => {
    const hidden = await Promise.all(
      Object.entries(HIDDEN).map(([name, state]) => insertOneOfEach(`${name}-${unique()}`, 'JP', state)),
    )
    const paths = new Set((await listSitemapEntries()).map((entry) => entry.path))
    for (const rows of hidden) {
      for (const [type, row] of Object.entries(rows)) expect(paths.has(`/${type}/${row.slug}`)).toBe(false)
    }
  })

  it('list the home page and each list page, dated by the newest record of their type', async () => {
    const rows = await insertOneOfEach(unique(), 'JP')
    const entries = await listSitemapEntries()
    expect(entries[0]?.path).toBe('/')
    const paths = byPath(entries)
    expect(paths.get('/about')).toEqual({ path: '/about' })
    for (const [type, row] of Object.entries(rows)) {
      const list = paths.get(`/${type}`)
      expect(list?.lastModified?.getTime()).toBeGreaterThanOrEqual(row.updatedAt.getTime())
      // No published record of the type is newer than the list's date.
      const details = entries.filter((e) => e.path.startsWith(`/${type}/`))
      for (const detail of details) {
        expect(detail.lastModified!.getTime()).toBeLessThanOrEqual(list!.lastModified!.getTime())
      }
    }
    const home = paths.get('/')?.lastModified?.getTime() ?? 0
    for (const entry of entries) expect(entry.lastModified?.getTime() ?? 0).toBeLessThanOrEqual(home)
  })

  it('list a country page once something published links the country, dated by its newest record', async () => {
    await deleteVanuatuRows()
    const draft = await insertOneOfEach(unique(), 'VU', { status: 'DRAFT', publishedAt: null })
    let paths = byPath(await listSitemapEntries())
    expect(paths.has('/countries/vu')).toBe(false)
    expect(paths.has(`/organizations/${draft.organizations.slug}`)).toBe(false)

    const organization = await db.organization.create({
      data: {
        slug: `sitemap-org-vu-${unique()}`,
        name: 'Vanuatu partner',
        kind: 'MINISTRY',
        country: 'VU',
        ...visibility(),
      },
      select,
    })
    paths = byPath(await listSitemapEntries())
    expect(paths.get('/countries/vu')?.lastModified).toEqual(organization.updatedAt)
    expect(paths.get('/countries')?.lastModified?.getTime()).toBeGreaterThanOrEqual(organization.updatedAt.getTime())
    await deleteVanuatuRows()
  })
})

// Vanuatu is linked by no other test, so this file removes its own rows
// there (before and after, in case an earlier run stopped half-way) to keep
// "no published link yet" true.
async function deleteVanuatuRows() {
  const mine = { slug: { startsWith: 'sitemap-' } }
  await Promise.all([
    db.organization.deleteMany({ where: { ...mine, country: 'VU' } }),
    db.project.deleteMany({ where: { ...mine, countries: { has: 'VU' } } }),
    db.mou.deleteMany({ where: { ...mine, country: 'VU' } }),
    db.conference.deleteMany({ where: { ...mine, country: 'VU' } }),
    db.training.deleteMany({ where: { ...mine, country: 'VU' } }),
  ])
}

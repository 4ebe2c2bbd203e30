import { describe, expect, it } from 'vitest'
import { insertNews, unique } from '../../fixtures/factories'
import { getPublishedNewsBySlug, listPublishedNews, listPublishedNewsSlugs } from '@/lib/data/news'

describe('public news reads', () => {
  it('show published articles and hide drafts, archived, future-dated and deleted ones', async () => {
    const tag = unique()
    const published = await insertNews({ title: `Published ${tag}` })
    const draft = await insertNews({ title: `Draft ${tag}`, status: 'DRAFT' })
    const archived = await insertNews({ title: `Archived ${tag}`, status: 'ARCHIVED' })
    const future = await insertNews({ title: `Future ${tag}`, publishedAt: new Date(Date.now() + 86_400_000) })
    const deleted = await insertNews({ title: `Deleted ${tag}`, deletedAt: new Date() })

    const { items } = await listPublishedNews(1, 1000)
    const slugs = items.map((i) => i.slug)
    expect(slugs).toContain(published.slug)
    for (const hidden of [draft, archived, future, deleted]) {
      expect(slugs).not.toContain(hidden.slug)
      expect(await getPublishedNewsBySlug(hidden.slug)).toBeNull()
    }
    expect((await getPublishedNewsBySlug(published.slug))?.title).toBe(`Published ${tag}`)
  })

  it('paginate newest first', async () => {
    const older = await insertNews({ publishedAt: new Date('2001-01-01T00:00:00Z') })
    const newer = await insertNews({ publishedAt: new Date('2001-01-02T00:00:00Z') })
    const all = await listPublishedNews(1, 1000)
    const order = all.items.map((i) => i.slug)
    expect(order.indexOf(newer.slug)).toBeLessThan(order.indexOf(older.slug))

    const page2 = await listPublishedNews(2, 1)
    expect(page2.items).toHaveLength(1)
    expect(page2.totalPages).toBe(all.total)
  })
})

describe('the slugs prerendered at build time', () => {
  it('are the most recently published articles, at most `limit`, never drafts or future ones', async () => {
    const older = await insertNews({ publishedAt: new Date(Date.now() - 2000) })
    const newer = await insertNews({ publishedAt: new Date(Date.now() - 1000) })
    const draft = await insertNews({ status: 'DRAFT' })
    const future = await insertNews({ publishedAt: new Date(Date.now() + 86_400_000) })

    const all = await listPublishedNewsSlugs(100_000)
    expect(all.indexOf(newer.slug)).toBeGreaterThanOrEqual(0)
    expect(all.indexOf(newer.slug)).toBeLessThan(all.indexOf(older.slug))
    expect(all).not.toContain(draft.slug)
    expect(all).not.toContain(future.slug)

    const limited = await listPublishedNewsSlugs(2)
    expect(limited).toEqual(all.slice(0, 2))
  })
})

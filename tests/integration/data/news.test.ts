import { describe, expect, it } from 'vitest'
import { insertNews, unique } from '../../fixtures/factories'
import { getPublishedNewsBySlug, listPublishedNews } from '@/lib/data/news'

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

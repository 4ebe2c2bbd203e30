import 'server-only'
import { TAGS } from '@/lib/cache-tags'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { cachePublished } from './cache'
import { PAGE_SIZE, paginate, publishedWhere } from './published'

const newsCardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  publishedAt: true,
  coverImageUrl: true,
  coverImageAlt: true,
  tags: true,
} satisfies Prisma.NewsArticleSelect

// Built per call, like publishedWhere() itself, so the related lists compare
// with the time of the read rather than the time the module was loaded.
function newsDetailSelect() {
  return {
    ...newsCardSelect,
    body: true,
    updatedAt: true,
    projects: { where: publishedWhere(), select: { slug: true, title: true } },
    organizations: { where: publishedWhere(), select: { slug: true, name: true } },
    trainings: { where: publishedWhere(), select: { slug: true, title: true } },
    conferences: { where: publishedWhere(), select: { slug: true, name: true } },
    mous: { where: publishedWhere(), select: { slug: true, subject: true } },
  } satisfies Prisma.NewsArticleSelect
}

// ---- Public reads --------------------------------------------------------
// Cached (see lib/data/cache.ts) and tagged with the page they serve, so the
// editorial core can expire exactly the pages a change affects.

export async function listPublishedNews(page = 1, pageSize = PAGE_SIZE) {
  'use cache'
  cachePublished([TAGS.list('news')])
  const where = publishedWhere()
  return paginate(
    page,
    pageSize,
    (window) =>
      db.newsArticle.findMany({
        where,
        select: newsCardSelect,
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        ...window,
      }),
    () => db.newsArticle.count({ where }),
  )
}

export type NewsCard = Awaited<ReturnType<typeof listPublishedNews>>['items'][number]

/** The newest published articles, for the home page. */
export async function listLatestNews(limit = 3) {
  'use cache'
  cachePublished([TAGS.home])
  return db.newsArticle.findMany({
    where: publishedWhere(),
    select: newsCardSelect,
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
  })
}

/**
 * A published article with its published related items, or null. Cached by
 * slug, a miss included, so generateMetadata and the page share one read and
 * a page that was "not found" is refreshed when an article gets that slug.
 */
export async function getPublishedNewsBySlug(slug: string) {
  'use cache'
  cachePublished([TAGS.item('news', slug)])
  return db.newsArticle.findFirst({ where: { slug, ...publishedWhere() }, select: newsDetailSelect() })
}

/** The slugs of every published article, for prerendering their pages at build time. */
export async function listPublishedNewsSlugs(): Promise<string[]> {
  'use cache'
  cachePublished([TAGS.list('news')])
  const rows = await db.newsArticle.findMany({ where: publishedWhere(), select: { slug: true }, orderBy: { slug: 'asc' } })
  return rows.map((row) => row.slug)
}

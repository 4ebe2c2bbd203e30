import 'server-only'
import { cache } from 'react'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
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

const newsDetailSelect = {
  ...newsCardSelect,
  body: true,
  updatedAt: true,
  projects: { where: publishedWhere(), select: { slug: true, title: true } },
  organizations: { where: publishedWhere(), select: { slug: true, name: true } },
  trainings: { where: publishedWhere(), select: { slug: true, title: true } },
  conferences: { where: publishedWhere(), select: { slug: true, name: true } },
  mous: { where: publishedWhere(), select: { slug: true, subject: true } },
} satisfies Prisma.NewsArticleSelect



// ---- Public reads --------------------------------------------------------

export async function listPublishedNews(page = 1, pageSize = PAGE_SIZE) {
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

export async function listLatestNews(limit = 3) {
  return db.newsArticle.findMany({
    where: publishedWhere(),
    select: newsCardSelect,
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
  })
}

/** Deduplicated per request: generateMetadata and the page both call it. */
export const getPublishedNewsBySlug = cache(async (slug: string) =>
  db.newsArticle.findFirst({ where: { slug, ...publishedWhere() }, select: newsDetailSelect }),
)

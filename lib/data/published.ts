import type { ContentStatus } from '@/lib/generated/prisma/enums'

/**
 * The one definition of "visible to the public": published, with a publish
 * date that has arrived, and not in the trash. Built per call so the date is
 * fresh. Every public read in lib/data uses it.
 */
export function publishedWhere() {
  return {
    status: 'PUBLISHED' as ContentStatus,
    publishedAt: { lte: new Date() },
    deletedAt: null,
  }
}

export const PAGE_SIZE = 10

/**
 * How many detail pages of each content type the build prerenders, the most
 * recently published first. At the demo's volume that is all of them; a large
 * archive renders its older pages on their first request and caches them then,
 * so the build (which prerenders each page in every language) stays short.
 */
export const PRERENDER_LIMIT = 100

/**
 * One page of a list plus the total, fetched together: `findPage` receives
 * the skip/take of the page, `count` counts the whole filtered list.
 */
export async function paginate<T>(
  page: number,
  pageSize: number,
  findPage: (window: { skip: number; take: number }) => Promise<T[]>,
  count: () => Promise<number>,
) {
  const [items, total] = await Promise.all([findPage({ skip: (page - 1) * pageSize, take: pageSize }), count()])
  return { items, total, page, totalPages: Math.max(1, Math.ceil(total / pageSize)) }
}

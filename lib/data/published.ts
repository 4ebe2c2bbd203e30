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

export function pageCount(total: number, pageSize = PAGE_SIZE) {
  return Math.max(1, Math.ceil(total / pageSize))
}

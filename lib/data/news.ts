import 'server-only'
import { cache } from 'react'
import { requireRole } from '@/lib/auth/guards'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ContentStatus } from '@/lib/generated/prisma/enums'
import type { NewsInput } from '@/lib/validation/news'
import { ConflictError, NotFoundError } from './errors'
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

const newsAdminRowSelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
} satisfies Prisma.NewsArticleSelect

const newsEditSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  body: true,
  tags: true,
  publishedAt: true,
  coverImageUrl: true,
  coverImageAlt: true,
  status: true,
  version: true,
  updatedAt: true,
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

// ---- Admin reads ---------------------------------------------------------

export async function listNewsForAdmin(query: { q?: string; status?: ContentStatus; page?: number; pageSize?: number }) {
  await requireRole('EDITOR')
  const where: Prisma.NewsArticleWhereInput = {
    deletedAt: null,
    ...(query.status ? { status: query.status } : {}),
    ...(query.q
      ? {
          OR: [
            { title: { contains: query.q, mode: 'insensitive' } },
            { slug: { contains: query.q, mode: 'insensitive' } },
          ],
        }
      : {}),
  }
  return paginate(
    query.page ?? 1,
    query.pageSize ?? PAGE_SIZE,
    (window) =>
      db.newsArticle.findMany({
        where,
        select: newsAdminRowSelect,
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        ...window,
      }),
    () => db.newsArticle.count({ where }),
  )
}

export async function getNewsForEdit(id: string) {
  await requireRole('EDITOR')
  return db.newsArticle.findFirst({ where: { id, deletedAt: null }, select: newsEditSelect })
}

export type NewsForEdit = NonNullable<Awaited<ReturnType<typeof getNewsForEdit>>>

export async function countNewsByStatus() {
  await requireRole('EDITOR')
  const groups = await db.newsArticle.groupBy({ by: ['status'], where: { deletedAt: null }, _count: true })
  return Object.fromEntries(groups.map((g) => [g.status, g._count])) as Partial<Record<ContentStatus, number>>
}

// ---- Writes --------------------------------------------------------------

function toData(input: NewsInput) {
  return {
    title: input.title,
    slug: input.slug,
    summary: input.summary,
    body: input.body,
    tags: input.tags,
    publishedAt: input.publishedAt ?? null,
    coverImageUrl: input.coverImageUrl ?? null,
    coverImageAlt: input.coverImageAlt ?? null,
  }
}

/** Creates a draft. Throws a Prisma P2002 error when the slug is taken. */
export async function createNews(input: NewsInput) {
  const user = await requireRole('EDITOR')
  return db.newsArticle.create({
    data: { ...toData(input), status: 'DRAFT', createdById: user.id, updatedById: user.id },
    select: { id: true, slug: true },
  })
}

/**
 * Saves an edit made on `expectedVersion`. The version check and the write are
 * one statement, so of two saves of the same version exactly one wins; the
 * other gets a ConflictError.
 */
export async function updateNews(id: string, input: NewsInput, expectedVersion: number) {
  const user = await requireRole('EDITOR')
  const before = await db.newsArticle.findFirst({ where: { id, deletedAt: null }, select: { slug: true } })
  if (!before) throw new NotFoundError()
  const { count } = await db.newsArticle.updateMany({
    where: { id, version: expectedVersion, deletedAt: null },
    data: { ...toData(input), version: { increment: 1 }, updatedById: user.id },
  })
  if (count === 0) throw new ConflictError()
  return { id, slug: input.slug, previousSlug: before.slug }
}

async function setStatus(id: string, status: ContentStatus) {
  const user = await requireRole('EDITOR')
  const current = await db.newsArticle.findFirst({
    where: { id, deletedAt: null },
    select: { slug: true, publishedAt: true },
  })
  if (!current) throw new NotFoundError()
  await db.newsArticle.update({
    where: { id },
    data: {
      status,
      // Publishing keeps a date the editor chose; otherwise it is "now".
      ...(status === 'PUBLISHED' && !current.publishedAt ? { publishedAt: new Date() } : {}),
      version: { increment: 1 },
      updatedById: user.id,
    },
  })
  return { id, slug: current.slug }
}

export function publishNews(id: string) {
  return setStatus(id, 'PUBLISHED')
}

export function unpublishNews(id: string) {
  return setStatus(id, 'DRAFT')
}

export async function deleteNews(id: string) {
  await requireRole('EDITOR')
  const deleted = await db.newsArticle.delete({ where: { id }, select: { slug: true } }).catch(() => null)
  if (!deleted) throw new NotFoundError()
  return deleted
}

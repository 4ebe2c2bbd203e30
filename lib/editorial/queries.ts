import 'server-only'
import { z } from 'zod'
import { requireRole } from '@/lib/auth/guards'
import { db } from '@/lib/db'
import type { ContentStatus, ContentType } from '@/lib/generated/prisma/enums'
import { adapters } from './registry'
import { rowsOf } from './service'
import type { ContentAdapter } from './types'

type AnyAdapter = ContentAdapter<{ slug: string }>

/** `?q=&status=&sort=&dir=&page=` of an admin list; anything unexpected falls back to the default. */
export const AdminListQuerySchema = z.object({
  q: z.string().trim().max(200).catch(''),
  status: z.enum(['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED', 'PENDING']).optional().catch(undefined),
  sort: z.string().trim().max(40).optional().catch(undefined),
  dir: z.enum(['asc', 'desc']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
})

export type AdminListQuery = z.infer<typeof AdminListQuerySchema>

export type AdminListRow = {
  id: string
  slug: string
  title: string
  status: ContentStatus
  updatedAt: Date
  updatedBy: string | null
  pending: 'draft' | 'review' | null
  scheduled: Array<{ action: 'PUBLISH' | 'UNPUBLISH'; runAt: Date }>
  extra: Record<string, unknown>
}

/** The sort keys an admin list accepts: title, status, last change, and the type's sortable columns. */
export function sortKeys(adapter: AnyAdapter): string[] {
  return ['title', 'status', 'updated', ...adapter.listColumns.filter((c) => c.sortable).map((c) => c.field)]
}

/** One page of an admin list with search, status filter and sort. */
export async function listForAdmin(adapter: AnyAdapter, query: AdminListQuery & { pageSize?: number }) {
  await requireRole('CONTRIBUTOR')
  const pageSize = query.pageSize ?? 20
  const pendingIds =
    query.status === 'PENDING'
      ? (await db.pendingDraft.findMany({ where: { entityType: adapter.type }, select: { entityId: true } })).map((p) => p.entityId)
      : null
  const where: Record<string, unknown> = {
    deletedAt: null,
    ...(query.status && query.status !== 'PENDING' ? { status: query.status } : {}),
    ...(pendingIds ? { id: { in: pendingIds } } : {}),
    ...(query.q
      ? { OR: adapter.searchFields.map((field) => ({ [field]: { contains: query.q, mode: 'insensitive' } })) }
      : {}),
  }
  const sort = query.sort && sortKeys(adapter).includes(query.sort) ? query.sort : 'updated'
  const dir = query.dir ?? (sort === 'updated' ? 'desc' : 'asc')
  const column = sort === 'title' ? adapter.titleField : sort === 'updated' ? 'updatedAt' : sort
  const orderBy = [{ [column]: dir }, { id: 'asc' }]
  const select = {
    id: true,
    slug: true,
    status: true,
    updatedAt: true,
    [adapter.titleField]: true,
    ...Object.fromEntries(adapter.listColumns.map((c) => [c.field, true])),
    updatedBy: { select: { name: true } },
  }
  const delegate = rowsOf(db, adapter)
  const [rows, total] = await Promise.all([
    delegate.findMany({ where, select, orderBy, skip: (query.page - 1) * pageSize, take: pageSize }),
    delegate.count({ where }),
  ])
  const ids = rows.map((r) => r.id as string)
  const [pendings, schedules] = await Promise.all([
    db.pendingDraft.findMany({ where: { entityType: adapter.type, entityId: { in: ids } } }),
    db.scheduledChange.findMany({
      where: { entityType: adapter.type, entityId: { in: ids }, failedAt: null },
      orderBy: { runAt: 'asc' },
    }),
  ])
  const pendingById = new Map(pendings.map((p) => [p.entityId, p.inReview ? ('review' as const) : ('draft' as const)]))
  const items: AdminListRow[] = rows.map((r) => ({
    id: r.id as string,
    slug: r.slug as string,
    title: String(r[adapter.titleField] ?? r.slug),
    status: r.status as ContentStatus,
    updatedAt: r.updatedAt as Date,
    updatedBy: (r.updatedBy as { name: string } | null)?.name ?? null,
    pending: pendingById.get(r.id as string) ?? null,
    scheduled: schedules.filter((s) => s.entityId === r.id).map((s) => ({ action: s.action, runAt: s.runAt })),
    extra: Object.fromEntries(adapter.listColumns.map((c) => [c.field, r[c.field]])),
  }))
  return { items, total, page: query.page, totalPages: Math.max(1, Math.ceil(total / pageSize)), sort, dir }
}

export type TrashRow = { type: ContentType; segment: string; noun: string; id: string; title: string; deletedAt: Date }

/** Everything in the trash, most recently deleted first. */
export async function listTrash(): Promise<TrashRow[]> {
  await requireRole('EDITOR')
  const lists = await Promise.all(
    adapters.map(async (adapter) => {
      const rows = await rowsOf(db, adapter).findMany({
        where: { deletedAt: { not: null } },
        select: { id: true, deletedAt: true, [adapter.titleField]: true },
        orderBy: { deletedAt: 'desc' },
        take: 200,
      })
      return rows.map((r) => ({
        type: adapter.type,
        segment: adapter.segment,
        noun: adapter.noun,
        id: r.id as string,
        title: String(r[adapter.titleField]),
        deletedAt: r.deletedAt as Date,
      }))
    }),
  )
  return lists.flat().sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime())
}

type ItemRef = { type: ContentType; segment: string; noun: string; id: string; title: string }

async function titlesFor(refs: Array<{ entityType: ContentType; entityId: string }>): Promise<Map<string, ItemRef>> {
  const out = new Map<string, ItemRef>()
  await Promise.all(
    adapters.map(async (adapter) => {
      const ids = refs.filter((r) => r.entityType === adapter.type).map((r) => r.entityId)
      if (ids.length === 0) return
      const rows = await rowsOf(db, adapter).findMany({
        where: { id: { in: ids } },
        select: { id: true, [adapter.titleField]: true },
      })
      for (const r of rows)
        out.set(`${adapter.type}:${r.id as string}`, {
          type: adapter.type,
          segment: adapter.segment,
          noun: adapter.noun,
          id: r.id as string,
          title: String(r[adapter.titleField]),
        })
    }),
  )
  return out
}

/** Upcoming scheduled changes (and failed ones), soonest first, with item titles. */
export async function listScheduled() {
  await requireRole('CONTRIBUTOR')
  const changes = await db.scheduledChange.findMany({
    orderBy: [{ runAt: 'asc' }, { id: 'asc' }],
    take: 500,
    include: { createdBy: { select: { name: true } } },
  })
  const items = await titlesFor(changes)
  return changes.flatMap((c) => {
    const item = items.get(`${c.entityType}:${c.entityId}`)
    return item ? [{ ...c, item }] : []
  })
}

/** The dashboard: my drafts, what waits for review, and recent changes, across all types. */
export async function getDashboard() {
  const user = await requireRole('CONTRIBUTOR')
  const perType = await Promise.all(
    adapters.map(async (adapter) => {
      const delegate = rowsOf(db, adapter)
      const select = { id: true, updatedAt: true, [adapter.titleField]: true }
      const [mine, review] = await Promise.all([
        delegate.findMany({
          where: { deletedAt: null, status: 'DRAFT', OR: [{ createdById: user.id }, { updatedById: user.id }] },
          select,
          orderBy: { updatedAt: 'desc' },
          take: 10,
        }),
        delegate.findMany({ where: { deletedAt: null, status: 'IN_REVIEW' }, select, orderBy: { updatedAt: 'asc' }, take: 20 }),
      ])
      const ref = (r: Record<string, unknown>) => ({
        type: adapter.type,
        segment: adapter.segment,
        noun: adapter.noun,
        id: r.id as string,
        title: String(r[adapter.titleField]),
        updatedAt: r.updatedAt as Date,
        pendingChanges: false,
      })
      return { mine: mine.map(ref), review: review.map(ref) }
    }),
  )
  const pendings = await db.pendingDraft.findMany({
    where: { OR: [{ inReview: true }, { updatedById: user.id }] },
    orderBy: { updatedAt: 'desc' },
    take: 40,
  })
  const pendingTitles = await titlesFor(pendings)
  const pendingRefs = pendings.flatMap((p) => {
    const item = pendingTitles.get(`${p.entityType}:${p.entityId}`)
    return item ? [{ ...item, updatedAt: p.updatedAt, pendingChanges: true, inReview: p.inReview, mine: p.updatedById === user.id }] : []
  })
  const byDate = <T extends { updatedAt: Date }>(a: T, b: T) => b.updatedAt.getTime() - a.updatedAt.getTime()
  const myDrafts = [...perType.flatMap((t) => t.mine), ...pendingRefs.filter((p) => p.mine && !p.inReview)].sort(byDate).slice(0, 10)
  const inReview = [...perType.flatMap((t) => t.review), ...pendingRefs.filter((p) => p.inReview)].sort(byDate).reverse()

  const revisions = await db.revision.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 10,
    select: { id: true, entityType: true, entityId: true, action: true, title: true, createdAt: true, author: { select: { name: true } } },
  })
  const recentTitles = await titlesFor(revisions)
  const recent = revisions.map((r) => ({ ...r, item: recentTitles.get(`${r.entityType}:${r.entityId}`) ?? null }))
  return { user, myDrafts, inReview, recent }
}

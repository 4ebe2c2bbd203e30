import 'server-only'
import { requireRole } from '@/lib/auth/guards'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { type AuditListQuery, NO_ACTOR } from '@/lib/validation/users'
import { paginate } from './published'

/** The audit log is scanned in bigger pages than content lists. */
export const AUDIT_PAGE_SIZE = 50

const DAY_MS = 24 * 60 * 60 * 1000

const auditEntrySelect = {
  id: true,
  at: true,
  actorId: true,
  actorEmail: true,
  action: true,
  entityType: true,
  entityId: true,
  summary: true,
  details: true,
  ip: true,
} satisfies Prisma.AuditLogSelect

type AuditRow = Prisma.AuditLogGetPayload<{ select: typeof auditEntrySelect }>

export type AuditFilters = Partial<Omit<AuditListQuery, 'page'>> & { page?: number; pageSize?: number }

function auditWhere(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const at: Prisma.DateTimeFilter = {}
  if (filters.from) at.gte = filters.from
  // "To" is inclusive: everything before the start of the next day (UTC).
  if (filters.to) at.lt = new Date(filters.to.getTime() + DAY_MS)
  return {
    ...(filters.user === NO_ACTOR ? { actorId: null } : filters.user ? { actorId: filters.user } : {}),
    ...(filters.type ? { entityType: filters.type } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.from || filters.to ? { at } : {}),
  }
}

// The log copies the actor's e-mail and never references the user, so names
// are looked up separately: for the actors and for users the entries are about.
async function withNames(rows: AuditRow[]) {
  const ids = new Set<string>()
  for (const row of rows) {
    if (row.actorId) ids.add(row.actorId)
    if (row.entityType === 'USER' && row.entityId) ids.add(row.entityId)
  }
  const users =
    ids.size > 0 ? await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } }) : []
  const names = new Map(users.map((u) => [u.id, u.name]))
  return rows.map((row) => ({
    ...row,
    actorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
    entityName: row.entityType === 'USER' && row.entityId ? (names.get(row.entityId) ?? null) : null,
  }))
}

/** Audit entries, newest first, filtered by actor, entity type, action and an inclusive UTC date range. */
export async function listAudit(filters: AuditFilters = {}) {
  await requireRole('ADMIN')
  const where = auditWhere(filters)
  const result = await paginate(
    filters.page ?? 1,
    filters.pageSize ?? AUDIT_PAGE_SIZE,
    (window) =>
      db.auditLog.findMany({ where, select: auditEntrySelect, orderBy: [{ at: 'desc' }, { id: 'desc' }], ...window }),
    () => db.auditLog.count({ where }),
  )
  return { ...result, items: await withNames(result.items) }
}

export type AuditEntryRow = Awaited<ReturnType<typeof listAudit>>['items'][number]

/** The latest entries by or about one user, for their page in the admin. */
export async function listRecentAuditForUser(userId: string, limit = 20) {
  await requireRole('ADMIN')
  const rows = await db.auditLog.findMany({
    where: { OR: [{ actorId: userId }, { entityType: 'USER', entityId: userId }] },
    select: auditEntrySelect,
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: limit,
  })
  return withNames(rows)
}

import 'server-only'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'

/** What the audit log records. Content actions reuse the revision action names. */
export type AuditAction =
  | 'LOGIN_SUCCEEDED'
  | 'LOGIN_FAILED'
  | 'CREATE'
  | 'EDIT'
  | 'SUBMIT'
  | 'RETURN_TO_DRAFT'
  | 'PUBLISH'
  | 'UNPUBLISH'
  | 'ARCHIVE'
  | 'SCHEDULE'
  | 'UNSCHEDULE'
  | 'SCHEDULE_FAILED'
  | 'RESTORE_REVISION'
  | 'DELETE'
  | 'RESTORE'
  | 'PURGE'
  | 'TRANSLATE'
  | 'USER_CREATE'
  | 'USER_INVITE'
  | 'USER_ACTIVATE'
  | 'ROLE_CHANGE'
  | 'USER_DEACTIVATE'
  | 'USER_REACTIVATE'
  | 'MEDIA_UPLOAD'
  | 'MEDIA_EDIT'
  | 'MEDIA_DELETE'

export type AuditActor = { id: string; email: string } | null

export type AuditEntry = {
  actor: AuditActor
  action: AuditAction
  /** A ContentType, or 'USER' / 'MEDIA'. */
  entityType?: string
  entityId?: string
  /** One human-readable line, e.g. `Published MOU “Geoscience cooperation”`. */
  summary: string
  details?: Prisma.InputJsonValue
  ip?: string | null
}

type Client = Pick<Prisma.TransactionClient, 'auditLog'>

/**
 * Appends one row to the audit log. Pass the transaction of the change so the
 * entry is written if and only if the change is.
 */
export async function writeAudit(client: Client | typeof db, entry: AuditEntry) {
  await client.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      summary: entry.summary,
      details: entry.details,
      ip: entry.ip ?? null,
    },
  })
}

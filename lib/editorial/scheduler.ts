import 'server-only'
import { writeAudit } from '@/lib/audit'
import { hasRole } from '@/lib/auth/guards'
import { db } from '@/lib/db'
import { expireNewlyVisible, expireTagsInBackground } from './invalidate'
import { adapterForType } from './registry'
import { transitionInTx } from './service'

export type ScheduleRun = { done: number; failed: number }

function describeFailure(reason: string, message?: string) {
  switch (reason) {
    case 'invalid':
      return 'The item does not pass the checks for publishing. Open it, complete it, and schedule again.'
    case 'not-found':
      return 'The item no longer exists.'
    case 'slug-taken':
      return 'Another item already uses this slug.'
    default:
      return message ?? 'The change could not be made.'
  }
}

// The change itself is committed by then; its pages fall back on their cache
// lifetime (lib/data/cache.ts).
function logExpiryFailure(error: unknown) {
  console.error('Expiring the cached public pages after a scheduled change failed:', error)
}

/**
 * Runs every scheduled publish and unpublish that is due. Each change runs in
 * its own transaction that locks its schedule row with SKIP LOCKED, so several
 * app instances can run this at once and each change happens exactly once.
 * The change is made in the name of the editor who scheduled it, provided
 * they are still an active editor. The cached public pages it affects are
 * expired after each change, and so are those of items whose own publish
 * date has just arrived.
 */
export async function runDueSchedules(now = new Date()): Promise<ScheduleRun> {
  const run: ScheduleRun = { done: 0, failed: 0 }
  // Expiring cached pages must never hold up the scheduled changes.
  await expireNewlyVisible(now).catch(logExpiryFailure)
  for (;;) {
    const staleTags: string[] = []
    const outcome = await db.$transaction(async (tx) => {
      const [due] = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM "ScheduledChange"
        WHERE "runAt" <= ${now} AND "failedAt" IS NULL
        ORDER BY "runAt", id
        LIMIT 1
        FOR UPDATE SKIP LOCKED`
      if (!due) return 'none' as const
      const change = await tx.scheduledChange.findUniqueOrThrow({
        where: { id: due.id },
        include: { createdBy: { select: { id: true, email: true, name: true, role: true, active: true } } },
      })
      const adapter = adapterForType(change.entityType)
      const actor = change.createdBy
      const result =
        actor?.active && hasRole(actor.role, 'EDITOR')
          ? await transitionInTx(tx, actor, adapter, change.entityId, change.action, null, { scheduled: true, staleTags })
          : ({ ok: false, reason: 'forbidden', message: 'The editor who scheduled this is no longer an active editor.' } as const)
      if (result.ok) {
        await tx.scheduledChange.delete({ where: { id: change.id } })
        return 'done' as const
      }
      const error = describeFailure(result.reason, 'message' in result ? result.message : undefined)
      await tx.scheduledChange.update({ where: { id: change.id }, data: { failedAt: now, error } })
      await writeAudit(tx, {
        actor: null,
        action: 'SCHEDULE_FAILED',
        entityType: change.entityType,
        entityId: change.entityId,
        summary: `Scheduled ${change.action === 'PUBLISH' ? 'publish' : 'unpublish'} of a ${adapter.noun} failed: ${error}`,
        details: { scheduleId: change.id, reason: result.reason },
      })
      return 'failed' as const
    })
    if (outcome === 'none') return run
    await expireTagsInBackground(staleTags).catch(logExpiryFailure)
    run[outcome]++
  }
}

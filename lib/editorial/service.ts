import 'server-only'
import { z } from 'zod'
import { type AuditAction, writeAudit } from '@/lib/audit'
import { type CurrentUser, requireRole } from '@/lib/auth/guards'
import { isUniqueViolation } from '@/lib/data/errors'
import { db } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import type { ContentStatus } from '@/lib/generated/prisma/enums'
import { tagsForChange } from '@/lib/cache-tags'
import { diffValues } from './diff'
import { FieldValidationError } from './errors'
import { expireTags, readFootprint } from './invalidate'
import { describeChosenByField, loadPickerChoices } from './pickers'
import type { ContentAdapter, EditorialState, FieldChange, FormValues, Option, PickerChoices, Tx } from './types'
import { type Pending, type WorkflowAction, alreadyDone, decide } from './workflow'

/**
 * The editorial core: every create, save, workflow step, restore and trash
 * operation of every content type goes through here, so the rules (roles,
 * optimistic locking, revisions, pending drafts, audit) exist once. Each
 * exported function checks the caller's role itself; the `…As` variants take
 * the actor explicitly for the scheduler, which runs without a session.
 */

export type Actor = Pick<CurrentUser, 'id' | 'email' | 'name' | 'role'>

export type Conflict = { by: string | null; at: Date; changes: FieldChange[] }

export type SaveResult =
  | { ok: true; id: string; slug: string; version: number; previousSlug?: string }
  | { ok: false; reason: 'invalid'; error: z.ZodError }
  | { ok: false; reason: 'slug-taken' }
  | { ok: false; reason: 'conflict'; conflict: Conflict }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'forbidden'; message: string }

type AnyAdapter = ContentAdapter<{ slug: string }>

/** Keys every content form posts besides the type's own fields. */
const SYSTEM_KEYS = new Set(['version', 'submissionId'])

function contentValues(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SYSTEM_KEYS.has(key)))
}

// ---- Generic row access ----------------------------------------------------

type EditorialRow = {
  id: string
  slug: string
  status: ContentStatus
  version: number
  publishedAt: Date | null
  deletedAt: Date | null
  createdAt: Date
  updatedAt: Date
  createdById: string | null
}

const editorialSelect = {
  id: true,
  slug: true,
  status: true,
  version: true,
  publishedAt: true,
  deletedAt: true,
  createdAt: true,
  updatedAt: true,
  createdById: true,
} as const

/**
 * The six content models share the editorial columns; this is the slice of a
 * Prisma delegate the core uses on them.
 */
type EditorialDelegate = {
  findUnique(args: { where: { id: string }; select: typeof editorialSelect }): Promise<EditorialRow | null>
  findFirst(args: { where: Record<string, unknown>; select: { id: true } }): Promise<{ id: string } | null>
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>
  delete(args: { where: { id: string } }): Promise<unknown>
  findMany(args: Record<string, unknown>): Promise<Array<Record<string, unknown>>>
  count(args: Record<string, unknown>): Promise<number>
}

export function rowsOf(client: Tx | typeof db, adapter: AnyAdapter): EditorialDelegate {
  return client[adapter.model] as unknown as EditorialDelegate
}

async function findRow(client: Tx | typeof db, adapter: AnyAdapter, id: string) {
  return rowsOf(client, adapter).findUnique({ where: { id }, select: editorialSelect })
}

async function pendingOf(tx: Tx, adapter: AnyAdapter, id: string) {
  return tx.pendingDraft.findUnique({ where: { entityType_entityId: { entityType: adapter.type, entityId: id } } })
}

function pendingState(pending: { inReview: boolean } | null): Pending {
  return pending ? (pending.inReview ? 'review' : 'draft') : 'none'
}

/** The item as an editor sees it: the pending draft of a published item, else the live row. */
async function workingCopy(tx: Tx, adapter: AnyAdapter, id: string): Promise<FormValues | null> {
  const pending = await pendingOf(tx, adapter, id)
  if (pending) return pending.data as FormValues
  return adapter.readLive(tx, id)
}

async function slugTaken(tx: Tx, adapter: AnyAdapter, slug: string, exceptId?: string) {
  const other = await rowsOf(tx, adapter).findFirst({
    where: { slug, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  })
  return Boolean(other)
}

function invalid(field: string, message: string): SaveResult {
  return {
    ok: false,
    reason: 'invalid',
    error: new z.ZodError([{ code: 'custom', path: [field], message, input: undefined }]),
  }
}

/**
 * Items that existed before revisions were kept (the seeded demo content) have
 * no revision for their current version. Record it before the first change,
 * so history and conflict messages can compare with it. Called after the
 * version check has locked the row.
 */
async function ensureBaseline(tx: Tx, adapter: AnyAdapter, row: EditorialRow, known?: FormValues) {
  const key = { entityType: adapter.type, entityId: row.id, version: row.version }
  const exists = await tx.revision.findUnique({ where: { entityType_entityId_version: key }, select: { id: true } })
  if (exists) return
  const values = known ?? (await workingCopy(tx, adapter, row.id)) ?? {}
  await tx.revision.create({
    data: { ...key, action: 'IMPORT', status: row.status, title: titleOfValues(adapter, values), data: values, createdAt: row.updatedAt },
  })
}

/** Thrown inside a transaction to roll it back and report a stale version. */
class StaleVersion extends Error {}

const verbs: Record<string, string> = {
  CREATE: 'Created',
  EDIT: 'Edited',
  SUBMIT: 'Submitted for review',
  RETURN_TO_DRAFT: 'Returned to draft',
  PUBLISH: 'Published',
  UNPUBLISH: 'Unpublished',
  ARCHIVE: 'Archived',
  RESTORE_REVISION: 'Restored an earlier revision of',
  DELETE: 'Moved to the trash',
  RESTORE: 'Restored from the trash',
  PURGE: 'Deleted for good',
}

function summary(adapter: AnyAdapter, action: string, title: string, note = '') {
  return `${verbs[action] ?? action} ${adapter.noun} “${title}”${note}`
}

async function record(
  tx: Tx,
  adapter: AnyAdapter,
  actor: Actor,
  entry: {
    id: string
    version: number
    action: string
    status: ContentStatus
    title: string
    data: FormValues
    submissionId?: string
    restoredFromId?: string
    note?: string
    details?: Prisma.InputJsonValue
  },
) {
  await tx.revision.create({
    data: {
      entityType: adapter.type,
      entityId: entry.id,
      version: entry.version,
      action: entry.action,
      status: entry.status,
      title: entry.title,
      data: entry.data,
      authorId: actor.id,
      submissionId: entry.submissionId ?? null,
      restoredFromId: entry.restoredFromId ?? null,
    },
  })
  await writeAudit(tx, {
    actor,
    action: entry.action as AuditAction,
    entityType: adapter.type,
    entityId: entry.id,
    summary: summary(adapter, entry.action, entry.title, entry.note),
    details: entry.details ?? { version: entry.version },
  })
}

/** The title a working copy shows, even when it does not parse any more. */
function titleOfValues(adapter: AnyAdapter, values: FormValues): string {
  const parsed = adapter.draftSchema.safeParse(values)
  return parsed.success ? adapter.titleOf(parsed.data) : (values[adapter.titleField] ?? values.slug ?? '')
}

/** What changed between the version an editor loaded and the current one. */
async function describeConflict(adapter: AnyAdapter, id: string, baseVersion: number): Promise<Conflict> {
  return db.$transaction(async (tx) => {
    // One query after the other: a transaction is one connection, and
    // queries sent on it at once are queued by the driver (and deprecated by pg).
    const base = await tx.revision.findUnique({
      where: { entityType_entityId_version: { entityType: adapter.type, entityId: id, version: baseVersion } },
    })
    const latest = await tx.revision.findFirst({
      where: { entityType: adapter.type, entityId: id },
      orderBy: { version: 'desc' },
      include: { author: { select: { name: true } } },
    })
    const current = (await workingCopy(tx, adapter, id)) ?? {}
    const describe = async (values: FormValues) => (adapter.describe ? adapter.describe(tx, values) : values)
    const changes = base ? diffValues(adapter.fields, await describe(base.data as FormValues), await describe(current)) : []
    return { by: latest?.author?.name ?? null, at: latest?.createdAt ?? new Date(), changes }
  })
}

/** A repeated submit of a save that already happened: answer as the first one did. */
async function alreadySaved(adapter: AnyAdapter, submissionId: string | undefined, id?: string): Promise<SaveResult | null> {
  if (!submissionId) return null
  const done = await db.revision.findUnique({ where: { submissionId } })
  if (!done || done.entityType !== adapter.type || (id && done.entityId !== id)) return null
  const row = await findRow(db, adapter, done.entityId)
  if (!row) return null
  return { ok: true, id: row.id, slug: row.slug, version: row.version }
}

function handleWriteError(error: unknown, adapter: AnyAdapter): SaveResult {
  if (error instanceof FieldValidationError) return invalid(error.field, error.message)
  if (isUniqueViolation(error, 'slug')) return { ok: false, reason: 'slug-taken' }
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003')
    return invalid(adapter.fields[0]?.name ?? 'slug', 'A linked item no longer exists. Check the choices and save again.')
  throw error
}

// ---- Create and save -------------------------------------------------------

export async function createItem(adapter: AnyAdapter, values: FormValues, opts: { submissionId?: string } = {}) {
  const actor = await requireRole('CONTRIBUTOR')
  return createItemAs(actor, adapter, values, opts)
}

export async function createItemAs(
  actor: Actor,
  adapter: AnyAdapter,
  values: FormValues,
  { submissionId }: { submissionId?: string } = {},
): Promise<SaveResult> {
  const parsed = adapter.draftSchema.safeParse(contentValues(values))
  if (!parsed.success) return { ok: false, reason: 'invalid', error: parsed.error }
  const input = parsed.data
  const repeated = await alreadySaved(adapter, submissionId)
  if (repeated) return repeated
  // The same form sent twice at once: the second finds the first's slug taken
  // (or trips on its submission id); answer with the first save instead.
  const orRepeated = async (result: SaveResult) =>
    (!result.ok && submissionId && (await alreadySaved(adapter, submissionId))) || result
  try {
    const result = await db.$transaction(async (tx) => {
      if (await slugTaken(tx, adapter, input.slug)) return { ok: false, reason: 'slug-taken' } as const
      const { id } = await adapter.create(tx, input, { userId: actor.id })
      await rowsOf(tx, adapter).updateMany({ where: { id }, data: { createdById: actor.id, updatedById: actor.id } })
      await record(tx, adapter, actor, {
        id,
        version: 1,
        action: 'CREATE',
        status: 'DRAFT',
        title: adapter.titleOf(input),
        data: adapter.toFormValues(input),
        submissionId,
      })
      return { ok: true, id, slug: input.slug, version: 1 } as const
    })
    return await orRepeated(result)
  } catch (error) {
    if (isUniqueViolation(error, 'submissionId') || isUniqueViolation(error, 'slug'))
      return orRepeated(handleWriteError(error, adapter))
    return handleWriteError(error, adapter)
  }
}

export async function saveItem(
  adapter: AnyAdapter,
  id: string,
  values: FormValues,
  expectedVersion: number,
  opts: { submissionId?: string } = {},
) {
  const actor = await requireRole('CONTRIBUTOR')
  return saveItemAs(actor, adapter, id, values, expectedVersion, opts)
}

/**
 * Saves an edit made on `expectedVersion`. The version check is the first
 * write of the transaction and takes the row lock, so of two saves of the
 * same version exactly one wins; the other gets a conflict that lists what
 * the winner changed. A published item keeps its live columns: the edit
 * becomes its pending draft.
 */
export async function saveItemAs(
  actor: Actor,
  adapter: AnyAdapter,
  id: string,
  values: FormValues,
  expectedVersion: number,
  opts: { submissionId?: string; action?: 'EDIT' | 'RESTORE_REVISION'; restoredFromId?: string } = {},
): Promise<SaveResult> {
  const parsed = adapter.draftSchema.safeParse(contentValues(values))
  if (!parsed.success) return { ok: false, reason: 'invalid', error: parsed.error }
  const input = parsed.data
  const repeated = await alreadySaved(adapter, opts.submissionId, id)
  if (repeated) return repeated
  try {
    return await db.$transaction(async (tx) => {
      const row = await findRow(tx, adapter, id)
      if (!row || row.deletedAt) return { ok: false, reason: 'not-found' } as const
      if (row.status === 'ARCHIVED' && actor.role === 'CONTRIBUTOR')
        return { ok: false, reason: 'forbidden', message: 'Archived items can only be changed by an editor.' } as const
      if (await slugTaken(tx, adapter, input.slug, id)) return { ok: false, reason: 'slug-taken' } as const
      const { count } = await rowsOf(tx, adapter).updateMany({
        where: { id, version: expectedVersion, deletedAt: null },
        data: { version: { increment: 1 }, updatedById: actor.id },
      })
      if (count === 0) throw new StaleVersion()
      await ensureBaseline(tx, adapter, row)
      const snapshot = adapter.toFormValues(input)
      const live = row.status === 'PUBLISHED'
      if (live) {
        const key = { entityType: adapter.type, entityId: id }
        await tx.pendingDraft.upsert({
          where: { entityType_entityId: key },
          create: { ...key, data: snapshot, updatedById: actor.id },
          update: { data: snapshot, updatedById: actor.id },
        })
      } else {
        await adapter.update(tx, id, input)
      }
      const version = expectedVersion + 1
      await record(tx, adapter, actor, {
        id,
        version,
        action: opts.action ?? 'EDIT',
        status: row.status,
        title: adapter.titleOf(input),
        data: snapshot,
        submissionId: opts.submissionId,
        restoredFromId: opts.restoredFromId,
        note: live ? ' (unpublished changes)' : '',
      })
      return { ok: true, id, slug: live ? row.slug : input.slug, version, previousSlug: row.slug } as const
    })
  } catch (error) {
    if (error instanceof StaleVersion)
      return { ok: false, reason: 'conflict', conflict: await describeConflict(adapter, id, expectedVersion) }
    if (opts.submissionId && isUniqueViolation(error, 'submissionId')) {
      const repeatedNow = await alreadySaved(adapter, opts.submissionId, id)
      if (repeatedNow) return repeatedNow
    }
    return handleWriteError(error, adapter)
  }
}

// ---- Workflow --------------------------------------------------------------

export async function transitionItem(adapter: AnyAdapter, id: string, action: WorkflowAction, expectedVersion: number) {
  const actor = await requireRole('CONTRIBUTOR')
  try {
    const staleTags: string[] = []
    const result = await db.$transaction((tx) => transitionInTx(tx, actor, adapter, id, action, expectedVersion, { staleTags }))
    // After the commit, so that no request caches the old content again in between.
    expireTags(staleTags)
    return result
  } catch (error) {
    if (error instanceof StaleVersion)
      return { ok: false, reason: 'conflict', conflict: await describeConflict(adapter, id, expectedVersion) } as SaveResult
    return handleWriteError(error, adapter)
  }
}

/**
 * One workflow step inside `tx`. `expectedVersion` null skips the version
 * check (the scheduler acts on whatever is current). When the step changes
 * what the public sees, the cache tags of every page that showed or now
 * shows the item are added to `meta.staleTags`, for the caller to expire
 * once the transaction has committed.
 */
export async function transitionInTx(
  tx: Tx,
  actor: Actor,
  adapter: AnyAdapter,
  id: string,
  action: WorkflowAction,
  expectedVersion: number | null,
  meta: { scheduled?: boolean; staleTags?: string[] } = {},
): Promise<SaveResult> {
  const row = await findRow(tx, adapter, id)
  if (!row || row.deletedAt) return { ok: false, reason: 'not-found' }
  const pending = await pendingOf(tx, adapter, id)
  const state = { status: row.status, pending: pendingState(pending) }
  // A second click on the same button finds the work done: answer as the first did.
  if (alreadyDone(state, action)) return { ok: true, id, slug: row.slug, version: row.version }
  const decision = decide(state, action, actor.role)
  if (!decision.ok) return { ok: false, reason: 'forbidden', message: decision.message }
  // The public sees a change when the item enters or leaves the published
  // state, or when its pending changes go live.
  const publicChange =
    (row.status === 'PUBLISHED') !== (decision.status === 'PUBLISHED') ||
    (decision.status === 'PUBLISHED' && decision.applyPending)
  const before = publicChange ? await readFootprint(tx, adapter.segment, id) : null

  const values = (pending?.data as FormValues | undefined) ?? (await adapter.readLive(tx, id)) ?? {}
  let slug = row.slug
  if (decision.validateForPublish) {
    const parsed = adapter.publishSchema.safeParse(values)
    if (!parsed.success) return { ok: false, reason: 'invalid', error: parsed.error }
    if (decision.applyPending) {
      if (await slugTaken(tx, adapter, parsed.data.slug, id)) return { ok: false, reason: 'slug-taken' }
      await adapter.update(tx, id, parsed.data)
      slug = parsed.data.slug
    }
  } else if (decision.applyPending) {
    const parsed = adapter.draftSchema.safeParse(values)
    if (!parsed.success) return { ok: false, reason: 'invalid', error: parsed.error }
    await adapter.update(tx, id, parsed.data)
    slug = parsed.data.slug
  }

  // Publishing keeps a date the editor chose (read after applying the draft,
  // which may set or clear it); otherwise it is "now".
  const publishedAt = decision.status === 'PUBLISHED' ? (await findRow(tx, adapter, id))?.publishedAt : undefined
  const { count } = await rowsOf(tx, adapter).updateMany({
    where: { id, deletedAt: null, ...(expectedVersion === null ? { version: row.version } : { version: expectedVersion }) },
    data: {
      status: decision.status,
      version: { increment: 1 },
      updatedById: actor.id,
      ...(decision.status === 'PUBLISHED' && !publishedAt ? { publishedAt: new Date() } : {}),
    },
  })
  if (count === 0) throw new StaleVersion()
  await ensureBaseline(tx, adapter, row, values)

  const key = { entityType: adapter.type, entityId: id }
  if (decision.applyPending) await tx.pendingDraft.deleteMany({ where: key })
  else if (pending && decision.pending !== state.pending)
    await tx.pendingDraft.update({ where: { entityType_entityId: key }, data: { inReview: decision.pending === 'review' } })

  const version = row.version + 1
  const pendingNote = state.pending !== 'none' && !decision.applyPending ? ' (unpublished changes)' : ''
  await record(tx, adapter, actor, {
    id,
    version,
    action,
    status: decision.status,
    title: titleOfValues(adapter, values),
    data: values,
    note: `${pendingNote}${meta.scheduled ? ' as scheduled' : ''}`,
    details: { version, from: row.status, to: decision.status, ...(meta.scheduled ? { scheduled: true } : {}) },
  })
  if (publicChange) {
    const after = await readFootprint(tx, adapter.segment, id)
    meta.staleTags?.push(...tagsForChange(adapter.segment, before, after))
  }
  return { ok: true, id, slug, version, previousSlug: row.slug }
}

// ---- Reads for the editor --------------------------------------------------

export async function getItemForEdit(adapter: AnyAdapter, id: string) {
  await requireRole('CONTRIBUTOR')
  return db.$transaction(async (tx) => {
    const row = await findRow(tx, adapter, id)
    if (!row) return null
    const [pending, scheduled, values] = await Promise.all([
      pendingOf(tx, adapter, id),
      tx.scheduledChange.findMany({
        where: { entityType: adapter.type, entityId: id },
        orderBy: { runAt: 'asc' },
        select: { id: true, action: true, runAt: true, failedAt: true, error: true },
      }),
      workingCopy(tx, adapter, id),
    ])
    const state: EditorialState = {
      id: row.id,
      slug: row.slug,
      status: row.status,
      version: row.version,
      publishedAt: row.publishedAt,
      deletedAt: row.deletedAt,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      pendingDraft: pending ? { inReview: pending.inReview, updatedAt: pending.updatedAt } : null,
      scheduled,
    }
    return { state, values: values ?? {} }
  })
}

/** What a content form offers to choose from: its selects' choices and its relationship pickers'. */
export type FormChoices = { options: Record<string, Option[]>; pickers: Record<string, PickerChoices> }

/**
 * The choices of `adapter`'s form. `values` (the working copy, or nothing
 * for a new item) tells which rows a picker has chosen: a picker over many
 * rows gets only those and a few suggestions (lib/editorial/pickers.ts).
 */
export async function loadFormOptions(adapter: AnyAdapter, values: FormValues = {}): Promise<FormChoices> {
  await requireRole('CONTRIBUTOR')
  return db.$transaction(async (tx) => ({
    options: adapter.loadOptions ? await adapter.loadOptions(tx) : {},
    pickers: adapter.pickers ? await loadPickerChoices(tx, adapter.pickers, values) : {},
  }))
}

/**
 * The names of the rows chosen in `values` (a submitted form), by picker
 * field, so that a form shown again after a failed save names what the
 * editor found by searching.
 */
export async function describeChosenItems(adapter: AnyAdapter, values: FormValues): Promise<Record<string, Option[]>> {
  await requireRole('CONTRIBUTOR')
  const pickers = adapter.pickers
  if (!pickers || !Object.keys(pickers).some((field) => values[field])) return {}
  return db.$transaction((tx) => describeChosenByField(tx, pickers, values))
}

// ---- Revisions -------------------------------------------------------------

export async function listRevisions(adapter: AnyAdapter, id: string) {
  await requireRole('CONTRIBUTOR')
  return db.revision.findMany({
    where: { entityType: adapter.type, entityId: id },
    orderBy: { version: 'desc' },
    select: {
      id: true,
      version: true,
      action: true,
      status: true,
      title: true,
      createdAt: true,
      restoredFromId: true,
      author: { select: { name: true } },
    },
  })
}

/** A revision with the fields it changed compared with the revision before it. */
export async function getRevisionWithChanges(adapter: AnyAdapter, id: string, revisionId: string) {
  await requireRole('CONTRIBUTOR')
  return db.$transaction(async (tx) => {
    const revision = await tx.revision.findFirst({
      where: { id: revisionId, entityType: adapter.type, entityId: id },
      include: { author: { select: { name: true } } },
    })
    if (!revision) return null
    const previous = await tx.revision.findFirst({
      where: { entityType: adapter.type, entityId: id, version: { lt: revision.version } },
      orderBy: { version: 'desc' },
    })
    const describe = async (values: FormValues) => (adapter.describe ? adapter.describe(tx, values) : values)
    const after = await describe(revision.data as FormValues)
    const before = previous ? await describe(previous.data as FormValues) : {}
    return { revision, previousVersion: previous?.version ?? null, changes: diffValues(adapter.fields, before, after), values: after }
  })
}

/** Puts an earlier revision's content back as a new revision; history is never rewritten. */
export async function restoreRevision(adapter: AnyAdapter, id: string, revisionId: string, expectedVersion: number) {
  const actor = await requireRole('CONTRIBUTOR')
  const revision = await db.revision.findFirst({ where: { id: revisionId, entityType: adapter.type, entityId: id } })
  if (!revision) return { ok: false, reason: 'not-found' } as SaveResult
  return saveItemAs(actor, adapter, id, revision.data as FormValues, expectedVersion, {
    action: 'RESTORE_REVISION',
    restoredFromId: revision.id,
  })
}

// ---- Trash -----------------------------------------------------------------

async function setTrashed(adapter: AnyAdapter, id: string, trashed: boolean): Promise<SaveResult> {
  const actor = await requireRole('EDITOR')
  const staleTags: string[] = []
  const result = await db.$transaction(async (tx): Promise<SaveResult> => {
    const row = await findRow(tx, adapter, id)
    if (!row || Boolean(row.deletedAt) === trashed) {
      // Already where the click wanted it (a repeated click) or gone.
      return row ? { ok: true, id, slug: row.slug, version: row.version } : { ok: false, reason: 'not-found' }
    }
    // A published item leaves (or comes back to) every public page that showed it.
    if (row.status === 'PUBLISHED') {
      const footprint = await readFootprint(tx, adapter.segment, id)
      staleTags.push(...tagsForChange(adapter.segment, footprint, footprint))
    }
    await rowsOf(tx, adapter).updateMany({
      where: { id },
      data: { deletedAt: trashed ? new Date() : null, version: { increment: 1 }, updatedById: actor.id },
    })
    await ensureBaseline(tx, adapter, row)
    // Nothing scheduled may act on an item in the trash.
    if (trashed) await tx.scheduledChange.deleteMany({ where: { entityType: adapter.type, entityId: id } })
    const values = (await workingCopy(tx, adapter, id)) ?? {}
    const version = row.version + 1
    await record(tx, adapter, actor, {
      id,
      version,
      action: trashed ? 'DELETE' : 'RESTORE',
      status: row.status,
      title: titleOfValues(adapter, values),
      data: values,
    })
    return { ok: true, id, slug: row.slug, version }
  })
  expireTags(staleTags)
  return result
}

/** Soft delete: the item leaves the public site and the lists, and can be restored. */
export function trashItem(adapter: AnyAdapter, id: string) {
  return setTrashed(adapter, id, true)
}

export function restoreItem(adapter: AnyAdapter, id: string) {
  return setTrashed(adapter, id, false)
}

/** Deletes an item in the trash for good, with its history. The audit log keeps the record. */
export async function purgeItem(adapter: AnyAdapter, id: string): Promise<SaveResult> {
  const actor = await requireRole('ADMIN')
  const staleTags: string[] = []
  const result = await db.$transaction(async (tx): Promise<SaveResult> => {
    const row = await findRow(tx, adapter, id)
    if (!row) return { ok: false, reason: 'not-found' }
    if (!row.deletedAt) return { ok: false, reason: 'forbidden', message: 'Move the item to the trash before deleting it for good.' }
    // Moving it to the trash already took it off the public pages; expiring
    // them again costs little and also covers an item trashed by other means.
    if (row.status === 'PUBLISHED') {
      staleTags.push(...tagsForChange(adapter.segment, await readFootprint(tx, adapter.segment, id), null))
    }
    const values = (await workingCopy(tx, adapter, id)) ?? {}
    const key = { entityType: adapter.type, entityId: id }
    await tx.revision.deleteMany({ where: key })
    await tx.pendingDraft.deleteMany({ where: key })
    await tx.scheduledChange.deleteMany({ where: key })
    // Translations reference the item by type and id, without a foreign key.
    await tx.translation.deleteMany({ where: key })
    await rowsOf(tx, adapter).delete({ where: { id } })
    await writeAudit(tx, {
      actor,
      action: 'PURGE',
      entityType: adapter.type,
      entityId: id,
      summary: summary(adapter, 'PURGE', titleOfValues(adapter, values)),
      details: { slug: row.slug },
    })
    return { ok: true, id, slug: row.slug, version: row.version }
  })
  expireTags(staleTags)
  return result
}

// ---- Scheduling ------------------------------------------------------------

export type ScheduleResult = { ok: true } | { ok: false; field?: 'runAt'; message: string }

/** Schedules a publish or unpublish; one of each per item, a new date replaces the old one. */
export async function scheduleItem(
  adapter: AnyAdapter,
  id: string,
  action: 'PUBLISH' | 'UNPUBLISH',
  runAt: Date,
): Promise<ScheduleResult> {
  const actor = await requireRole('EDITOR')
  if (runAt.getTime() <= Date.now()) return { ok: false, field: 'runAt', message: 'Choose a date and time in the future' }
  return db.$transaction(async (tx) => {
    const row = await findRow(tx, adapter, id)
    if (!row || row.deletedAt) return { ok: false, message: 'This item no longer exists.' }
    if (action === 'UNPUBLISH' && row.status !== 'PUBLISHED') {
      const publishing = await tx.scheduledChange.findUnique({
        where: { entityType_entityId_action: { entityType: adapter.type, entityId: id, action: 'PUBLISH' } },
      })
      if (!publishing || publishing.runAt >= runAt)
        return { ok: false, field: 'runAt', message: 'Only a published item, or one scheduled to be published earlier, can be unpublished.' }
    }
    const key = { entityType: adapter.type, entityId: id, action }
    await tx.scheduledChange.upsert({
      where: { entityType_entityId_action: key },
      create: { ...key, runAt, createdById: actor.id },
      update: { runAt, createdById: actor.id, failedAt: null, error: null },
    })
    const values = (await workingCopy(tx, adapter, id)) ?? {}
    await writeAudit(tx, {
      actor,
      action: 'SCHEDULE',
      entityType: adapter.type,
      entityId: id,
      summary: `Scheduled to ${action === 'PUBLISH' ? 'publish' : 'unpublish'} ${adapter.noun} “${titleOfValues(adapter, values)}” at ${runAt.toISOString()}`,
      details: { action, runAt: runAt.toISOString() },
    })
    return { ok: true }
  })
}

export async function cancelSchedule(adapter: AnyAdapter, id: string, scheduleId: string): Promise<ScheduleResult> {
  const actor = await requireRole('EDITOR')
  return db.$transaction(async (tx) => {
    const scheduled = await tx.scheduledChange.findFirst({ where: { id: scheduleId, entityType: adapter.type, entityId: id } })
    if (!scheduled) return { ok: true }
    await tx.scheduledChange.delete({ where: { id: scheduleId } })
    const values = (await workingCopy(tx, adapter, id)) ?? {}
    await writeAudit(tx, {
      actor,
      action: 'UNSCHEDULE',
      entityType: adapter.type,
      entityId: id,
      summary: `Cancelled the scheduled ${scheduled.action === 'PUBLISH' ? 'publish' : 'unpublish'} of ${adapter.noun} “${titleOfValues(adapter, values)}”`,
      details: { action: scheduled.action, runAt: scheduled.runAt.toISOString() },
    })
    return { ok: true }
  })
}

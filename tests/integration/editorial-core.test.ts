import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { actAs } from '../fixtures/session'
import { createPublished, ok } from '../fixtures/editorial'
import { createUser, insertNews, unique } from '../fixtures/factories'
import { AuthorizationError } from '@/lib/auth/guards'
import { getPublishedNewsBySlug } from '@/lib/data/news'
import { db } from '@/lib/db'
import { newsAdapter } from '@/lib/editorial/adapters/news'
import { listForAdmin, listScheduled, listTrash } from '@/lib/editorial/queries'
import { runDueSchedules } from '@/lib/editorial/scheduler'
import {
  cancelSchedule,
  createItem,
  getItemForEdit,
  getRevisionWithChanges,
  listRevisions,
  purgeItem,
  restoreItem,
  restoreRevision,
  saveItem,
  scheduleItem,
  transitionItem,
  trashItem,
} from '@/lib/editorial/service'
import type { ContentAdapter, FormValues } from '@/lib/editorial/types'

const adapter = newsAdapter as unknown as ContentAdapter<{ slug: string }>

type User = Awaited<ReturnType<typeof createUser>>
let contributor: User
let editor: User
let otherEditor: User
let admin: User

beforeAll(async () => {
  contributor = await createUser('CONTRIBUTOR')
  editor = await createUser('EDITOR')
  otherEditor = await createUser('EDITOR')
  admin = await createUser('ADMIN')
})

afterEach(() => actAs(null))

function article(overrides: FormValues = {}): FormValues {
  const id = unique()
  return {
    title: `Survey signs agreement ${id}`,
    slug: `core-${id}`,
    summary: 'A short summary of the agreement.',
    body: 'First paragraph.\n\nSecond paragraph.',
    tags: 'MOU',
    ...overrides,
  }
}

async function rowOf(id: string) {
  return db.newsArticle.findUniqueOrThrow({ where: { id } })
}

async function countWrites(id: string) {
  const [revisions, audits] = await Promise.all([
    db.revision.count({ where: { entityId: id } }),
    db.auditLog.count({ where: { entityId: id } }),
  ])
  return { revisions, audits }
}

/** A published article made through the workflow, as the editor. */
async function publishedArticle(values: FormValues = article()) {
  actAs(editor)
  const { published } = await createPublished(adapter, values)
  return { id: published.id, slug: values.slug!, version: published.version }
}

describe('roles in the data layer', () => {
  it('refuse anonymous callers everywhere, writing nothing', async () => {
    const { id } = await publishedArticle()
    const before = await countWrites(id)
    actAs(null)
    for (const call of [
      () => createItem(adapter, article()),
      () => saveItem(adapter, id, article(), 2),
      () => transitionItem(adapter, id, 'UNPUBLISH', 2),
      () => getItemForEdit(adapter, id),
      () => listForAdmin(adapter, { q: '', page: 1 }),
      () => listRevisions(adapter, id),
      () => trashItem(adapter, id),
      () => purgeItem(adapter, id),
      () => scheduleItem(adapter, id, 'UNPUBLISH', new Date(Date.now() + 3_600_000)),
    ])
      await expect(call()).rejects.toBeInstanceOf(AuthorizationError)
    expect(await countWrites(id)).toEqual(before)
    expect((await rowOf(id)).status).toBe('PUBLISHED')
  })

  it('let a contributor create, edit and submit, but not publish, archive, schedule or delete', async () => {
    actAs(contributor)
    const { id } = ok(await createItem(adapter, article()))
    ok(await saveItem(adapter, id, article({ title: 'Edited by the contributor' }), 1))
    ok(await transitionItem(adapter, id, 'SUBMIT', 2))
    expect((await rowOf(id)).status).toBe('IN_REVIEW')

    for (const action of ['PUBLISH', 'ARCHIVE'] as const) {
      const refused = await transitionItem(adapter, id, action, 3)
      expect(refused).toMatchObject({ ok: false, reason: 'forbidden' })
    }
    await expect(scheduleItem(adapter, id, 'PUBLISH', new Date(Date.now() + 3_600_000))).rejects.toBeInstanceOf(
      AuthorizationError,
    )
    await expect(trashItem(adapter, id)).rejects.toBeInstanceOf(AuthorizationError)
    const row = await rowOf(id)
    expect(row).toMatchObject({ status: 'IN_REVIEW', version: 3, deletedAt: null })
  })

  it('let an editor review and publish, but only an admin purge', async () => {
    actAs(contributor)
    const values = article()
    const { id } = ok(await createItem(adapter, values))
    ok(await transitionItem(adapter, id, 'SUBMIT', 1))
    actAs(editor)
    ok(await transitionItem(adapter, id, 'PUBLISH', 2))
    expect((await getPublishedNewsBySlug(values.slug!))?.title).toBe(values.title)
    ok(await trashItem(adapter, id))
    await expect(purgeItem(adapter, id)).rejects.toBeInstanceOf(AuthorizationError)
    actAs(admin)
    ok(await purgeItem(adapter, id))
    expect(await db.newsArticle.findUnique({ where: { id } })).toBeNull()
  })

  it('refuse a deactivated editor whose session still exists', async () => {
    const gone = await createUser('EDITOR', { active: false })
    actAs(gone)
    await expect(createItem(adapter, article())).rejects.toBeInstanceOf(AuthorizationError)
  })
})

describe('workflow', () => {
  it('checks the full schema at publish time while a draft may be incomplete', async () => {
    actAs(contributor)
    const { id } = ok(await createItem(adapter, article({ summary: '', body: '' })))
    actAs(editor)
    const refused = await transitionItem(adapter, id, 'PUBLISH', 1)
    expect(refused.ok).toBe(false)
    if (refused.ok || refused.reason !== 'invalid') throw new Error('expected invalid')
    const fields = refused.error.issues.map((i) => i.path.join('.'))
    expect(fields).toEqual(expect.arrayContaining(['body', 'summary']))
    expect(await rowOf(id)).toMatchObject({ status: 'DRAFT', version: 1 })
  })

  it('keeps the live page unchanged while a published item carries a pending draft', async () => {
    const { id, slug } = await publishedArticle(article({ title: 'Live title' }))
    actAs(contributor)
    ok(await saveItem(adapter, id, article({ title: 'Pending title', slug }), 2))
    expect((await getPublishedNewsBySlug(slug))?.title).toBe('Live title')
    const editing = await getItemForEdit(adapter, id)
    expect(editing?.values.title).toBe('Pending title')
    expect(editing?.state.pendingDraft).toMatchObject({ inReview: false })

    ok(await transitionItem(adapter, id, 'SUBMIT', 3))
    expect((await getItemForEdit(adapter, id))?.state).toMatchObject({ status: 'PUBLISHED', pendingDraft: { inReview: true } })
    expect((await getPublishedNewsBySlug(slug))?.title).toBe('Live title')

    actAs(editor)
    ok(await transitionItem(adapter, id, 'PUBLISH', 4))
    expect((await getPublishedNewsBySlug(slug))?.title).toBe('Pending title')
    expect(await db.pendingDraft.count({ where: { entityId: id } })).toBe(0)
  })

  it('treats a repeated click on a workflow button as done, not as an error', async () => {
    const { id } = await publishedArticle()
    const again = await transitionItem(adapter, id, 'PUBLISH', 1)
    expect(again).toMatchObject({ ok: true, version: 2 })
    expect((await rowOf(id)).version).toBe(2)
  })

  it('unpublishes and archives, taking the item off the public site', async () => {
    const { id, slug } = await publishedArticle()
    ok(await transitionItem(adapter, id, 'UNPUBLISH', 2))
    expect(await getPublishedNewsBySlug(slug)).toBeNull()
    ok(await transitionItem(adapter, id, 'ARCHIVE', 3))
    expect((await rowOf(id)).status).toBe('ARCHIVED')
    actAs(contributor)
    expect(await saveItem(adapter, id, article({ slug }), 4)).toMatchObject({ ok: false, reason: 'forbidden' })
  })
})

describe('conflicts and double submits', () => {
  it('let exactly one of two concurrent saves of the same version win; the other sees what changed', async () => {
    actAs(editor)
    const values = article({ title: 'Original title' })
    const { id } = ok(await createItem(adapter, values))
    const results = await Promise.all([
      saveItem(adapter, id, { ...values, title: 'Version from editor A' }, 1),
      saveItem(adapter, id, { ...values, title: 'Version from editor B' }, 1),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    const lost = results.find((r) => !r.ok)
    expect(lost).toMatchObject({ ok: false, reason: 'conflict' })
    const row = await rowOf(id)
    expect(row.version).toBe(2)
    expect(['Version from editor A', 'Version from editor B']).toContain(row.title)
    expect(await db.revision.count({ where: { entityId: id } })).toBe(2)
  })

  it('refuse a stale save with the other editor’s name and field changes, writing nothing', async () => {
    actAs(editor)
    const values = article({ title: 'Before' })
    const { id } = ok(await createItem(adapter, values))
    actAs(otherEditor)
    ok(await saveItem(adapter, id, { ...values, title: 'Changed by the other editor' }, 1))
    const before = await countWrites(id)
    actAs(editor)
    const stale = await saveItem(adapter, id, { ...values, body: 'My own edit' }, 1)
    if (stale.ok || stale.reason !== 'conflict') throw new Error('expected a conflict')
    expect(stale.conflict.by).toBe(otherEditor.name)
    expect(stale.conflict.changes).toEqual([
      expect.objectContaining({ name: 'title', before: 'Before', after: 'Changed by the other editor' }),
    ])
    expect(await countWrites(id)).toEqual(before)
  })

  it('record a baseline for items that predate revisions, so a conflict still shows the changes', async () => {
    const legacy = await insertNews({ title: 'Seeded title', status: 'DRAFT' })
    actAs(editor)
    const base = (await getItemForEdit(adapter, legacy.id))!.values
    ok(await saveItem(adapter, legacy.id, { ...base, title: 'First edit' }, legacy.version))
    const stale = await saveItem(adapter, legacy.id, { ...base, body: 'Other edit' }, legacy.version)
    if (stale.ok || stale.reason !== 'conflict') throw new Error('expected a conflict')
    expect(stale.conflict.changes.map((c) => c.name)).toEqual(['title'])
    const actions = (await listRevisions(adapter, legacy.id)).map((r) => r.action)
    expect(actions).toEqual(['EDIT', 'IMPORT'])
  })

  it('create one row for a create submitted twice with the same submission id', async () => {
    actAs(contributor)
    const submissionId = crypto.randomUUID()
    const values = article()
    const [a, b] = await Promise.all([
      createItem(adapter, values, { submissionId }),
      createItem(adapter, values, { submissionId }),
    ])
    expect(ok(a).id).toBe(ok(b).id)
    expect(await db.newsArticle.count({ where: { slug: values.slug } })).toBe(1)
  })

  it('save once for an edit submitted twice', async () => {
    actAs(contributor)
    const values = article()
    const { id } = ok(await createItem(adapter, values))
    const submissionId = crypto.randomUUID()
    ok(await saveItem(adapter, id, { ...values, title: 'Once' }, 1, { submissionId }))
    const again = await saveItem(adapter, id, { ...values, title: 'Once' }, 1, { submissionId })
    expect(again).toMatchObject({ ok: true, version: 2 })
    expect((await rowOf(id)).version).toBe(2)
  })

  it('report a slug in use on the slug field and keep the row unchanged', async () => {
    actAs(editor)
    const first = article()
    ok(await createItem(adapter, first))
    expect(await createItem(adapter, article({ slug: first.slug! }))).toEqual({ ok: false, reason: 'slug-taken' })
  })
})

describe('revisions', () => {
  it('write one revision per change with a field-level diff, and restore as a new revision', async () => {
    actAs(editor)
    const values = article({ title: 'First title', body: 'Line one.\nLine two.' })
    const { id } = ok(await createItem(adapter, values))
    ok(await saveItem(adapter, id, { ...values, title: 'Second title' }, 1))
    ok(await transitionItem(adapter, id, 'PUBLISH', 2))
    const history = await listRevisions(adapter, id)
    expect(history.map((r) => [r.version, r.action])).toEqual([
      [3, 'PUBLISH'],
      [2, 'EDIT'],
      [1, 'CREATE'],
    ])
    expect(history[1]?.author?.name).toBe(editor.name)
    const second = await getRevisionWithChanges(adapter, id, history[1]!.id)
    expect(second?.changes).toEqual([expect.objectContaining({ name: 'title', before: 'First title', after: 'Second title' })])

    const first = history[2]!
    ok(await restoreRevision(adapter, id, first.id, 3))
    const after = await listRevisions(adapter, id)
    expect(after).toHaveLength(4)
    expect(after[0]).toMatchObject({ version: 4, action: 'RESTORE_REVISION', restoredFromId: first.id })
    // The item is published, so the restored content waits as a pending draft.
    expect((await getItemForEdit(adapter, id))?.values.title).toBe('First title')
  })

  it('names related items in the diff instead of showing ids', async () => {
    const org = await db.organization.create({
      data: { slug: `org-${unique()}`, name: 'Geological Survey of Testland', kind: 'GEOLOGICAL_SURVEY', country: 'JP' },
    })
    actAs(editor)
    const values = article()
    const { id } = ok(await createItem(adapter, values))
    ok(await saveItem(adapter, id, { ...values, organizationIds: org.id }, 1))
    const [latest] = await listRevisions(adapter, id)
    const detail = await getRevisionWithChanges(adapter, id, latest!.id)
    expect(detail?.changes).toEqual([
      expect.objectContaining({ name: 'organizationIds', before: '', after: 'Geological Survey of Testland' }),
    ])
  })
})

describe('trash', () => {
  it('soft-deletes and restores, with revisions and audit rows in the same transaction', async () => {
    const { id, slug } = await publishedArticle()
    ok(await trashItem(adapter, id))
    expect(await getPublishedNewsBySlug(slug)).toBeNull()
    expect((await listTrash()).map((t) => t.id)).toContain(id)
    const list = await listForAdmin(adapter, { q: slug, page: 1 })
    expect(list.items).toHaveLength(0)
    ok(await restoreItem(adapter, id))
    expect((await getPublishedNewsBySlug(slug))?.slug).toBe(slug)
    const audit = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { at: 'asc' }, select: { action: true, actorId: true } })
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'PUBLISH', 'DELETE', 'RESTORE'])
    expect(new Set(audit.map((a) => a.actorId))).toEqual(new Set([editor.id]))
  })

  it('purges only from the trash and keeps the audit record', async () => {
    const { id } = await publishedArticle()
    actAs(admin)
    expect(await purgeItem(adapter, id)).toMatchObject({ ok: false, reason: 'forbidden' })
    ok(await trashItem(adapter, id))
    ok(await purgeItem(adapter, id))
    expect(await db.revision.count({ where: { entityId: id } })).toBe(0)
    expect(await db.auditLog.count({ where: { entityId: id, action: 'PURGE' } })).toBe(1)
  })
})

describe('scheduling', () => {
  const inAnHour = () => new Date(Date.now() + 3_600_000)

  it('refuses a time in the past', async () => {
    actAs(editor)
    const { id } = ok(await createItem(adapter, article()))
    expect(await scheduleItem(adapter, id, 'PUBLISH', new Date(Date.now() - 1000))).toMatchObject({ ok: false, field: 'runAt' })
  })

  it('publishes and unpublishes when due, once, in the scheduling editor’s name', async () => {
    actAs(editor)
    const values = article()
    const { id } = ok(await createItem(adapter, values))
    const publishAt = inAnHour()
    const unpublishAt = new Date(publishAt.getTime() + 3_600_000)
    expect(await scheduleItem(adapter, id, 'PUBLISH', publishAt)).toEqual({ ok: true })
    expect(await scheduleItem(adapter, id, 'UNPUBLISH', unpublishAt)).toEqual({ ok: true })
    expect((await listScheduled()).filter((s) => s.entityId === id).map((s) => s.action)).toEqual(['PUBLISH', 'UNPUBLISH'])

    await runDueSchedules(new Date())
    expect((await rowOf(id)).status).toBe('DRAFT')

    // Two runners at once (two app instances): the change happens once.
    await Promise.all([runDueSchedules(new Date(publishAt.getTime() + 1000)), runDueSchedules(new Date(publishAt.getTime() + 1000))])
    expect((await rowOf(id)).status).toBe('PUBLISHED')
    expect(await getPublishedNewsBySlug(values.slug!)).not.toBeNull()
    const publishes = await db.revision.findMany({ where: { entityId: id, action: 'PUBLISH' }, select: { authorId: true } })
    expect(publishes).toEqual([{ authorId: editor.id }])
    expect(await db.auditLog.count({ where: { entityId: id, action: 'PUBLISH', details: { path: ['scheduled'], equals: true } } })).toBe(1)

    await runDueSchedules(new Date(unpublishAt.getTime() + 1000))
    expect((await rowOf(id)).status).toBe('DRAFT')
    expect(await db.scheduledChange.count({ where: { entityId: id } })).toBe(0)
  })

  it('marks a schedule as failed when the item cannot be published, and audits it', async () => {
    actAs(editor)
    const { id } = ok(await createItem(adapter, article({ body: '' })))
    const at = inAnHour()
    ok((await scheduleItem(adapter, id, 'PUBLISH', at)) as never)
    await runDueSchedules(new Date(at.getTime() + 1000))
    expect((await rowOf(id)).status).toBe('DRAFT')
    const change = await db.scheduledChange.findFirstOrThrow({ where: { entityId: id } })
    expect(change.failedAt).not.toBeNull()
    expect(change.error).toMatch(/checks for publishing/)
    expect(await db.auditLog.count({ where: { entityId: id, action: 'SCHEDULE_FAILED' } })).toBe(1)
  })

  it('does not act for an editor who was deactivated meanwhile, and can be cancelled', async () => {
    const leaving = await createUser('EDITOR')
    actAs(leaving)
    const { id } = ok(await createItem(adapter, article()))
    const at = inAnHour()
    await scheduleItem(adapter, id, 'PUBLISH', at)
    await db.user.update({ where: { id: leaving.id }, data: { active: false } })
    await runDueSchedules(new Date(at.getTime() + 1000))
    expect((await rowOf(id)).status).toBe('DRAFT')

    actAs(editor)
    const change = await db.scheduledChange.findFirstOrThrow({ where: { entityId: id } })
    expect(await cancelSchedule(adapter, id, change.id)).toEqual({ ok: true })
    expect(await db.scheduledChange.count({ where: { entityId: id } })).toBe(0)
    expect(await db.auditLog.count({ where: { entityId: id, action: 'UNSCHEDULE' } })).toBe(1)
  })
})

describe('admin list', () => {
  it('searches, filters by status and pending changes, and sorts', async () => {
    const tag = unique()
    actAs(editor)
    const a = ok(await createItem(adapter, article({ title: `Alpha ${tag}` })))
    const b = await publishedArticle(article({ title: `Beta ${tag}` }))
    ok(await saveItem(adapter, b.id, article({ title: `Beta ${tag} edited`, slug: b.slug }), 2))

    const byTitle = await listForAdmin(adapter, { q: tag, page: 1, sort: 'title', dir: 'desc' })
    expect(byTitle.items.map((i) => i.id)).toEqual([b.id, a.id])
    const published = await listForAdmin(adapter, { q: tag, status: 'PUBLISHED', page: 1 })
    expect(published.items.map((i) => i.id)).toEqual([b.id])
    const pending = await listForAdmin(adapter, { q: tag, status: 'PENDING', page: 1 })
    expect(pending.items).toEqual([expect.objectContaining({ id: b.id, pending: 'draft' })])
    const bogusSort = await listForAdmin(adapter, { q: tag, page: 1, sort: 'passwordHash' })
    expect(bogusSort.sort).toBe('updated')
  })
})

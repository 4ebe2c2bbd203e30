import { randomUUID } from 'node:crypto'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { actAs } from '../fixtures/session'
import { insertMedia, liveValues } from '../fixtures/editorial'
import { createUser, unique } from '../fixtures/factories'
import {
  insertSearchConference,
  insertSearchMou,
  insertSearchNews,
  insertSearchOrganization,
  insertSearchProject,
  insertSearchTraining,
} from '../fixtures/search-factories'
import { saveContentAction, scheduleAction, transitionAction } from '@/app/admin/[type]/actions'
import { updateMediaAction } from '@/app/admin/media/actions'
import { changeRoleAction, createUserAction } from '@/app/admin/users/actions'
import { db } from '@/lib/db'
import { adapterForSegment } from '@/lib/editorial/registry'
import type { ContentAdapter, FormValues } from '@/lib/editorial/types'

// A form posts exactly its own fields. A key it does not have — a role, a
// status, an id, a version on a new item — is refused with a message that
// names it, and nothing is written; the same submission without that key
// goes through, so the key alone made the difference.

vi.mock('next/cache', () => ({
  cacheLife: () => {},
  cacheTag: () => {},
  updateTag: () => {},
  revalidateTag: () => {},
  revalidatePath: () => {},
}))

vi.mock('next/headers', () => ({ headers: async () => new Headers() }))

type User = Awaited<ReturnType<typeof createUser>>
let editor: User
let admin: User

beforeAll(async () => {
  ;[editor, admin] = await Promise.all([createUser('EDITOR'), createUser('ADMIN')])
})

afterEach(() => actAs(null))

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

/** What the rows this test looks at hold: the item, its revisions and the audit entries about it. */
async function footprint(entityId: string) {
  const [revisions, audits, pending] = await Promise.all([
    db.revision.count({ where: { entityId } }),
    db.auditLog.count({ where: { entityId } }),
    db.pendingDraft.count({ where: { entityId } }),
  ])
  return { revisions, audits, pending }
}

function redirectOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('digest' in error) || typeof error.digest !== 'string') return null
  return error.digest.startsWith('NEXT_REDIRECT;') ? error.digest.split(';')[2]! : null
}

/** The URL a successful action redirects to; fails the test when the action returns instead. */
async function redirectedTo(call: Promise<unknown>): Promise<string> {
  const outcome = await call.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  )
  if ('value' in outcome) throw new Error(`expected a redirect, got ${JSON.stringify(outcome.value)}`)
  const url = redirectOf(outcome.error)
  if (!url) throw outcome.error
  return url
}

const inserts = {
  organizations: insertSearchOrganization,
  projects: insertSearchProject,
  mous: insertSearchMou,
  conferences: insertSearchConference,
  trainings: insertSearchTraining,
  news: insertSearchNews,
} as const

const segments = Object.keys(inserts) as Array<keyof typeof inserts>

describe('content forms', () => {
  it.each(segments)('%s: an edit with extra role, status, id or createdById keys is refused without writing', async (segment) => {
    const adapter = adapterForSegment(segment) as ContentAdapter
    const row = await inserts[segment]({}, { status: 'DRAFT' })
    const values = (await liveValues(adapter, row.id)) as FormValues
    // Rows start at version 1 (the schema's default).
    const edited = { ...values, version: '1', submissionId: randomUUID() }
    actAs(editor)
    const before = await footprint(row.id)

    // Conferences have a field named `role` (the survey's role in it), so it is not extra there.
    const candidates = { role: 'ADMIN', status: 'PUBLISHED', id: 'someone-else', createdById: admin.id }
    const extra = Object.fromEntries(Object.entries(candidates).filter(([key]) => !(key in values)))
    expect(Object.keys(extra).length).toBeGreaterThanOrEqual(3)
    const state = await saveContentAction(segment, row.id, { status: 'idle' }, form({ ...edited, ...extra }))

    const names = Object.keys(extra).map((key) => `“${key}”`)
    expect(state.status).toBe('error')
    expect(state.message).toBe(`This form does not accept the fields ${names.slice(0, -1).join(', ')} and ${names.at(-1)}.`)
    expect(state.values).toMatchObject(extra)
    expect(await footprint(row.id)).toEqual(before)

    // The same submission without the extra keys is saved.
    const url = await redirectedTo(saveContentAction(segment, row.id, { status: 'idle' }, form(edited)))
    expect(url).toBe(`/admin/${segment}/${row.id}?notice=saved`)
    expect((await footprint(row.id)).audits).toBe(before.audits + 1)
  })

  it('refuses a publishedAt on a type whose form has no such field', async () => {
    const adapter = adapterForSegment('organizations') as ContentAdapter
    expect(adapter.fields.map((f) => f.name)).not.toContain('publishedAt')
    const row = await insertSearchOrganization({}, { status: 'DRAFT' })
    const values = (await liveValues(adapter, row.id)) as FormValues
    actAs(editor)
    const before = await footprint(row.id)
    const state = await saveContentAction(
      'organizations',
      row.id,
      { status: 'idle' },
      form({ ...values, version: '1', publishedAt: '2020-01-01T00:00' }),
    )
    expect(state).toMatchObject({ status: 'error', message: 'This form does not accept the field “publishedAt”.' })
    expect(await footprint(row.id)).toEqual(before)
  })

  it('refuses a version on a new item, whose form has none, and creates nothing', async () => {
    const slug = `extra-version-${unique()}`
    const fields = { title: `Article ${slug}`, slug, summary: '', body: 'Text.', submissionId: randomUUID() }
    actAs(editor)
    const state = await saveContentAction('news', null, { status: 'idle' }, form({ ...fields, version: '7' }))
    expect(state).toMatchObject({ status: 'error', message: 'This form does not accept the field “version”.' })
    expect(await db.newsArticle.count({ where: { slug } })).toBe(0)

    const url = await redirectedTo(saveContentAction('news', null, { status: 'idle' }, form(fields)))
    expect(url).toMatch(/^\/admin\/news\/[^/]+\?notice=created$/)
    expect(await db.newsArticle.count({ where: { slug } })).toBe(1)
  })

  it('refuses extra keys on the workflow and schedule forms', async () => {
    const row = await insertSearchNews({}, { status: 'DRAFT' })
    actAs(editor)
    const before = await footprint(row.id)
    expect(
      await transitionAction('news', row.id, { status: 'idle' }, form({ action: 'PUBLISH', version: '1', status: 'ARCHIVED' })),
    ).toEqual({ status: 'error', message: 'This form does not accept the field “status”.' })
    const runAt = new Date(Date.now() + 86_400_000).toISOString().slice(0, 16)
    expect(
      await scheduleAction('news', row.id, { status: 'idle' }, form({ action: 'PUBLISH', runAt, createdById: admin.id })),
    ).toMatchObject({ status: 'error', message: 'This form does not accept the field “createdById”.' })
    expect(await footprint(row.id)).toEqual(before)
    expect(await db.scheduledChange.count({ where: { entityId: row.id } })).toBe(0)
  })
})

describe('media and user forms', () => {
  it('refuse a media edit that carries a kind or a deletedAt', async () => {
    const media = await insertMedia({ kind: 'DOCUMENT' })
    actAs(editor)
    const state = await updateMediaAction(media.id, { status: 'idle' }, form({ title: 'Renamed', alt: '', kind: 'IMAGE', deletedAt: '' }))
    expect(state).toMatchObject({ status: 'error', message: 'This form does not accept the fields “kind” and “deletedAt”.' })
    const stored = await db.media.findUniqueOrThrow({ where: { id: media.id } })
    expect(stored).toMatchObject({ title: media.title, kind: 'DOCUMENT', deletedAt: null })
    expect(await db.auditLog.count({ where: { entityId: media.id } })).toBe(0)
  })

  it('refuse an invitation with an extra active or status key, and a role change with an extra id', async () => {
    const email = `extra-${unique()}@test.example`
    actAs(admin)
    const invite = await createUserAction(
      { status: 'idle' },
      form({ name: 'New Colleague', email, role: 'EDITOR', active: 'true', status: 'ACTIVE' }),
    )
    expect(invite).toMatchObject({ status: 'error', message: 'This form does not accept the fields “active” and “status”.' })
    expect(await db.user.count({ where: { email } })).toBe(0)

    const target = await createUser('EDITOR')
    const change = await changeRoleAction(target.id, { status: 'idle' }, form({ role: 'ADMIN', id: admin.id }))
    expect(change).toMatchObject({ status: 'error', message: 'This form does not accept the field “id”.' })
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe('EDITOR')
    expect(await db.auditLog.count({ where: { entityId: target.id } })).toBe(0)
  })
})

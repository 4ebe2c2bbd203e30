import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { actAs } from '../fixtures/session'
import { ok } from '../fixtures/editorial'
import { createUser, unique } from '../fixtures/factories'
import { saveTranslationsAction } from '@/app/admin/[type]/[id]/translations/actions'
import { AuthorizationError } from '@/lib/auth/guards'
import { TAGS } from '@/lib/cache-tags'
import { db } from '@/lib/db'
import { newsAdapter } from '@/lib/editorial/adapters/news'
import { createItem, purgeItem, saveItem, transitionItem, trashItem } from '@/lib/editorial/service'
import type { ContentAdapter, FormValues } from '@/lib/editorial/types'
import { loadLocalizer } from '@/lib/data/localize'
import { getTranslationSummary, getTranslationsForEdit, saveTranslations } from '@/lib/translations/service'

// The boundary with Next.js is recorded instead of run (as in
// cache-invalidation.test.ts): `updateTag` calls tell which public pages a
// save expired. The guards, the service and the database are real.
const recorded = vi.hoisted(() => ({ expired: [] as string[] }))

vi.mock('next/cache', () => ({
  cacheLife: () => {},
  cacheTag: () => {},
  updateTag: (tag: string) => {
    recorded.expired.push(tag)
  },
}))

const news = newsAdapter as unknown as ContentAdapter<{ slug: string }>

type User = Awaited<ReturnType<typeof createUser>>
let editor: User
let admin: User
let contributor: User

beforeAll(async () => {
  // The invalidation only expires tags inside the Next.js server, which it recognises by NEXT_RUNTIME.
  vi.stubEnv('NEXT_RUNTIME', 'nodejs')
  ;[editor, admin, contributor] = await Promise.all([createUser('EDITOR'), createUser('ADMIN'), createUser('CONTRIBUTOR')])
})

afterAll(() => {
  vi.unstubAllEnvs()
})

beforeEach(() => {
  recorded.expired.length = 0
})

afterEach(() => actAs(null))

function article(overrides: FormValues = {}): FormValues {
  const id = unique()
  return {
    title: `Survey signs a mapping agreement ${id}`,
    slug: `translated-news-${id}`,
    summary: 'The two surveys will map the border region together.',
    body: 'First paragraph.\n\nSecond paragraph.',
    tags: '',
    ...overrides,
  }
}

/** A published article, created and published by the editor through the editorial core. */
async function publishedArticle(overrides: FormValues = {}) {
  actAs(editor)
  const values = article(overrides)
  const created = ok(await createItem(news, values))
  const live = ok(await transitionItem(news, created.id, 'PUBLISH', created.version))
  return { id: created.id, slug: created.slug, version: live.version, values }
}

async function editorView(id: string, locale: 'zh' | 'ja' = 'zh') {
  const view = await getTranslationsForEdit('NEWS', id, locale)
  if (!view) throw new Error('the article was not found')
  return view
}

/** A translation save that has to succeed; anything else fails the test and shows what came back. */
function translated(result: Awaited<ReturnType<typeof saveTranslations>>) {
  if (!result.ok) throw new Error(`expected the translations to be saved, got ${JSON.stringify(result)}`)
  return result
}

const statusOf = (view: Awaited<ReturnType<typeof editorView>>, field: string) => view.fields.find((f) => f.name === field)?.status

async function storedRows(id: string) {
  return db.translation.findMany({ where: { entityType: 'NEWS', entityId: id }, orderBy: [{ locale: 'asc' }, { field: 'asc' }] })
}

async function auditEntries(id: string) {
  return db.auditLog.findMany({ where: { entityId: id, action: 'TRANSLATE' }, orderBy: { at: 'asc' } })
}

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v)
  return data
}

describe('translating a content item', () => {
  it('stores translations with their English source, writes one audit entry and expires the public pages', async () => {
    const project = await db.project.create({
      data: { slug: `translated-project-${unique()}`, title: 'Border mapping', status: 'PUBLISHED', publishedAt: new Date(Date.now() - 60_000) },
      select: { id: true, slug: true },
    })
    const { id, slug, values } = await publishedArticle({ projectIds: project.id })
    recorded.expired.length = 0

    const before = await editorView(id)
    expect(before.token).toBe('')
    expect(before.fields.map((f) => [f.name, f.status])).toEqual([
      ['title', 'missing'],
      ['summary', 'missing'],
      ['body', 'missing'],
      // The article has no cover image description, so there is nothing to translate.
      ['coverImageAlt', 'not-needed'],
    ])

    const result = await saveTranslations('NEWS', id, 'zh', { title: '  两国地调局签署填图协议  ', summary: '两局将共同填图。', body: '' }, [], before.token)
    expect(result).toEqual({ ok: true, changed: ['title', 'summary'] })

    expect((await storedRows(id)).map((r) => ({ locale: r.locale, field: r.field, value: r.value, source: r.source, by: r.updatedById }))).toEqual([
      { locale: 'zh', field: 'summary', value: '两局将共同填图。', source: values.summary, by: editor.id },
      { locale: 'zh', field: 'title', value: '两国地调局签署填图协议', source: values.title, by: editor.id },
    ])
    const after = await editorView(id)
    expect(statusOf(after, 'title')).toBe('translated')
    expect(statusOf(after, 'summary')).toBe('translated')
    expect(statusOf(after, 'body')).toBe('missing')
    expect(after.token).not.toBe('')
    // The other language is untouched.
    expect(statusOf(await editorView(id, 'ja'), 'title')).toBe('missing')
    expect(await getTranslationSummary('NEWS', id)).toEqual({
      zh: { translated: 2, missing: 1, outdated: 0, total: 3 },
      ja: { translated: 0, missing: 3, outdated: 0, total: 3 },
    })

    const [entry, ...more] = await auditEntries(id)
    expect(more).toEqual([])
    expect(entry).toMatchObject({
      actorId: editor.id,
      actorEmail: editor.email,
      entityType: 'NEWS',
      summary: `Updated the Chinese (Simplified) translation of “${values.title}” (2 fields)`,
      details: { locale: 'zh', fields: ['title', 'summary'] },
    })

    // The article's page, the lists and the page of the project it is about show the new text.
    expect(recorded.expired).toEqual(
      expect.arrayContaining([TAGS.item('news', slug), TAGS.item('projects', project.slug), TAGS.list('news'), TAGS.home, TAGS.search]),
    )
  })

  it('marks a translation outdated once the English change is published, and up to date again when confirmed', async () => {
    const { id, version, values } = await publishedArticle()
    translated(await saveTranslations('NEWS', id, 'zh', { title: '签署协议', summary: '两局将共同填图。' }, [], ''))

    // Unpublished English changes do not make the translation outdated: the public still sees the old English.
    const saved = ok(await saveItem(news, id, { ...values, title: `${values.title} (updated)` }, version))
    expect(statusOf(await editorView(id), 'title')).toBe('translated')

    ok(await transitionItem(news, id, 'PUBLISH', saved.version))
    const view = await editorView(id)
    const title = view.fields.find((f) => f.name === 'title')
    expect(title).toMatchObject({ status: 'outdated', value: '签署协议', source: `${values.title} (updated)`, translatedFrom: values.title })
    expect(statusOf(view, 'summary')).toBe('translated')

    // The public reads report it too, and still show the translation.
    const row = await db.newsArticle.findUniqueOrThrow({ where: { id }, select: { id: true, title: true, summary: true, body: true } })
    const localized = (await loadLocalizer('zh', { NEWS: [id] })).withNotes('NEWS', row)
    expect(localized.row).toEqual({ id, title: '签署协议', summary: '两局将共同填图。', body: values.body })
    expect(localized.translation.outdated).toEqual(['title'])
    expect(localized.translation.missing).toEqual(['body'])
    expect((await loadLocalizer('ja', { NEWS: [id] })).withNotes('NEWS', row).translation.missing).toEqual(['title', 'summary', 'body'])

    // The editor checks it and confirms it without changing the text.
    const confirmed = await saveTranslations('NEWS', id, 'zh', { title: '签署协议', summary: '两局将共同填图。' }, ['title'], view.token)
    expect(confirmed).toEqual({ ok: true, changed: ['title'] })
    expect(statusOf(await editorView(id), 'title')).toBe('translated')
    expect((await db.translation.findFirstOrThrow({ where: { entityId: id, field: 'title' } })).source).toBe(`${values.title} (updated)`)
  })

  it('removes a translation saved empty, so that the field is missing again', async () => {
    const { id } = await publishedArticle()
    translated(await saveTranslations('NEWS', id, 'ja', { title: '地図作成協定', summary: '共同で地図を作成する。' }, [], ''))
    const view = await editorView(id, 'ja')

    expect(await saveTranslations('NEWS', id, 'ja', { title: '地図作成協定', summary: '   ' }, [], view.token)).toEqual({
      ok: true,
      changed: ['summary'],
    })
    expect((await storedRows(id)).map((r) => r.field)).toEqual(['title'])
    expect(statusOf(await editorView(id, 'ja'), 'summary')).toBe('missing')
    const entries = await auditEntries(id)
    expect(entries.at(-1)?.summary).toMatch(/^Updated the Japanese translation of “.*” \(1 field\)$/)
  })

  it('writes nothing, not even an audit entry, when nothing changed', async () => {
    const { id } = await publishedArticle()
    translated(await saveTranslations('NEWS', id, 'zh', { title: '协议' }, [], ''))
    const view = await editorView(id)
    recorded.expired.length = 0
    expect(await saveTranslations('NEWS', id, 'zh', { title: '协议', summary: '' }, [], view.token)).toEqual({ ok: true, changed: [] })
    expect(await auditEntries(id)).toHaveLength(1)
    expect(recorded.expired).toEqual([])
  })

  it('refuses contributors and anonymous callers without writing', async () => {
    const { id } = await publishedArticle()
    for (const user of [contributor, null]) {
      actAs(user)
      await expect(saveTranslations('NEWS', id, 'zh', { title: '协议' }, [], '')).rejects.toThrow(AuthorizationError)
      await expect(getTranslationsForEdit('NEWS', id, 'zh')).rejects.toThrow(AuthorizationError)
    }
    expect(await storedRows(id)).toEqual([])
    expect(await auditEntries(id)).toEqual([])

    // The action reports the refusal in the form and keeps the input.
    actAs(contributor)
    const state = await saveTranslationsAction('news', id, { status: 'idle' }, form({ locale: 'zh', token: '', title: '协议' }))
    expect(state).toMatchObject({ status: 'error', message: 'You are not allowed to do this.', values: { title: '协议' } })
    expect(await storedRows(id)).toEqual([])
  })

  it('refuses fields that cannot be translated, in the service and in the action', async () => {
    const { id } = await publishedArticle()
    actAs(editor)
    const refused = await saveTranslations('NEWS', id, 'zh', { title: '协议', slug: 'xieyi' }, [], '')
    expect(refused).toMatchObject({ ok: false, message: 'Unknown field: slug.' })
    expect(await saveTranslations('NEWS', id, 'zh', { title: '协议' }, ['tags'], '')).toMatchObject({ ok: false })

    const state = await saveTranslationsAction('news', id, { status: 'idle' }, form({ locale: 'zh', token: '', title: '协议', slug: 'xieyi' }))
    expect(state).toMatchObject({ status: 'error', message: 'This form does not accept the field “slug”.', values: { title: '协议', slug: 'xieyi' } })

    const tooLong = await saveTranslationsAction('news', id, { status: 'idle' }, form({ locale: 'zh', token: '', title: '长'.repeat(201) }))
    expect(tooLong).toMatchObject({ status: 'error', fieldErrors: { title: ['The title must be at most 200 characters'] } })

    expect(await storedRows(id)).toEqual([])
    expect(await auditEntries(id)).toEqual([])
  })

  it('refuses a save made on translations someone else changed meanwhile, writing nothing', async () => {
    const { id } = await publishedArticle()
    translated(await saveTranslations('NEWS', id, 'zh', { title: '协议', summary: '摘要' }, [], ''))
    const opened = (await editorView(id)).token

    // Another editor removes a translation: the newest change time alone would not show it.
    translated(await saveTranslations('NEWS', id, 'zh', { summary: '' }, [], opened))
    const rowsBefore = await storedRows(id)
    const entriesBefore = await auditEntries(id)

    const stale = await saveTranslations('NEWS', id, 'zh', { title: '合作协议', summary: '摘要' }, [], opened)
    expect(stale).toMatchObject({ ok: false, message: expect.stringMatching(/^Someone else saved translations of this item/) })
    expect(await storedRows(id)).toEqual(rowsBefore)
    expect(await auditEntries(id)).toEqual(entriesBefore)

    // Through the form, the stale token is kept, so a resubmit is refused too until the page is reloaded.
    const state = await saveTranslationsAction('news', id, { status: 'idle' }, form({ locale: 'zh', token: opened, title: '合作协议' }))
    expect(state).toMatchObject({ status: 'error', values: { token: opened, title: '合作协议' } })
  })

  it('refuses an item in the trash, and purging it deletes its translations', async () => {
    const { id } = await publishedArticle()
    translated(await saveTranslations('NEWS', id, 'zh', { title: '协议' }, [], ''))
    translated(await saveTranslations('NEWS', id, 'ja', { title: '協定' }, [], ''))
    ok(await trashItem(news, id))

    const token = (await editorView(id)).token
    expect(await saveTranslations('NEWS', id, 'zh', { title: '新协议' }, [], token)).toMatchObject({
      ok: false,
      message: 'This article is in the trash. Restore it before changing its translations.',
    })
    expect((await storedRows(id)).map((r) => r.value)).toEqual(['協定', '协议'])

    actAs(admin)
    ok(await purgeItem(news, id))
    expect(await storedRows(id)).toEqual([])
  })

  it('does not expire public pages for an item the public cannot see', async () => {
    actAs(editor)
    const created = ok(await createItem(news, article()))
    recorded.expired.length = 0
    translated(await saveTranslations('NEWS', created.id, 'zh', { title: '草稿' }, [], ''))
    expect(recorded.expired).toEqual([])
  })

  it('keeps languages other than Chinese and Japanese out of the table', async () => {
    const { id } = await publishedArticle()
    await expect(
      db.translation.create({ data: { entityType: 'NEWS', entityId: id, locale: 'fr', field: 'title', value: 'Accord', source: 'Agreement' } }),
    ).rejects.toThrow(/not allowed/)
  })
})

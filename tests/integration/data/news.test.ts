import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { actAs } from '../../fixtures/session'
import { buildNewsInput, createUser, insertNews, unique } from '../../fixtures/factories'
import { AuthorizationError } from '@/lib/auth/guards'
import { db } from '@/lib/db'
import { ConflictError, isUniqueViolation } from '@/lib/data/errors'
import {
  createNews,
  deleteNews,
  getNewsForEdit,
  getPublishedNewsBySlug,
  listNewsForAdmin,
  listPublishedNews,
  publishNews,
  unpublishNews,
  updateNews,
} from '@/lib/data/news'

let editor: { id: string }
let contributor: { id: string }

beforeAll(async () => {
  editor = await createUser('EDITOR')
  contributor = await createUser('CONTRIBUTOR')
})

afterEach(() => actAs(null))

describe('public news reads', () => {
  it('show published articles and hide drafts, archived, future-dated and deleted ones', async () => {
    const tag = unique()
    const published = await insertNews({ title: `Published ${tag}` })
    const draft = await insertNews({ title: `Draft ${tag}`, status: 'DRAFT' })
    const archived = await insertNews({ title: `Archived ${tag}`, status: 'ARCHIVED' })
    const future = await insertNews({ title: `Future ${tag}`, publishedAt: new Date(Date.now() + 86_400_000) })
    const deleted = await insertNews({ title: `Deleted ${tag}`, deletedAt: new Date() })

    const { items } = await listPublishedNews(1, 1000)
    const slugs = items.map((i) => i.slug)
    expect(slugs).toContain(published.slug)
    for (const hidden of [draft, archived, future, deleted]) {
      expect(slugs).not.toContain(hidden.slug)
      expect(await getPublishedNewsBySlug(hidden.slug)).toBeNull()
    }
    expect((await getPublishedNewsBySlug(published.slug))?.title).toBe(`Published ${tag}`)
  })

  it('paginate newest first', async () => {
    const older = await insertNews({ publishedAt: new Date('2001-01-01T00:00:00Z') })
    const newer = await insertNews({ publishedAt: new Date('2001-01-02T00:00:00Z') })
    const all = await listPublishedNews(1, 1000)
    const order = all.items.map((i) => i.slug)
    expect(order.indexOf(newer.slug)).toBeLessThan(order.indexOf(older.slug))

    const page2 = await listPublishedNews(2, 1)
    expect(page2.items).toHaveLength(1)
    expect(page2.totalPages).toBe(all.total)
  })
})

describe('news authorization in the data layer', () => {
  it('refuses anonymous callers on every admin function, writing nothing', async () => {
    const row = await insertNews({ status: 'DRAFT' })
    const input = buildNewsInput()
    actAs(null)
    await expect(listNewsForAdmin({})).rejects.toBeInstanceOf(AuthorizationError)
    await expect(getNewsForEdit(row.id)).rejects.toBeInstanceOf(AuthorizationError)
    await expect(createNews(input)).rejects.toBeInstanceOf(AuthorizationError)
    await expect(updateNews(row.id, input, row.version)).rejects.toBeInstanceOf(AuthorizationError)
    await expect(publishNews(row.id)).rejects.toBeInstanceOf(AuthorizationError)
    await expect(deleteNews(row.id)).rejects.toBeInstanceOf(AuthorizationError)
    expect(await db.newsArticle.count({ where: { slug: input.slug } })).toBe(0)
    expect(await db.newsArticle.findUnique({ where: { id: row.id }, select: { status: true } })).toEqual({ status: 'DRAFT' })
  })

  it('refuses a role below editor', async () => {
    const row = await insertNews({ status: 'DRAFT' })
    actAs(contributor)
    await expect(publishNews(row.id)).rejects.toBeInstanceOf(AuthorizationError)
    await expect(createNews(buildNewsInput())).rejects.toBeInstanceOf(AuthorizationError)
    expect(await db.newsArticle.findUnique({ where: { id: row.id }, select: { status: true } })).toEqual({ status: 'DRAFT' })
  })

  it('refuses a deactivated editor whose session still exists', async () => {
    const former = await createUser('EDITOR', { active: false })
    actAs(former)
    await expect(listNewsForAdmin({})).rejects.toBeInstanceOf(AuthorizationError)
  })
})

describe('news writes by an editor', () => {
  it('create a draft that is not public until published, then hidden again when unpublished', async () => {
    actAs(editor)
    const input = buildNewsInput()
    const { id, slug } = await createNews(input)
    expect(await getPublishedNewsBySlug(slug)).toBeNull()

    await publishNews(id)
    expect((await getPublishedNewsBySlug(slug))?.title).toBe(input.title)
    const row = await db.newsArticle.findUniqueOrThrow({ where: { id } })
    expect(row.createdById).toBe(editor.id)
    expect(row.publishedAt).not.toBeNull()

    await unpublishNews(id)
    expect(await getPublishedNewsBySlug(slug)).toBeNull()
  })

  it('report a duplicate slug as a unique violation on slug', async () => {
    actAs(editor)
    const first = buildNewsInput()
    await createNews(first)
    const error = await createNews(buildNewsInput({ slug: first.slug })).catch((e: unknown) => e)
    expect(isUniqueViolation(error, 'slug')).toBe(true)
  })

  it('let exactly one of two concurrent saves of the same version win', async () => {
    actAs(editor)
    const { id } = await createNews(buildNewsInput())
    const results = await Promise.allSettled([
      updateNews(id, buildNewsInput({ title: 'Version from editor A' }), 1),
      updateNews(id, buildNewsInput({ title: 'Version from editor B' }), 1),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.find((r) => r.status === 'rejected')
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(ConflictError)
    const row = await db.newsArticle.findUniqueOrThrow({ where: { id }, select: { version: true } })
    expect(row.version).toBe(2)
  })

  it('refuse a save based on a stale version', async () => {
    actAs(editor)
    const { id } = await createNews(buildNewsInput())
    await updateNews(id, buildNewsInput({ title: 'First edit' }), 1)
    await expect(updateNews(id, buildNewsInput({ title: 'Stale edit' }), 1)).rejects.toBeInstanceOf(ConflictError)
    expect((await db.newsArticle.findUniqueOrThrow({ where: { id } })).title).toBe('First edit')
  })

  it('search the admin list by title and filter by status', async () => {
    actAs(editor)
    const tag = unique()
    await insertNews({ title: `Geochemistry workshop ${tag}`, status: 'DRAFT' })
    await insertNews({ title: `Geochemistry report ${tag}`, status: 'PUBLISHED' })
    const drafts = await listNewsForAdmin({ q: `workshop ${tag}`.toUpperCase() })
    expect(drafts.items.map((i) => i.title)).toEqual([`Geochemistry workshop ${tag}`])
    const published = await listNewsForAdmin({ q: tag, status: 'PUBLISHED' })
    expect(published.items.map((i) => i.title)).toEqual([`Geochemistry report ${tag}`])
  })

  it('delete an article', async () => {
    actAs(editor)
    const { id } = await createNews(buildNewsInput())
    await deleteNews(id)
    expect(await db.newsArticle.findUnique({ where: { id } })).toBeNull()
  })
})

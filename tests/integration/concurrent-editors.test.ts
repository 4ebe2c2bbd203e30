import { beforeAll, describe, expect, it } from 'vitest'
import { createPublished, ok } from '../fixtures/editorial'
import { createUser, unique } from '../fixtures/factories'
import { actAs } from '../fixtures/session'
import { db } from '@/lib/db'
import { newsAdapter } from '@/lib/editorial/adapters/news'
import { type Actor, type SaveResult, createItemAs, saveItemAs } from '@/lib/editorial/service'
import type { ContentAdapter, FormValues } from '@/lib/editorial/types'

// Many editors saving at once, against the real database: every save either
// lands completely (row, revision, audit entry) or is refused as a conflict,
// and no save overwrites another unnoticed.

const adapter = newsAdapter as unknown as ContentAdapter<{ slug: string }>

const EDITORS = 8
const SAVES_EACH = 10

function article(slug: string, text: string): FormValues {
  return {
    title: `Field season report ${text}`,
    slug,
    summary: `Summary ${text}`,
    body: `Body written in ${text}.`,
    tags: 'Fieldwork',
  }
}

async function writesOf(id: string) {
  const [revisions, audits] = await Promise.all([
    db.revision.findMany({ where: { entityId: id }, orderBy: { version: 'asc' } }),
    db.auditLog.findMany({ where: { entityId: id }, orderBy: { at: 'asc' } }),
  ])
  return { revisions, audits }
}

let editors: Actor[]

beforeAll(async () => {
  editors = await Promise.all(Array.from({ length: EDITORS }, () => createUser('EDITOR')))
})

describe('concurrent editors', () => {
  it(`${EDITORS} editors saving their own items ${SAVES_EACH} times each, all at once, lose nothing`, async () => {
    const items = await Promise.all(
      editors.map(async (editor) => {
        const slug = `concurrent-${unique()}`
        const created = ok(await createItemAs(editor, adapter, article(slug, 'draft 0')))
        return { editor, id: created.id, slug }
      }),
    )

    // Each editor saves one after another (as a person would), all editors at the same time.
    const outcomes = await Promise.all(
      items.map(async ({ editor, id, slug }) => {
        const results: SaveResult[] = []
        let version = 1
        for (let save = 1; save <= SAVES_EACH; save++) {
          const result = await saveItemAs(editor, adapter, id, article(slug, `draft ${save} by ${editor.id}`), version)
          results.push(result)
          if (result.ok) version = result.version
        }
        return results
      }),
    )

    for (const results of outcomes) {
      expect(results.filter((r) => !r.ok)).toEqual([])
    }
    for (const { editor, id, slug } of items) {
      const row = await db.newsArticle.findUniqueOrThrow({ where: { id } })
      const last = article(slug, `draft ${SAVES_EACH} by ${editor.id}`)
      expect(row.title).toBe(last.title)
      expect(row.body).toBe(last.body)
      expect(row.summary).toBe(last.summary)
      expect(row.version).toBe(1 + SAVES_EACH)

      const { revisions, audits } = await writesOf(id)
      expect(revisions.map((r) => r.version)).toEqual(Array.from({ length: 1 + SAVES_EACH }, (_, i) => i + 1))
      expect(revisions.every((r) => r.authorId === editor.id)).toBe(true)
      expect((revisions.at(-1)!.data as FormValues).title).toBe(last.title)
      expect(audits).toHaveLength(1 + SAVES_EACH)
      expect(audits.filter((a) => a.action === 'CREATE')).toHaveLength(1)
      expect(audits.filter((a) => a.action === 'EDIT')).toHaveLength(SAVES_EACH)
      expect(audits.every((a) => a.actorId === editor.id)).toBe(true)
    }
  })

  it(`${EDITORS} editors saving the same version of one draft: one wins, the others get a conflict`, async () => {
    const slug = `contested-${unique()}`
    const created = ok(await createItemAs(editors[0]!, adapter, article(slug, 'the original')))

    const results = await Promise.all(
      editors.map((editor, index) => saveItemAs(editor, adapter, created.id, article(slug, `edit ${index}`), created.version)),
    )

    const winners = results.flatMap((r, index) => (r.ok ? [index] : []))
    expect(winners).toHaveLength(1)
    const losers = results.filter((r) => !r.ok)
    expect(losers).toHaveLength(EDITORS - 1)
    for (const loser of losers) {
      expect(loser.ok === false && loser.reason).toBe('conflict')
      // The conflict names what the winner changed.
      if (loser.ok === false && loser.reason === 'conflict') {
        expect(loser.conflict.changes.map((c) => c.name)).toContain('title')
      }
    }

    const winner = winners[0]!
    const row = await db.newsArticle.findUniqueOrThrow({ where: { id: created.id } })
    expect(row.title).toBe(article(slug, `edit ${winner}`).title)
    expect(row.body).toBe(article(slug, `edit ${winner}`).body)
    expect(row.version).toBe(2)
    // Nothing half-written by the refused saves: one revision and one audit entry each for create and the winning edit.
    const { revisions, audits } = await writesOf(created.id)
    expect(revisions.map((r) => [r.version, r.authorId])).toEqual([
      [1, editors[0]!.id],
      [2, editors[winner]!.id],
    ])
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([
      ['CREATE', editors[0]!.id],
      ['EDIT', editors[winner]!.id],
    ])
  })

  it('editors saving the same version of a published item: one pending draft, the live page untouched', async () => {
    const slug = `contested-live-${unique()}`
    actAs(editors[0]!)
    const { published } = await createPublished(adapter, article(slug, 'as published'))
    actAs(null)
    const before = await writesOf(published.id)

    const results = await Promise.all(
      editors.map((editor, index) => saveItemAs(editor, adapter, published.id, article(slug, `pending ${index}`), published.version)),
    )

    const winners = results.flatMap((r, index) => (r.ok ? [index] : []))
    expect(winners).toHaveLength(1)
    expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(EDITORS - 1)
    const winner = winners[0]!

    const row = await db.newsArticle.findUniqueOrThrow({ where: { id: published.id } })
    expect(row.title).toBe(article(slug, 'as published').title)
    expect(row.version).toBe(published.version + 1)
    const pending = await db.pendingDraft.findUniqueOrThrow({
      where: { entityType_entityId: { entityType: adapter.type, entityId: published.id } },
    })
    expect((pending.data as FormValues).title).toBe(article(slug, `pending ${winner}`).title)
    expect(pending.updatedById).toBe(editors[winner]!.id)
    const after = await writesOf(published.id)
    expect(after.revisions).toHaveLength(before.revisions.length + 1)
    expect(after.audits).toHaveLength(before.audits.length + 1)
  })
})

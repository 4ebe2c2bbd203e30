import { NextRequest } from 'next/server'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { actAs } from '../fixtures/session'
import { insertMedia, liveValues, ok } from '../fixtures/editorial'
import { createUser, unique } from '../fixtures/factories'
import { insertCounterpart, insertMouRow } from '../fixtures/mou-factories'
import { GET } from '@/app/admin/options/[source]/route'
import { saveContentAction } from '@/app/admin/[type]/actions'
import { db } from '@/lib/db'
import { mouAdapter } from '@/lib/editorial/adapters/mous'
import { newsAdapter } from '@/lib/editorial/adapters/news'
import { PICKER_RESULT_LIMIT, PICKER_SEARCH_THRESHOLD, PICKER_SUGGESTION_COUNT } from '@/lib/editorial/picker-rules'
import { createItem, loadFormOptions } from '@/lib/editorial/service'
import type { ContentAdapter, FormValues, Option, PickerChoices } from '@/lib/editorial/types'

// The relationship pickers over many rows: the search route that finds the
// rows, and what the content forms get once a table has more candidates
// than a page should list. The database is real and shared with other test
// files, so every row here carries a word of its own and no test counts on
// a table being small.

vi.mock('next/cache', () => ({
  cacheLife: () => {},
  cacheTag: () => {},
  updateTag: () => {},
  revalidateTag: () => {},
  revalidatePath: () => {},
}))

vi.mock('next/headers', () => ({ headers: async () => new Headers() }))

type User = Awaited<ReturnType<typeof createUser>>
let contributor: User

beforeAll(async () => {
  contributor = await createUser('CONTRIBUTOR')
})

afterEach(() => actAs(null))

/** A word that occurs in no other row, in lower case as slugs need it. */
function word() {
  return `pick${unique().replace(/-/g, '')}`
}

async function search(source: string, params: Record<string, string> = {}) {
  const url = new URL(`http://localhost/admin/options/${source}`)
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  return GET(new NextRequest(url), { params: Promise.resolve({ source }) })
}

type Answer = { results: Option[]; more: boolean }

async function answerOf(response: Response): Promise<Answer> {
  expect(response.status).toBe(200)
  return (await response.json()) as Answer
}

function organization(name: string, overrides: { acronym?: string; deletedAt?: Date; updatedAt?: Date } = {}) {
  const id = unique()
  return db.organization.create({
    data: {
      slug: `picker-${id}`,
      name,
      acronym: overrides.acronym ?? null,
      kind: 'GEOLOGICAL_SURVEY',
      country: 'PE',
      deletedAt: overrides.deletedAt ?? null,
      ...(overrides.updatedAt ? { updatedAt: overrides.updatedAt } : {}),
    },
    select: { id: true, name: true },
  })
}

/** More organizations than a picker lists, so that every organization picker searches from now on. */
async function growOrganizationsPastThreshold() {
  const tag = word()
  await db.organization.createMany({
    data: Array.from({ length: PICKER_SEARCH_THRESHOLD + 1 }, (_, i) => ({
      slug: `${tag}-${i}`,
      name: `Filler survey ${tag} ${i}`,
      kind: 'GEOLOGICAL_SURVEY' as const,
      country: 'CL',
    })),
  })
}

function searching(choices: PickerChoices | undefined) {
  if (choices?.mode !== 'search') throw new Error(`expected a searching picker, got ${JSON.stringify(choices)?.slice(0, 200)}`)
  return choices
}

describe('the picker search route', () => {
  it('refuses anonymous and deactivated callers with 401 and no rows', async () => {
    const tag = word()
    const row = await organization(`Refusal survey ${tag}`)
    const deactivated = await createUser('EDITOR', { active: false })
    for (const caller of [null, deactivated]) {
      actAs(caller)
      const response = await search('organizations', { q: tag })
      expect(response.status).toBe(401)
      expect(response.headers.get('Cache-Control')).toBe('no-store')
      const body = await response.text()
      expect(body).not.toContain(row.name)
      expect(body).not.toContain(row.id)
      expect(JSON.parse(body)).toEqual({ error: expect.any(String) })
    }
    // Before the request is judged: an anonymous caller does not even learn which sources exist.
    actAs(null)
    expect((await search('users', { q: tag })).status).toBe(401)
  })

  it('answers a contributor with matching rows by name or acronym, not in the trash, ordered by label', async () => {
    const tag = word()
    const [beta, alpha, , byAcronym] = await Promise.all([
      organization(`Beta survey ${tag}`),
      organization(`alpha survey ${tag}`),
      organization(`Trashed survey ${tag}`, { deletedAt: new Date() }),
      organization('Instituto Geológico', { acronym: `IG${tag}` }),
    ])
    actAs(contributor)
    const response = await search('organizations', { q: `  ${tag.toUpperCase()}  ` })
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    const { results, more } = await answerOf(response)
    expect(more).toBe(false)
    expect(results).toEqual([
      { value: alpha.id, label: alpha.name, hint: 'Peru' },
      { value: beta.id, label: beta.name, hint: 'Peru' },
      { value: byAcronym.id, label: 'Instituto Geológico', hint: `IG${tag}, Peru` },
    ])
  })

  it('takes % and _ in the search literally', async () => {
    const tag = word()
    const [percent, , underscore] = await Promise.all([
      organization(`${tag} 100% survey`),
      organization(`${tag} 1000 survey`),
      organization(`${tag} geo_survey`),
      organization(`${tag} geoXsurvey`),
    ])
    actAs(contributor)
    expect((await answerOf(await search('organizations', { q: `${tag} 100%` }))).results.map((r) => r.value)).toEqual([percent.id])
    expect((await answerOf(await search('organizations', { q: `${tag} geo_s` }))).results.map((r) => r.value)).toEqual([
      underscore.id,
    ])
    expect((await answerOf(await search('organizations', { q: `${tag}%survey` }))).results).toEqual([])
    expect((await answerOf(await search('organizations', { q: `${tag}\\` }))).results).toEqual([])
  })

  it('answers at most the first matches by label and says that there are more', async () => {
    const tag = word()
    const names = Array.from({ length: PICKER_RESULT_LIMIT + 5 }, (_, i) => `Survey ${tag} ${String(i).padStart(2, '0')}`)
    await db.organization.createMany({
      data: names.map((name, i) => ({ slug: `${tag}-${i}`, name, kind: 'MINISTRY' as const, country: 'BO' })),
    })
    actAs(contributor)
    const { results, more } = await answerOf(await search('organizations', { q: tag }))
    expect(more).toBe(true)
    expect(results.map((r) => r.label)).toEqual(names.slice(0, PICKER_RESULT_LIMIT))

    const exact = await answerOf(await search('organizations', { q: `${tag} 24` }))
    expect(exact).toEqual({ results: [expect.objectContaining({ label: names[24] })], more: false })
  })

  it('leaves out the excluded row and searches the other sources by their own columns', async () => {
    const tag = word()
    const [kept, excluded] = await Promise.all([organization(`Kept ${tag}`), organization(`Excluded ${tag}`)])
    const mou = await insertMouRow({ subject: `Memorandum on ${tag}`, country: 'AR' })
    const document = await insertMedia({ title: 'Signed text' })
    // An image is not a document, whatever its title.
    await insertMedia({ kind: 'IMAGE', title: `Photo ${tag}` })
    const documentRow = await db.media.findUniqueOrThrow({ where: { id: document.id }, select: { fileName: true } })
    actAs(contributor)

    const withoutExcluded = await answerOf(await search('organizations', { q: tag, exclude: excluded.id }))
    expect(withoutExcluded.results.map((r) => r.value)).toEqual([kept.id])

    const mous = await answerOf(await search('mous', { q: tag }))
    expect(mous.results).toEqual([{ value: mou.id, label: `Memorandum on ${tag}`, hint: expect.stringContaining('Argentina') }])

    const documents = await answerOf(await search('documents', { q: documentRow.fileName.slice(0, -4) }))
    expect(documents.results).toEqual([{ value: document.id, label: 'Signed text', hint: documentRow.fileName }])
    expect((await answerOf(await search('documents', { q: tag }))).results).toEqual([])
  })

  it('refuses an unknown source and an overlong search', async () => {
    actAs(contributor)
    const unknown = await search('users', { q: 'admin' })
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toEqual({ error: expect.any(String) })
    const long = await search('organizations', { q: 'x'.repeat(101) })
    expect(long.status).toBe(400)
    expect(((await long.json()) as { error: string }).error).toMatch(/at most 100 characters/)
  })
})

describe('content forms with many candidates', () => {
  it('give an MOU form only the chosen counterparts, in the agreement’s order, and recent suggestions', async () => {
    await growOrganizationsPastThreshold()
    const tag = word()
    const [first, second] = await Promise.all([insertCounterpart({ name: `Zeta survey ${tag}` }), insertCounterpart({ name: `Alpha survey ${tag}` })])
    const latest = await organization(`Latest survey ${tag}`, { updatedAt: new Date(Date.now() + 24 * 3600_000) })
    const document = await insertMedia()
    actAs(contributor)
    const created = ok(
      await createItem(mouAdapter as unknown as ContentAdapter, {
        subject: `Cooperation ${tag}`,
        slug: `mou-${tag}`,
        country: 'NZ',
        startDate: '2020-01-01',
        datePrecision: 'DAY',
        // The agreement names the later-alphabet survey first.
        counterpartIds: `${first.id},${second.id}`,
        documentIds: document.id,
      }),
    )
    const values = (await liveValues(mouAdapter as unknown as ContentAdapter, created.id)) as FormValues

    const { pickers } = await loadFormOptions(mouAdapter as unknown as ContentAdapter, values)
    const counterparts = searching(pickers.counterpartIds)
    const organizations = await db.organization.count({ where: { deletedAt: null } })
    expect(counterparts.source).toBe('organizations')
    expect(counterparts.total).toBe(organizations)
    expect(counterparts.chosen).toEqual([
      { value: first.id, label: first.name, hint: 'New Zealand' },
      { value: second.id, label: second.name, hint: 'New Zealand' },
    ])
    // The most recently changed organizations that are not chosen, listed by name.
    const recent = await db.organization.findMany({
      where: { deletedAt: null, id: { notIn: [first.id, second.id] } },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      take: PICKER_SUGGESTION_COUNT,
      select: { id: true },
    })
    expect(counterparts.suggestions).toHaveLength(PICKER_SUGGESTION_COUNT)
    expect(new Set(counterparts.suggestions.map((s) => s.value))).toEqual(new Set(recent.map((r) => r.id)))
    expect(counterparts.suggestions.map((s) => s.value)).toContain(latest.id)
    const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
    const labels = counterparts.suggestions.map((s) => s.label)
    expect(labels).toEqual([...labels].sort((a, b) => compare(a.toLowerCase(), b.toLowerCase()) || compare(a, b)))
    // Nothing in the form's choices lists every organization any more.
    expect(JSON.stringify(pickers).length).toBeLessThan(10_000)
  })

  it('give an article form its chosen rows, named even when in the trash or deleted', async () => {
    await growOrganizationsPastThreshold()
    const tag = word()
    const [kept, trashed] = await Promise.all([
      organization(`Kept survey ${tag}`, { acronym: 'KS' }),
      organization(`Trashed survey ${tag}`, { deletedAt: new Date() }),
    ])
    actAs(contributor)
    const { pickers } = await loadFormOptions(newsAdapter as unknown as ContentAdapter, {
      organizationIds: `${trashed.id},no-such-organization,${kept.id}`,
    })
    expect(searching(pickers.organizationIds).chosen).toEqual([
      { value: trashed.id, label: trashed.name, hint: 'Peru · in the trash' },
      { value: 'no-such-organization', label: 'Deleted organization', hint: expect.stringMatching(/no longer exists/) },
      { value: kept.id, label: kept.name, hint: 'KS, Peru' },
    ])
  })

  it('name what a failed save had chosen, so that the form can show it again', async () => {
    await growOrganizationsPastThreshold()
    const tag = word()
    const found = await organization(`Found by searching ${tag}`)
    const editor = await createUser('EDITOR')
    actAs(editor)
    const form = new FormData()
    // A title too short to save, and an organization found by searching.
    for (const [key, value] of Object.entries({ title: 'x', slug: `article-${tag}`, organizationIds: '' })) form.append(key, value)
    form.append('organizationIds', found.id)
    const state = await saveContentAction('news', null, { status: 'idle' }, form)
    expect(state.status).toBe('error')
    expect(state.fieldErrors?.title).toBeDefined()
    expect(state.values?.organizationIds).toBe(`,${found.id}`)
    expect(state.chosen?.organizationIds).toEqual([{ value: found.id, label: found.name, hint: 'Peru' }])
  })
})

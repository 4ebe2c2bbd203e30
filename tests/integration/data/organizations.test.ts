import { describe, expect, it } from 'vitest'
import { unique } from '../../fixtures/factories'
import {
  insertMou,
  insertNewsMentioning,
  insertOrganization,
  insertProject,
  insertTraining,
} from '../../fixtures/organization-factories'
import {
  getPublishedOrganizationBySlug,
  listOrganizationFilterOptions,
  listPublishedOrganizations,
} from '@/lib/data/organizations'

// The database is shared with the other test files, so every assertion is
// about rows created here: they do or do not appear, whatever else is there.
const ALL = 1000

async function slugsOf(filters: Parameters<typeof listPublishedOrganizations>[0]) {
  const { items } = await listPublishedOrganizations({ pageSize: ALL, ...filters })
  return { slugs: items.map((i) => i.slug), items }
}

describe('the public partners list', () => {
  it('filters by kind', async () => {
    const survey = await insertOrganization({ kind: 'GEOLOGICAL_SURVEY', country: 'IS' })
    const society = await insertOrganization({ kind: 'ASSOCIATION', country: 'IS' })
    const { slugs, items } = await slugsOf({ kind: 'GEOLOGICAL_SURVEY' })
    expect(slugs).toContain(survey.slug)
    expect(slugs).not.toContain(society.slug)
    expect(items.every((i) => i.kind === 'GEOLOGICAL_SURVEY')).toBe(true)
  })

  it('filters by country', async () => {
    const iceland = await insertOrganization({ kind: 'UNIVERSITY', country: 'IS' })
    const faroes = await insertOrganization({ kind: 'UNIVERSITY', country: 'FO' })
    const { slugs, items } = await slugsOf({ country: 'FO' })
    expect(slugs).toContain(faroes.slug)
    expect(slugs).not.toContain(iceland.slug)
    expect(items.every((i) => i.country === 'FO')).toBe(true)
  })

  it('combines the kind and country filters', async () => {
    const match = await insertOrganization({ kind: 'MINISTRY', country: 'GL' })
    const otherKind = await insertOrganization({ kind: 'COMPANY', country: 'GL' })
    const otherCountry = await insertOrganization({ kind: 'MINISTRY', country: 'IS' })
    const { slugs, items } = await slugsOf({ kind: 'MINISTRY', country: 'GL' })
    expect(slugs).toContain(match.slug)
    expect(slugs).not.toContain(otherKind.slug)
    expect(slugs).not.toContain(otherCountry.slug)
    expect(items.every((i) => i.kind === 'MINISTRY' && i.country === 'GL')).toBe(true)
  })

  it('returns card fields only: name, acronym, kind, country and native names', async () => {
    const org = await insertOrganization({ acronym: 'TGI', kind: 'PROGRAMME', country: 'NO' })
    const { items } = await slugsOf({ country: 'NO', kind: 'PROGRAMME' })
    const card = items.find((i) => i.slug === org.slug)
    expect(card).toEqual({
      id: org.id,
      slug: org.slug,
      name: org.name,
      acronym: 'TGI',
      kind: 'PROGRAMME',
      country: 'NO',
      nativeName: null,
      nativeNameLang: null,
      romanizedName: null,
    })
  })

  it('sorts by name and paginates', async () => {
    const tag = unique()
    const gamma = await insertOrganization({ name: `Gamma survey ${tag}` })
    const alpha = await insertOrganization({ name: `Alpha survey ${tag}` })
    const beta = await insertOrganization({ name: `Beta survey ${tag}` })

    const all = await listPublishedOrganizations({ pageSize: ALL })
    const order = all.items.map((i) => i.slug)
    expect(order.indexOf(alpha.slug)).toBeLessThan(order.indexOf(beta.slug))
    expect(order.indexOf(beta.slug)).toBeLessThan(order.indexOf(gamma.slug))

    const pageSize = 2
    const pages = Math.ceil(all.total / pageSize)
    const second = await listPublishedOrganizations({ page: 2, pageSize })
    expect(second.totalPages).toBe(pages)
    expect(second.page).toBe(2)
    expect(second.items.map((i) => i.slug)).toEqual(order.slice(2, 4))

    const beyond = await listPublishedOrganizations({ page: pages + 1, pageSize })
    expect(beyond.items).toEqual([])
    expect(beyond.total).toBe(all.total)
  })

  it('uses ten rows a page by default', async () => {
    await Promise.all(Array.from({ length: 11 }, () => insertOrganization()))
    const { items, totalPages } = await listPublishedOrganizations({})
    expect(items).toHaveLength(10)
    expect(totalPages).toBeGreaterThan(1)
  })
})

describe('the published filter on partners', () => {
  it('hides draft, in-review, archived, trashed and future-dated organizations from the list and by slug', async () => {
    const published = await insertOrganization()
    const hidden = await Promise.all([
      insertOrganization({ status: 'DRAFT' }),
      insertOrganization({ status: 'IN_REVIEW' }),
      insertOrganization({ status: 'ARCHIVED' }),
      insertOrganization({ deletedAt: new Date() }),
      insertOrganization({ publishedAt: new Date(Date.now() + 86_400_000) }),
    ])
    const { slugs } = await slugsOf({})
    expect(slugs).toContain(published.slug)
    expect((await getPublishedOrganizationBySlug(published.slug))?.name).toBe(published.name)
    for (const row of hidden) {
      expect(slugs).not.toContain(row.slug)
      expect(await getPublishedOrganizationBySlug(row.slug)).toBeNull()
    }
  })

  it('offers only kinds and countries that occur among published organizations, countries by English name', async () => {
    await insertOrganization({ kind: 'UNIVERSITY', country: 'SJ' })
    await insertOrganization({ kind: 'COMPANY', country: 'BV', status: 'DRAFT' })
    await insertOrganization({ kind: 'COMPANY', country: 'HM', deletedAt: new Date() })

    const { kinds, countries } = await listOrganizationFilterOptions()
    expect(kinds).toContain('UNIVERSITY')
    expect(new Set(kinds).size).toBe(kinds.length)
    const codes = countries.map((c) => c.code)
    expect(codes).toContain('SJ')
    expect(codes).not.toContain('BV')
    expect(codes).not.toContain('HM')
    expect(new Set(codes).size).toBe(codes.length)
    expect(countries.find((c) => c.code === 'SJ')?.name).toMatch(/Svalbard/)
    const names = countries.map((c) => c.name)
    expect(names).toEqual([...names].sort(new Intl.Collator('en', { sensitivity: 'base' }).compare))
  })
})

describe('a partner page', () => {
  it('lists only published MOUs, newest first, with their dates and end terms', async () => {
    const org = await insertOrganization()
    const older = await insertMou([org.id], {
      startDate: new Date('2008-01-01T00:00:00Z'),
      endDate: null,
      endTerm: 'Indefinite',
    })
    const newer = await insertMou([org.id], {
      startDate: new Date('2021-12-01T00:00:00Z'),
      endDate: new Date('2026-12-01T00:00:00Z'),
    })
    const hidden = await Promise.all([
      insertMou([org.id], { status: 'DRAFT' }),
      insertMou([org.id], { status: 'ARCHIVED' }),
      insertMou([org.id], { deletedAt: new Date() }),
    ])

    const detail = await getPublishedOrganizationBySlug(org.slug)
    expect(detail?.mous.map((m) => m.slug)).toEqual([newer.slug, older.slug])
    expect(detail?.mous[1]).toMatchObject({ subject: older.subject, endDate: null, endTerm: 'Indefinite', datePrecision: 'MONTH' })
    for (const row of hidden) expect(detail?.mous.map((m) => m.slug)).not.toContain(row.slug)
  })

  it('lists only published projects, once each with all of its roles', async () => {
    const org = await insertOrganization()
    const other = await insertOrganization()
    const led = await insertProject(
      [
        { organizationId: org.id, role: 'FUNDER' },
        { organizationId: org.id, role: 'LEAD' },
        { organizationId: other.id, role: 'PARTNER' },
      ],
      { startDate: new Date('2022-01-01T00:00:00Z') },
    )
    const joined = await insertProject([{ organizationId: org.id, role: 'PARTNER' }], {
      startDate: new Date('2015-01-01T00:00:00Z'),
    })
    const draft = await insertProject([{ organizationId: org.id, role: 'LEAD' }], { status: 'DRAFT' })
    const trashed = await insertProject([{ organizationId: org.id, role: 'LEAD' }], { deletedAt: new Date() })

    const detail = await getPublishedOrganizationBySlug(org.slug)
    expect(detail?.projects.map((p) => [p.slug, p.roles])).toEqual([
      [led.slug, ['LEAD', 'FUNDER']],
      [joined.slug, ['PARTNER']],
    ])
    const slugs = detail?.projects.map((p) => p.slug)
    expect(slugs).not.toContain(draft.slug)
    expect(slugs).not.toContain(trashed.slug)
  })

  it('lists only published trainings the partner organized', async () => {
    const org = await insertOrganization()
    const held = await insertTraining(org.id)
    const draft = await insertTraining(org.id, { status: 'DRAFT' })
    const elsewhere = await insertTraining((await insertOrganization()).id)

    const detail = await getPublishedOrganizationBySlug(org.slug)
    expect(detail?.trainings.map((t) => t.slug)).toEqual([held.slug])
    expect(detail?.trainings.map((t) => t.slug)).not.toContain(draft.slug)
    expect(detail?.trainings.map((t) => t.slug)).not.toContain(elsewhere.slug)
  })

  it('lists only published news that mention the partner, newest first', async () => {
    const org = await insertOrganization()
    const older = await insertNewsMentioning([org.id], { publishedAt: new Date('2013-11-20T00:00:00Z') })
    const newer = await insertNewsMentioning([org.id], { publishedAt: new Date('2021-12-15T00:00:00Z') })
    const hidden = await Promise.all([
      insertNewsMentioning([org.id], { status: 'DRAFT' }),
      insertNewsMentioning([org.id], { status: 'ARCHIVED' }),
      insertNewsMentioning([org.id], { deletedAt: new Date() }),
      insertNewsMentioning([org.id], { publishedAt: new Date(Date.now() + 86_400_000) }),
    ])

    const detail = await getPublishedOrganizationBySlug(org.slug)
    expect(detail?.newsArticles.map((n) => n.slug)).toEqual([newer.slug, older.slug])
    for (const row of hidden) expect(detail?.newsArticles.map((n) => n.slug)).not.toContain(row.slug)
  })

  it('has empty related lists for a partner with nothing published around it', async () => {
    const org = await insertOrganization()
    await insertMou([org.id], { status: 'DRAFT' })
    const detail = await getPublishedOrganizationBySlug(org.slug)
    expect(detail).toMatchObject({ mous: [], projects: [], trainings: [], newsArticles: [] })
  })
})

import { describe, expect, it } from 'vitest'
import { unique } from '../../fixtures/factories'
import {
  insertConference,
  insertPartner,
  insertProject,
  insertProjectNews,
  insertProjectTraining,
  type ProjectOverrides,
} from '../../fixtures/project-factories'
import {
  countActiveProjects,
  getPublishedProjectBySlug,
  listActiveProjects,
  listProjectFilterOptions,
  listPublishedProjects,
} from '@/lib/data/projects'
import { ProjectListQuerySchema } from '@/lib/validation/projects'

// The database is shared with the other test files, so every assertion is
// about rows created here: they do or do not appear, whatever else is there.
// Tests that need an exact list give their rows a topic of their own.
const ALL = 1000

const year = (y: number) => new Date(`${y}-01-01T00:00:00Z`)

async function slugsOf(filters: Parameters<typeof listPublishedProjects>[0]) {
  const { items } = await listPublishedProjects({ pageSize: ALL, ...filters })
  return items.map((i) => i.slug)
}

describe('the public projects list', () => {
  it('shows published projects and hides drafts, in-review, archived, future-dated and trashed ones', async () => {
    const topic = `Visibility ${unique()}`
    const published = await insertProject({ topics: [topic] })
    const hidden = await Promise.all([
      insertProject({ topics: [topic], status: 'DRAFT' }),
      insertProject({ topics: [topic], status: 'IN_REVIEW' }),
      insertProject({ topics: [topic], status: 'ARCHIVED' }),
      insertProject({ topics: [topic], publishedAt: new Date(Date.now() + 86_400_000) }),
      insertProject({ topics: [topic], deletedAt: new Date() }),
    ])
    expect(await slugsOf({ topic })).toEqual([published.slug])
    expect((await getPublishedProjectBySlug(published.slug))?.title).toBe(published.title)
    for (const row of hidden) expect(await getPublishedProjectBySlug(row.slug)).toBeNull()
  })

  it('filters by project status', async () => {
    const planned = await insertProject({ projectStatus: 'PLANNED' })
    const completed = await insertProject({ projectStatus: 'COMPLETED' })
    const { items } = await listPublishedProjects({ status: 'PLANNED', pageSize: ALL })
    const slugs = items.map((i) => i.slug)
    expect(slugs).toContain(planned.slug)
    expect(slugs).not.toContain(completed.slug)
    expect(items.every((i) => i.projectStatus === 'PLANNED')).toBe(true)
  })

  it('filters by topic, matching one of several topics exactly', async () => {
    const topic = `Gravity ${unique()}`
    const match = await insertProject({ topics: ['Geophysics', topic] })
    const other = await insertProject({ topics: ['Geophysics'] })
    const lowerCase = await insertProject({ topics: [topic.toLowerCase()] })
    expect(await slugsOf({ topic })).toEqual([match.slug])
    expect(await slugsOf({ topic: 'Geophysics' })).toEqual(expect.arrayContaining([match.slug, other.slug]))
    expect(await slugsOf({ topic: 'Geophysics' })).not.toContain(lowerCase.slug)
  })

  it('filters by a taking-part country', async () => {
    const faroes = await insertProject({ countries: ['DK', 'FO'] })
    const iceland = await insertProject({ countries: ['IS'] })
    const slugs = await slugsOf({ country: 'FO' })
    expect(slugs).toContain(faroes.slug)
    expect(slugs).not.toContain(iceland.slug)
  })

  it('filters by scope', async () => {
    const bilateral = await insertProject({ scope: 'BILATERAL' })
    const multilateral = await insertProject({ scope: 'MULTILATERAL' })
    const { items } = await listPublishedProjects({ scope: 'BILATERAL', pageSize: ALL })
    const slugs = items.map((i) => i.slug)
    expect(slugs).toContain(bilateral.slug)
    expect(slugs).not.toContain(multilateral.slug)
    expect(items.every((i) => i.scope === 'BILATERAL')).toBe(true)
  })

  it('combines all four filters', async () => {
    const topic = `Combined ${unique()}`
    const base: ProjectOverrides = { topics: [topic], countries: ['LA'], scope: 'BILATERAL', projectStatus: 'COMPLETED' }
    const match = await insertProject(base)
    const otherStatus = await insertProject({ ...base, projectStatus: 'ACTIVE' })
    await insertProject({ ...base, topics: ['Geophysics'] })
    const otherCountry = await insertProject({ ...base, countries: ['KH'] })
    const otherScope = await insertProject({ ...base, scope: 'MULTILATERAL' })
    expect(await slugsOf({ status: 'COMPLETED', topic, country: 'LA', scope: 'BILATERAL' })).toEqual([match.slug])
    // Dropping a filter lets through exactly the project that differs in it.
    expect((await slugsOf({ topic, country: 'LA', scope: 'BILATERAL' })).sort()).toEqual(
      [match.slug, otherStatus.slug].sort(),
    )
    expect((await slugsOf({ status: 'COMPLETED', topic, scope: 'BILATERAL' })).sort()).toEqual(
      [match.slug, otherCountry.slug].sort(),
    )
    expect((await slugsOf({ status: 'COMPLETED', topic, country: 'LA' })).sort()).toEqual(
      [match.slug, otherScope.slug].sort(),
    )
  })

  it('lists active projects first, then by start date (newest first, undated last), then by title', async () => {
    const topic = `Order ${unique()}`
    const rows = {
      completed2020: await insertProject({ topics: [topic], projectStatus: 'COMPLETED', startDate: year(2020) }),
      planned2026: await insertProject({ topics: [topic], projectStatus: 'PLANNED', startDate: year(2026) }),
      activeUndated: await insertProject({ topics: [topic], title: `Alpha ${topic}`, startDate: null }),
      active2010: await insertProject({ topics: [topic], startDate: year(2010) }),
      active2015: await insertProject({ topics: [topic], startDate: year(2015) }),
      completedUndatedB: await insertProject({ topics: [topic], projectStatus: 'COMPLETED', title: `Bravo ${topic}` }),
      completedUndatedA: await insertProject({ topics: [topic], projectStatus: 'COMPLETED', title: `Alpha ${topic}` }),
    }
    expect(await slugsOf({ topic })).toEqual(
      [
        rows.active2015,
        rows.active2010,
        rows.activeUndated,
        rows.planned2026,
        rows.completed2020,
        rows.completedUndatedA,
        rows.completedUndatedB,
      ].map((r) => r.slug),
    )
  })

  it('paginates across the active and the other projects without gaps or repeats', async () => {
    const topic = `Pages ${unique()}`
    for (const [i, projectStatus] of (['ACTIVE', 'ACTIVE', 'ACTIVE', 'COMPLETED', 'PLANNED'] as const).entries()) {
      await insertProject({ topics: [topic], projectStatus, startDate: year(2000 + i) })
    }
    const whole = await slugsOf({ topic })
    const pages = await Promise.all([1, 2, 3].map((page) => listPublishedProjects({ topic, page, pageSize: 2 })))
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1])
    expect(pages.flatMap((p) => p.items.map((i) => i.slug))).toEqual(whole)
    for (const p of pages) {
      expect(p.total).toBe(5)
      expect(p.totalPages).toBe(3)
    }
    const beyond = await listPublishedProjects({ topic, page: 4, pageSize: 2 })
    expect(beyond.items).toEqual([])
    expect(beyond.total).toBe(5)
  })

  it('returns card fields only', async () => {
    const topic = `Card ${unique()}`
    const project = await insertProject({
      topics: [topic],
      acronym: 'RGC',
      summary: 'Gravity maps for the region.',
      startDate: year(2021),
      endDate: year(2025),
      fundingSource: 'Not on the card',
    })
    const { items } = await listPublishedProjects({ topic })
    expect(items).toEqual([
      {
        id: project.id,
        slug: project.slug,
        title: project.title,
        acronym: 'RGC',
        summary: 'Gravity maps for the region.',
        projectStatus: 'ACTIVE',
        startDate: year(2021),
        endDate: year(2025),
        datePrecision: 'YEAR',
        scope: 'MULTILATERAL',
      },
    ])
  })
})

describe('the projects list filter options', () => {
  it('offer the topics and countries of published projects only, countries with English names', async () => {
    const shown = `Shown topic ${unique()}`
    const unpublished = `Draft topic ${unique()}`
    await insertProject({ topics: [shown], countries: ['BT'] })
    await insertProject({ topics: [unpublished], countries: ['SZ'], status: 'DRAFT' })
    await insertProject({ topics: [unpublished], countries: ['SZ'], deletedAt: new Date() })
    const options = await listProjectFilterOptions()
    expect(options.topics).toContain(shown)
    expect(options.topics).not.toContain(unpublished)
    expect(options.countries).toContainEqual({ code: 'BT', name: 'Bhutan' })
    expect(options.countries.map((c) => c.code)).not.toContain('SZ')
    expect(new Set(options.topics).size).toBe(options.topics.length)
    const names = options.countries.map((c) => c.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })))
  })

  it('offer the statuses and scopes that occur, in the schema order', async () => {
    await insertProject({ projectStatus: 'PLANNED', scope: 'BILATERAL' })
    await insertProject({ projectStatus: 'COMPLETED', scope: 'MULTILATERAL' })
    await insertProject({ projectStatus: 'ACTIVE' })
    const options = await listProjectFilterOptions()
    expect(options.statuses).toEqual(['PLANNED', 'ACTIVE', 'COMPLETED'])
    expect(options.scopes).toEqual(['BILATERAL', 'MULTILATERAL'])
  })
})

describe('active projects for the home page', () => {
  it('lists published active projects only, newest start first, up to the limit', async () => {
    const newest = await insertProject({ startDate: new Date('2999-01-01T00:00:00Z') })
    const older = await insertProject({ startDate: new Date('2998-01-01T00:00:00Z') })
    const draft = await insertProject({ startDate: new Date('2999-06-01T00:00:00Z'), status: 'DRAFT' })
    const planned = await insertProject({ startDate: new Date('2999-06-01T00:00:00Z'), projectStatus: 'PLANNED' })
    expect((await listActiveProjects(2)).map((p) => p.slug)).toEqual([newest.slug, older.slug])
    const all = (await listActiveProjects(ALL)).map((p) => p.slug)
    expect(all).not.toContain(draft.slug)
    expect(all).not.toContain(planned.slug)
  })

  it('counts published active projects', async () => {
    const before = await countActiveProjects()
    await insertProject()
    await insertProject({ status: 'DRAFT' })
    await insertProject({ projectStatus: 'COMPLETED' })
    expect(await countActiveProjects()).toBe(before + 1)
  })
})

describe('a published project page', () => {
  it('groups published partners by role, lead first, and lists a partner once per role', async () => {
    const survey = await insertPartner({ name: `China Test Survey ${unique()}`, acronym: 'CTS' })
    const committee = await insertPartner({ name: `A Committee ${unique()}` })
    const association = await insertPartner({ name: `B Association ${unique()}` })
    const draftPartner = await insertPartner({ status: 'DRAFT' })
    const trashedPartner = await insertPartner({ deletedAt: new Date() })
    const project = await insertProject({
      partners: [
        { organizationId: association.id, role: 'PARTNER' },
        { organizationId: survey.id, role: 'FUNDER' },
        { organizationId: committee.id, role: 'PARTNER' },
        { organizationId: survey.id, role: 'LEAD' },
        { organizationId: draftPartner.id, role: 'PARTNER' },
        { organizationId: trashedPartner.id, role: 'FUNDER' },
      ],
    })
    const detail = await getPublishedProjectBySlug(project.slug)
    expect(detail?.partnerGroups.map((g) => ({ role: g.role, slugs: g.organizations.map((o) => o.slug) }))).toEqual([
      { role: 'LEAD', slugs: [survey.slug] },
      { role: 'PARTNER', slugs: [committee.slug, association.slug] },
      { role: 'FUNDER', slugs: [survey.slug] },
    ])
    expect(detail?.partnerGroups[0]?.organizations[0]).toEqual({
      id: survey.id,
      slug: survey.slug,
      name: survey.name,
      acronym: 'CTS',
      country: 'TH',
    })
  })

  it('carries the facts, body and outcomes', async () => {
    const project = await insertProject({
      acronym: 'IGDP',
      body: 'First paragraph.\n\nSecond paragraph.',
      phase: 'Phase III',
      fundingSource: 'China Geological Survey',
      countries: ['CN', 'TH'],
      topics: ['Geophysics', 'Capacity building'],
      outcomes: ['An updated gravity anomaly map', 'Five training courses'],
      startDate: year(2021),
      endDate: year(2025),
      projectStatus: 'COMPLETED',
    })
    const detail = await getPublishedProjectBySlug(project.slug)
    expect(detail).toMatchObject({
      acronym: 'IGDP',
      body: 'First paragraph.\n\nSecond paragraph.',
      phase: 'Phase III',
      fundingSource: 'China Geological Survey',
      countries: ['CN', 'TH'],
      topics: ['Geophysics', 'Capacity building'],
      outcomes: ['An updated gravity anomaly map', 'Five training courses'],
      projectStatus: 'COMPLETED',
      partnerGroups: [],
    })
  })

  it('lists only published trainings of the project, newest first', async () => {
    const project = await insertProject()
    const other = await insertProject()
    const older = await insertProjectTraining(project.id, { startDate: new Date('2021-05-01T00:00:00Z') })
    const newer = await insertProjectTraining(project.id, { startDate: new Date('2023-05-01T00:00:00Z') })
    await insertProjectTraining(project.id, { status: 'DRAFT' })
    await insertProjectTraining(project.id, { status: 'ARCHIVED' })
    await insertProjectTraining(project.id, { deletedAt: new Date() })
    await insertProjectTraining(other.id)
    const detail = await getPublishedProjectBySlug(project.slug)
    expect(detail?.trainings.map((t) => t.slug)).toEqual([newer.slug, older.slug])
  })

  it('lists only published news about the project, newest first', async () => {
    const project = await insertProject()
    const older = await insertProjectNews({ projectIds: [project.id] }, { publishedAt: new Date('2021-01-20T00:00:00Z') })
    const newer = await insertProjectNews({ projectIds: [project.id] }, { publishedAt: new Date('2022-01-20T00:00:00Z') })
    await insertProjectNews({ projectIds: [project.id] }, { status: 'DRAFT' })
    await insertProjectNews({ projectIds: [project.id] }, { status: 'IN_REVIEW' })
    await insertProjectNews({ projectIds: [project.id] }, { publishedAt: new Date(Date.now() + 86_400_000) })
    const detail = await getPublishedProjectBySlug(project.slug)
    expect(detail?.newsArticles.map((n) => n.slug)).toEqual([newer.slug, older.slug])
    expect(Object.keys(detail?.newsArticles[0] ?? {}).sort()).toEqual(
      ['coverImageAlt', 'coverImageUrl', 'id', 'publishedAt', 'slug', 'summary', 'tags', 'title'].sort(),
    )
  })

  it('relates conferences through published news that mention both, each once, newest first', async () => {
    const project = await insertProject()
    const otherProject = await insertProject()
    const older = await insertConference({ startDate: new Date('2022-03-01T00:00:00Z') })
    const newer = await insertConference({ startDate: new Date('2024-03-01T00:00:00Z') })
    const viaDraftNews = await insertConference()
    const draftConference = await insertConference({ status: 'DRAFT' })
    const trashedConference = await insertConference({ deletedAt: new Date() })
    const otherProjectsConference = await insertConference()
    const unlinked = await insertConference()

    await insertProjectNews({ projectIds: [project.id], conferenceIds: [older.id, newer.id, draftConference.id] })
    await insertProjectNews({ projectIds: [project.id], conferenceIds: [newer.id, trashedConference.id] })
    await insertProjectNews({ projectIds: [project.id], conferenceIds: [viaDraftNews.id] }, { status: 'DRAFT' })
    await insertProjectNews({ projectIds: [otherProject.id], conferenceIds: [otherProjectsConference.id] })
    await insertProjectNews({ conferenceIds: [unlinked.id] })

    const detail = await getPublishedProjectBySlug(project.slug)
    expect(detail?.conferences.map((c) => c.slug)).toEqual([newer.slug, older.slug])
    const otherDetail = await getPublishedProjectBySlug(otherProject.slug)
    expect(otherDetail?.conferences.map((c) => c.slug)).toEqual([otherProjectsConference.slug])
  })

  it('is null for an unknown slug', async () => {
    expect(await getPublishedProjectBySlug(`no-such-project-${unique()}`)).toBeNull()
  })
})

describe('the projects list query', () => {
  it('reads valid filters, in any case for enums and country codes', () => {
    expect(
      ProjectListQuerySchema.parse({ status: 'active', topic: ' Geophysics ', country: 'cn', scope: 'Bilateral', page: '2' }),
    ).toEqual({ status: 'ACTIVE', topic: 'Geophysics', country: 'CN', scope: 'BILATERAL', page: 2 })
  })

  it('falls back to no filter and page 1 for blank, unknown, repeated or malformed values', () => {
    expect(ProjectListQuerySchema.parse({})).toEqual({ page: 1 })
    expect(ProjectListQuerySchema.parse({ status: '', topic: '', country: '', scope: '', page: '' })).toEqual({ page: 1 })
    expect(
      ProjectListQuerySchema.parse({
        status: 'FINISHED',
        topic: 'x'.repeat(101),
        country: 'CHN',
        scope: ['BILATERAL', 'MULTILATERAL'],
        page: '-3',
      }),
    ).toEqual({ page: 1 })
  })
})

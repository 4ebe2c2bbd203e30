import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { actAs } from '../fixtures/session'
import { createUser, unique } from '../fixtures/factories'
import { uniqueWord } from '../fixtures/search-factories'
import {
  getPublishedConferenceBySlug,
  listConferenceYears,
  listPublishedConferences,
  listUpcomingConferences,
} from '@/lib/data/conferences'
import { getCountryOverview, listCountrySummaries } from '@/lib/data/countries'
import { countActiveMous, getPublishedMouBySlug, listMouFilterOptions, listPublishedMous } from '@/lib/data/mous'
import { getPublishedNewsBySlug, listLatestNews, listPublishedNews } from '@/lib/data/news'
import {
  listOpenDataMous,
  listOpenDataOrganizations,
  listOpenDataProjects,
  listOpenDataTrainings,
} from '@/lib/data/open-data'
import {
  getPublishedOrganizationBySlug,
  listOrganizationFilterOptions,
  listPublishedOrganizations,
} from '@/lib/data/organizations'
import {
  countActiveProjects,
  getPublishedProjectBySlug,
  listActiveProjects,
  listProjectFilterOptions,
  listPublishedProjects,
} from '@/lib/data/projects'
import { countSearchResultsByType, listSearchResults } from '@/lib/data/search'
import {
  getPublishedTrainingBySlug,
  listPublishedTrainings,
  listTrainingFilterOptions,
  sumPeopleTrained,
} from '@/lib/data/trainings'
import { db, onQuery } from '@/lib/db'
import { getDashboard, listForAdmin } from '@/lib/editorial/queries'
import { adapters } from '@/lib/editorial/registry'
import type { ContentType } from '@/lib/generated/prisma/enums'

/**
 * Guards against N+1 queries. Every function that loads the data of a public
 * page, the admin lists and the dashboard must send the same number of SQL
 * statements whether its lists and related lists hold 3 rows or 30, and no
 * more than a small fixed number. The statements are counted with the
 * client's query events (onQuery in lib/db.ts), so what is counted is exactly
 * what reaches PostgreSQL.
 */

// Everything created here shares a country, a topic, a year and a search
// word that no other test uses, so the filtered lists hold exactly these rows
// even though the database is shared with the rest of the suite.
const COUNTRY = 'KI'
const YEAR = 1987
const topic = `Query count ${unique()}`
const word = uniqueWord()
const SMALL = 3
const LARGE = 30
/** Large enough that every measured list returns all of its rows on one page. */
const ALL = 1000

let statements: string[] = []
onQuery((event) => statements.push(event.query))

/** Runs `run` and returns its result with the SQL statements it sent, in order. */
async function recordStatements<T>(run: () => Promise<T>): Promise<{ sql: string[]; result: T }> {
  statements = []
  const result = await run()
  const sql = statements
  statements = []
  return { sql, result }
}

const published = () => ({ status: 'PUBLISHED' as const, publishedAt: new Date(Date.now() - 60_000) })
const dayOf = (year: number, day: number) => new Date(Date.UTC(year, 0, 1 + day))

let editor: Awaited<ReturnType<typeof createUser>>

type Ref = { id: string; slug: string }
type HubType = 'organization' | 'project' | 'mou' | 'training' | 'conference' | 'news'

// The detail pages under test. Every round of growth adds rows to each of
// their related lists.
const hub = {} as Record<HubType, Ref>
let created = 0

async function createHubs() {
  const id = unique()
  const select = { id: true, slug: true } as const
  const started = dayOf(YEAR, 0)
  hub.organization = await db.organization.create({
    data: { slug: `qc-org-${id}`, name: `Hub ${word}`, kind: 'GEOLOGICAL_SURVEY', country: COUNTRY, ...published() },
    select,
  })
  hub.project = await db.project.create({
    data: {
      slug: `qc-project-${id}`,
      title: `Hub project ${word}`,
      countries: [COUNTRY],
      topics: [topic],
      startDate: started,
      ...published(),
      partners: { create: { organizationId: hub.organization.id, role: 'LEAD' } },
    },
    select,
  })
  hub.mou = await db.mou.create({
    data: {
      slug: `qc-mou-${id}`,
      country: COUNTRY,
      subject: `Hub agreement ${word}`,
      startDate: started,
      ...published(),
      counterparts: { create: { organizationId: hub.organization.id } },
    },
    select,
  })
  hub.training = await db.training.create({
    data: {
      slug: `qc-training-${id}`,
      title: `Hub workshop ${word}`,
      location: 'Tarawa',
      country: COUNTRY,
      startDate: started,
      organizerId: hub.organization.id,
      projectId: hub.project.id,
      participantsCount: 10,
      ...published(),
      participantCountries: { create: [{ country: COUNTRY, participants: 5 }, { country: 'FJ', participants: null }] },
    },
    select,
  })
  hub.conference = await db.conference.create({
    data: { slug: `qc-conf-${id}`, name: `Hub congress ${word}`, country: COUNTRY, startDate: started, ...published() },
    select,
  })
  hub.news = await db.newsArticle.create({
    data: {
      slug: `qc-news-${id}`,
      title: `Hub news ${word}`,
      ...published(),
      organizations: { connect: { id: hub.organization.id } },
      projects: { connect: { id: hub.project.id } },
      mous: { connect: { id: hub.mou.id } },
      trainings: { connect: { id: hub.training.id } },
      conferences: { connect: { id: hub.conference.id } },
    },
    select,
  })
}

/**
 * Adds `count` published rows of every content type, all linked to the hubs
 * and to each other, each with a revision, a pending draft in review and a
 * scheduled change, plus a draft article by the editor. The types are
 * created in turn, so the dashboard's latest revisions and pending drafts
 * always cover all six of them.
 */
async function grow(count: number) {
  for (let i = 0; i < count; i += 1) {
    const id = unique()
    const n = created++
    const started = dayOf(YEAR, n)
    const select = { id: true } as const
    const editorial = { ...published(), updatedById: editor.id }
    // Every new item is also mentioned by the hub article.
    const inHubNews = { newsArticles: { connect: { id: hub.news.id } } }
    const organization = await db.organization.create({
      data: {
        slug: `qc-org-${id}`,
        name: `Survey ${word} ${n}`,
        kind: n % 2 ? 'UNIVERSITY' : 'GEOLOGICAL_SURVEY',
        country: COUNTRY,
        ...editorial,
        ...inHubNews,
        projects: { create: { projectId: hub.project.id, role: 'PARTNER' } },
        mous: { create: { mouId: hub.mou.id, position: n + 1 } },
      },
      select,
    })
    const project = await db.project.create({
      data: {
        slug: `qc-project-${id}`,
        title: `Project ${word} ${n}`,
        countries: [COUNTRY, 'FJ'],
        topics: [topic],
        projectStatus: n % 2 ? 'ACTIVE' : 'COMPLETED',
        startDate: started,
        ...editorial,
        ...inHubNews,
        partners: {
          create: [
            { organizationId: hub.organization.id, role: 'FUNDER' },
            { organizationId: organization.id, role: 'LEAD' },
          ],
        },
      },
      select,
    })
    const mou = await db.mou.create({
      data: {
        slug: `qc-mou-${id}`,
        country: COUNTRY,
        subject: `Agreement ${word} ${n}`,
        startDate: started,
        endDate: n % 2 ? dayOf(YEAR + 100, 0) : null,
        renewsId: hub.mou.id,
        ...editorial,
        ...inHubNews,
        counterparts: {
          create: [{ organizationId: hub.organization.id }, { organizationId: organization.id, position: 1 }],
        },
      },
      select,
    })
    const training = await db.training.create({
      data: {
        slug: `qc-training-${id}`,
        title: `Workshop ${word} ${n}`,
        location: 'Tarawa',
        country: n % 2 ? COUNTRY : null,
        startDate: started,
        organizerId: hub.organization.id,
        projectId: hub.project.id,
        participantsCount: 3,
        ...editorial,
        ...inHubNews,
        participantCountries: { create: [{ country: COUNTRY, participants: 2 }, { country: 'FJ', participants: 1 }] },
      },
      select,
    })
    const conference = await db.conference.create({
      data: {
        slug: `qc-conf-${id}`,
        name: `Congress ${word} ${n}`,
        country: COUNTRY,
        startDate: started,
        ...editorial,
        ...inHubNews,
      },
      select,
    })
    const news = await db.newsArticle.create({
      data: {
        slug: `qc-news-${id}`,
        title: `News ${word} ${n}`,
        ...editorial,
        organizations: { connect: [{ id: hub.organization.id }, { id: organization.id }] },
        projects: { connect: [{ id: hub.project.id }, { id: project.id }] },
        mous: { connect: [{ id: hub.mou.id }, { id: mou.id }] },
        trainings: { connect: [{ id: hub.training.id }, { id: training.id }] },
        conferences: { connect: [{ id: hub.conference.id }, { id: conference.id }] },
      },
      select,
    })
    await db.newsArticle.create({
      data: { slug: `qc-draft-${id}`, title: `Draft ${word} ${n}`, createdById: editor.id, updatedById: editor.id },
    })
    const items: Array<[ContentType, string]> = [
      ['ORGANIZATION', organization.id],
      ['PROJECT', project.id],
      ['MOU', mou.id],
      ['TRAINING', training.id],
      ['CONFERENCE', conference.id],
      ['NEWS', news.id],
    ]
    for (const [entityType, entityId] of items) {
      // A Chinese title for every item, so the Chinese reads have translations to load.
      await db.translation.create({
        data: {
          entityType,
          entityId,
          locale: 'zh',
          field: TITLE_FIELD[entityType],
          value: `译文 ${n}`,
          source: `Item ${n}`,
        },
      })
      await db.revision.create({
        data: {
          entityType,
          entityId,
          version: 1,
          action: 'CREATE',
          status: 'PUBLISHED',
          title: `Item ${n}`,
          data: {},
          authorId: editor.id,
        },
      })
      await db.pendingDraft.create({ data: { entityType, entityId, data: {}, inReview: true, updatedById: editor.id } })
      await db.scheduledChange.create({
        data: { entityType, entityId, action: 'UNPUBLISH', runAt: dayOf(2100, n), createdById: editor.id },
      })
    }
  }
}

/** The column that holds each content type's title, as translations name it. */
const TITLE_FIELD: Record<ContentType, string> = {
  ORGANIZATION: 'name',
  PROJECT: 'title',
  MOU: 'subject',
  CONFERENCE: 'name',
  TRAINING: 'title',
  NEWS: 'title',
}

type Measure = {
  name: string
  /** The most statements the function may send, however many rows there are. */
  max: number
  run: () => Promise<number>
}

/**
 * A function to measure: `rows` says how many rows its result holds, so the
 * test can check that the second round really loaded more of them (0 when
 * the result is a fixed-size summary).
 */
function measure<T>(name: string, max: number, load: () => Promise<T>, rows: (result: T) => number): Measure {
  return { name, max, run: async () => rows(await load()) }
}

const none = () => 0
const items = (result: { items: unknown[] }) => result.items.length
const asEditor = <T>(load: () => Promise<T>) => () => {
  actAs(editor)
  return load()
}
function found<T>(value: T | null): T {
  if (value === null) throw new Error('The hub row was not found')
  return value
}

const measures: Measure[] = [
  // Public lists and their filter choices.
  measure('listPublishedNews', 2, () => listPublishedNews(1, ALL), items),
  measure('listPublishedOrganizations', 2, () => listPublishedOrganizations({ country: COUNTRY, pageSize: ALL }), items),
  measure('listOrganizationFilterOptions', 2, listOrganizationFilterOptions, none),
  measure('listPublishedProjects', 4, () => listPublishedProjects({ topic, pageSize: ALL }), items),
  measure('listProjectFilterOptions', 3, listProjectFilterOptions, none),
  measure('listPublishedMous', 4, () => listPublishedMous({ country: COUNTRY, pageSize: ALL }), items),
  measure('listMouFilterOptions', 5, () => listMouFilterOptions(), none),
  measure('listPublishedConferences', 2, () => listPublishedConferences({ year: YEAR, pageSize: ALL }), items),
  measure('listConferenceYears', 1, listConferenceYears, none),
  measure('listPublishedTrainings', 3, () => listPublishedTrainings({ country: COUNTRY, pageSize: ALL }), items),
  measure('listTrainingFilterOptions', 3, listTrainingFilterOptions, none),
  // Detail pages, whose related lists all grow.
  measure(
    'getPublishedNewsBySlug',
    6,
    async () => found(await getPublishedNewsBySlug(hub.news.slug)),
    (n) => n.projects.length + n.organizations.length + n.mous.length + n.trainings.length + n.conferences.length,
  ),
  measure(
    'getPublishedOrganizationBySlug',
    8,
    async () => found(await getPublishedOrganizationBySlug(hub.organization.slug)),
    (o) => o.mous.length + o.projects.length + o.trainings.length + o.newsArticles.length,
  ),
  measure(
    'getPublishedProjectBySlug',
    8,
    async () => found(await getPublishedProjectBySlug(hub.project.slug)),
    (p) =>
      p.partnerGroups.flatMap((g) => g.organizations).length +
      p.trainings.length +
      p.newsArticles.length +
      p.conferences.length,
  ),
  measure(
    'getPublishedMouBySlug',
    7,
    async () => found(await getPublishedMouBySlug(hub.mou.slug)),
    (m) => m.counterparts.length + m.renewedBy.length + m.newsArticles.length,
  ),
  measure(
    'getPublishedTrainingBySlug',
    5,
    async () => found(await getPublishedTrainingBySlug(hub.training.slug)),
    (t) => t.newsArticles.length,
  ),
  measure(
    'getPublishedConferenceBySlug',
    2,
    async () => found(await getPublishedConferenceBySlug(hub.conference.slug)),
    (c) => c.newsArticles.length,
  ),
  // The home page loads all of these at once.
  measure(
    'home page',
    12,
    () =>
      Promise.all([
        listCountrySummaries(),
        countActiveMous(),
        countActiveProjects(),
        sumPeopleTrained(),
        listLatestNews(4),
        listActiveProjects(3),
        listUpcomingConferences(3),
      ]),
    none,
  ),
  // The countries index and a country page.
  measure('listCountrySummaries', 6, listCountrySummaries, none),
  measure('getCountryOverview', 8, async () => found(await getCountryOverview(COUNTRY)), (c) => c.total),
  // Site search: a page of hits and the counts per type.
  measure('listSearchResults', 2, () => listSearchResults({ q: word, page: 1 }, ALL), items),
  measure('countSearchResultsByType', 1, () => countSearchResultsByType(word), none),
  // The open-data API, which reads related rows in batches.
  measure('listOpenDataOrganizations', 6, () => listOpenDataOrganizations(1, ALL), items),
  measure('listOpenDataProjects', 6, () => listOpenDataProjects(1, ALL), items),
  measure('listOpenDataMous', 6, () => listOpenDataMous(1, ALL), items),
  measure('listOpenDataTrainings', 6, () => listOpenDataTrainings(1, ALL), items),
  // Admin lists of every type, searched for the rows made here, with and without the pending filter.
  ...adapters.flatMap((adapter) => [
    measure(`listForAdmin(${adapter.type})`, 6, asEditor(() => listForAdmin(adapter, { q: word, page: 1, pageSize: ALL })), items),
    measure(
      `listForAdmin(${adapter.type}, PENDING)`,
      7,
      asEditor(() => listForAdmin(adapter, { q: word, status: 'PENDING', page: 1, pageSize: ALL })),
      items,
    ),
  ]),
  measure('getDashboard', 28, asEditor(getDashboard), (d) => d.myDrafts.length + d.inReview.length + d.recent.length),
  // The same public reads for a Chinese page: the translations of every row
  // shown, related rows included, come in one more statement.
  measure('listPublishedNews (zh)', 3, () => listPublishedNews(1, ALL, 'zh'), items),
  measure(
    'listPublishedOrganizations (zh)',
    3,
    () => listPublishedOrganizations({ country: COUNTRY, pageSize: ALL }, 'zh'),
    items,
  ),
  measure('listPublishedProjects (zh)', 5, () => listPublishedProjects({ topic, pageSize: ALL }, 'zh'), items),
  measure('listPublishedMous (zh)', 5, () => listPublishedMous({ country: COUNTRY, pageSize: ALL }, undefined, 'zh'), items),
  measure(
    'listPublishedConferences (zh)',
    3,
    () => listPublishedConferences({ year: YEAR, pageSize: ALL }, undefined, 'zh'),
    items,
  ),
  measure('listPublishedTrainings (zh)', 4, () => listPublishedTrainings({ country: COUNTRY, pageSize: ALL }, 'zh'), items),
  measure(
    'getPublishedNewsBySlug (zh)',
    7,
    async () => found(await getPublishedNewsBySlug(hub.news.slug, 'zh')),
    (n) => n.projects.length + n.organizations.length + n.mous.length + n.trainings.length + n.conferences.length,
  ),
  measure(
    'getPublishedOrganizationBySlug (zh)',
    9,
    async () => found(await getPublishedOrganizationBySlug(hub.organization.slug, 'zh')),
    (o) => o.mous.length + o.projects.length + o.trainings.length + o.newsArticles.length,
  ),
  measure(
    'getPublishedProjectBySlug (zh)',
    9,
    async () => found(await getPublishedProjectBySlug(hub.project.slug, 'zh')),
    (p) =>
      p.partnerGroups.flatMap((g) => g.organizations).length +
      p.trainings.length +
      p.newsArticles.length +
      p.conferences.length,
  ),
  measure(
    'getPublishedMouBySlug (zh)',
    8,
    async () => found(await getPublishedMouBySlug(hub.mou.slug, 'zh')),
    (m) => m.counterparts.length + m.renewedBy.length + m.newsArticles.length,
  ),
  measure(
    'getPublishedTrainingBySlug (zh)',
    6,
    async () => found(await getPublishedTrainingBySlug(hub.training.slug, 'zh')),
    (t) => t.newsArticles.length,
  ),
  measure(
    'getPublishedConferenceBySlug (zh)',
    3,
    async () => found(await getPublishedConferenceBySlug(hub.conference.slug, 'zh')),
    (c) => c.newsArticles.length,
  ),
  measure(
    'home page (zh)',
    15,
    () =>
      Promise.all([
        listCountrySummaries(),
        countActiveMous(),
        countActiveProjects(),
        sumPeopleTrained(),
        listLatestNews(4, 'zh'),
        listActiveProjects(3, 'zh'),
        listUpcomingConferences(3, undefined, 'zh'),
      ]),
    none,
  ),
  measure('getCountryOverview (zh)', 9, async () => found(await getCountryOverview(COUNTRY, 'zh')), (c) => c.total),
  measure('listSearchResults (zh)', 3, () => listSearchResults({ q: word, page: 1 }, ALL, 'zh'), items),
]

type Round = { statements: string[]; rows: number }
const rounds = new Map<string, Round[]>()

async function measureAll() {
  for (const { name, run } of measures) {
    const { sql, result } = await recordStatements(run)
    rounds.set(name, [...(rounds.get(name) ?? []), { statements: sql, rows: result }])
  }
}

beforeAll(async () => {
  editor = await createUser('EDITOR')
  await createHubs()
  await grow(SMALL)
  await measureAll()
  await grow(LARGE - SMALL)
  await measureAll()
}, 180_000)

afterAll(() => actAs(null))

describe('the query log', () => {
  it('records every statement the client sends, in parallel or not', async () => {
    const { sql } = await recordStatements(() =>
      Promise.all([db.user.count(), db.organization.findFirst({ select: { id: true } })]),
    )
    expect(sql).toHaveLength(2)
    expect(sql.every((s) => /^\s*SELECT/i.test(s))).toBe(true)
    const { sql: sequential } = await recordStatements(async () => {
      await db.user.count()
      await db.user.count()
      await db.user.count()
    })
    expect(sequential).toHaveLength(3)
  })
})

describe('page data needs a fixed number of queries, whatever the number of rows', () => {
  it.each(measures.map((m) => [m.name, m.max] as const))('%s: at most %i, with 3 rows as with 30', (name, max) => {
    const [small, large] = rounds.get(name) ?? []
    if (!small || !large) throw new Error(`${name} was not measured twice`)
    // Lists that hold rows made here must really have grown, or the comparison proves nothing.
    if (small.rows > 0) expect(large.rows).toBeGreaterThan(small.rows)
    const log = `with ${SMALL} rows:\n${small.statements.join('\n')}\n\nwith ${LARGE} rows:\n${large.statements.join('\n')}`
    expect(large.statements.length, log).toBe(small.statements.length)
    expect(large.statements.length, log).toBeGreaterThan(0)
    expect(large.statements.length, log).toBeLessThanOrEqual(max)
  })
})

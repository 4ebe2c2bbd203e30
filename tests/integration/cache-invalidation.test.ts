import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { actAs } from '../fixtures/session'
import { insertMedia, ok } from '../fixtures/editorial'
import { createUser, unique } from '../fixtures/factories'
import { TAGS } from '@/lib/cache-tags'
import { listUpcomingConferences } from '@/lib/data/conferences'
import { getCountryOverview, listCountrySummaries } from '@/lib/data/countries'
import { countActiveMous, getPublishedMouBySlug, listMouFilterOptions, listPublishedMous } from '@/lib/data/mous'
import { getPublishedNewsBySlug, listLatestNews, listPublishedNews } from '@/lib/data/news'
import { getPublishedOrganizationBySlug, listOrganizationFilterOptions, listPublishedOrganizations } from '@/lib/data/organizations'
import { countActiveProjects, getPublishedProjectBySlug, listActiveProjects } from '@/lib/data/projects'
import { getPublishedTrainingBySlug, listPublishedTrainings, sumPeopleTrained } from '@/lib/data/trainings'
import { db } from '@/lib/db'
import { newsAdapter } from '@/lib/editorial/adapters/news'
import { organizationAdapter } from '@/lib/editorial/adapters/organizations'
import { trainingAdapter } from '@/lib/editorial/adapters/trainings'
import { mediaTags } from '@/lib/editorial/invalidate'
import { runDueSchedules } from '@/lib/editorial/scheduler'
import { createItem, purgeItem, restoreItem, saveItem, scheduleItem, transitionItem, trashItem } from '@/lib/editorial/service'
import type { ContentAdapter, FormValues } from '@/lib/editorial/types'

// The boundary with Next.js is recorded instead of run: `cacheTag` calls tell
// which tags the pages' cached reads carry, `updateTag` calls (Server
// Actions) and the cache handlers' `updateTags` (the scheduled job) tell
// which tags a change expired. Everything in between — the reads, the
// editorial core and its invalidation — is the real code on the real database.
const recorded = vi.hoisted(() => ({ tagged: [] as string[], expired: [] as string[], expiredInBackground: [] as string[] }))

vi.mock('next/cache', () => ({
  cacheLife: () => {},
  cacheTag: (...tags: string[]) => {
    recorded.tagged.push(...tags)
  },
  updateTag: (tag: string) => {
    recorded.expired.push(tag)
  },
}))

vi.mock('next/dist/server/use-cache/handlers', () => ({
  getCacheHandlers: () => [
    {
      updateTags: async (tags: string[]) => {
        recorded.expiredInBackground.push(...tags)
      },
    },
  ],
}))

type Adapter = ContentAdapter<{ slug: string }>
const news = newsAdapter as unknown as Adapter
const organizations = organizationAdapter as unknown as Adapter
const trainings = trainingAdapter as unknown as Adapter

type User = Awaited<ReturnType<typeof createUser>>
let editor: User
let admin: User

beforeAll(async () => {
  // The data layer and the invalidation only tag and expire inside the Next.js
  // server, which it recognises by NEXT_RUNTIME.
  vi.stubEnv('NEXT_RUNTIME', 'nodejs')
  editor = await createUser('EDITOR')
  admin = await createUser('ADMIN')
})

afterAll(() => {
  vi.unstubAllEnvs()
})

beforeEach(() => {
  recorded.expired.length = 0
  recorded.expiredInBackground.length = 0
})

afterEach(() => actAs(null))

/**
 * The tags that the cached reads behind a page (or a part of it) carry. When
 * all of them are expired, those reads and the prerendered page that contains
 * them are computed afresh on the next request.
 */
async function tagsOfPage(...reads: Array<() => Promise<unknown>>): Promise<string[]> {
  recorded.tagged.length = 0
  for (const read of reads) await read()
  const tags = [...new Set(recorded.tagged)]
  // A page whose reads carry no tag could never be refreshed; guard the test against that.
  expect(tags.length).toBeGreaterThan(0)
  return tags
}

// The reads of the home page (app/(public)/page.tsx), by what they show.
const home = {
  news: () => tagsOfPage(() => listLatestNews(4)),
  partnerCountries: () => tagsOfPage(() => listCountrySummaries()),
  peopleTrained: () => tagsOfPage(() => sumPeopleTrained()),
  all: () =>
    tagsOfPage(
      () => listCountrySummaries(),
      () => countActiveMous(),
      () => countActiveProjects(),
      () => sumPeopleTrained(),
      () => listLatestNews(4),
      () => listActiveProjects(3),
      () => listUpcomingConferences(3),
    ),
}

/** Whether a change expired at least one tag of the page, so that the prerendered page is rendered again. */
function touches(expired: string[], pageTags: string[]): boolean {
  return pageTags.some((tag) => expired.includes(tag))
}

const published = () => ({ status: 'PUBLISHED' as const, publishedAt: new Date(Date.now() - 60_000) })

async function insertOrganization(country: string) {
  const id = unique()
  return db.organization.create({
    data: { slug: `cache-org-${id}`, name: `Cache Test Survey ${id}`, kind: 'GEOLOGICAL_SURVEY', country, ...published() },
    select: { id: true, slug: true },
  })
}

async function insertProject(countries: string[], partnerIds: string[] = []) {
  const id = unique()
  return db.project.create({
    data: {
      slug: `cache-project-${id}`,
      title: `Cache test mapping project ${id}`,
      countries,
      ...published(),
      partners: { create: partnerIds.map((organizationId) => ({ organizationId, role: 'PARTNER' as const })) },
    },
    select: { id: true, slug: true },
  })
}

async function insertMou(country: string, counterpartIds: string[]) {
  const id = unique()
  return db.mou.create({
    data: {
      slug: `cache-mou-${id}`,
      country,
      subject: `Cache test cooperation ${id}`,
      startDate: new Date('2020-01-01T00:00:00Z'),
      endTerm: 'Indefinite',
      ...published(),
      counterparts: { create: counterpartIds.map((organizationId, position) => ({ organizationId, position })) },
    },
    select: { id: true, slug: true },
  })
}

async function insertTraining(host: string, participants: string[], projectId: string) {
  const id = unique()
  return db.training.create({
    data: {
      slug: `cache-training-${id}`,
      title: `Cache test workshop ${id}`,
      startDate: new Date('2023-07-03T00:00:00Z'),
      location: 'Field station',
      country: host,
      projectId,
      participantsCount: 12,
      ...published(),
      participantCountries: { create: participants.map((country) => ({ country, participants: 4 })) },
    },
    select: { id: true, slug: true },
  })
}

function article(overrides: FormValues = {}): FormValues {
  const id = unique()
  return {
    title: `Cache test article ${id}`,
    slug: `cache-news-${id}`,
    summary: 'A short summary.',
    body: 'The text of the article.',
    tags: '',
    ...overrides,
  }
}

describe('publishing and editing through the editorial core', () => {
  it('expires the home page, the news list, the article page and the page of the project it is about', async () => {
    const project = await insertProject(['MN'])
    actAs(editor)
    const created = ok(await createItem(news, article({ projectIds: project.id })))
    // A new draft is not public: nothing to expire yet.
    expect(recorded.expired).toEqual([])

    ok(await transitionItem(news, created.id, 'PUBLISH', created.version))

    const pages = [
      await home.news(),
      await tagsOfPage(() => listPublishedNews(1)),
      await tagsOfPage(() => getPublishedNewsBySlug(created.slug)),
      await tagsOfPage(() => getPublishedProjectBySlug(project.slug)),
    ]
    for (const tags of pages) expect(recorded.expired).toEqual(expect.arrayContaining(tags))
    expect(touches(recorded.expired, await home.all())).toBe(true)
    expect(recorded.expired).toEqual(expect.arrayContaining([TAGS.feeds, TAGS.search, TAGS.sitemap, TAGS.openData]))
    // The article really is on the pages whose cache was expired.
    expect((await listPublishedNews(1, 100)).items.map((a) => a.slug)).toContain(created.slug)
    expect((await getPublishedProjectBySlug(project.slug))?.newsArticles.map((a) => a.slug)).toContain(created.slug)
  })

  it('waits for the pending changes of a published article to be published, then expires the old slug and the new', async () => {
    actAs(editor)
    const created = ok(await createItem(news, article()))
    const live = ok(await transitionItem(news, created.id, 'PUBLISH', created.version))
    const newSlug = `cache-renamed-${unique()}`
    recorded.expired.length = 0

    const saved = ok(await saveItem(news, created.id, article({ slug: newSlug, title: 'Renamed article' }), live.version))
    // Saved as unpublished changes: the public pages still show the live version.
    expect(recorded.expired).toEqual([])

    ok(await transitionItem(news, created.id, 'PUBLISH', saved.version))

    const oldPage = await tagsOfPage(() => getPublishedNewsBySlug(created.slug))
    const newPage = await tagsOfPage(() => getPublishedNewsBySlug(newSlug))
    for (const tags of [oldPage, newPage, await home.news(), await tagsOfPage(() => listPublishedNews(1))])
      expect(recorded.expired).toEqual(expect.arrayContaining(tags))
    expect(await getPublishedNewsBySlug(created.slug)).toBeNull()
    expect((await getPublishedNewsBySlug(newSlug))?.title).toBe('Renamed article')
  })

  it('expires nothing for a change the public cannot see', async () => {
    actAs(editor)
    const created = ok(await createItem(news, article()))
    const saved = ok(await saveItem(news, created.id, article({ title: 'Still a draft' }), created.version))
    ok(await transitionItem(news, created.id, 'SUBMIT', saved.version))
    expect(recorded.expired).toEqual([])
  })
})

describe('unpublishing a partner', () => {
  it('expires its country page, the country of its MOU, the MOU list and every page that names it', async () => {
    const organization = await insertOrganization('MN')
    const mou = await insertMou('KH', [organization.id])
    const project = await insertProject(['LA'], [organization.id])
    actAs(editor)

    ok(await transitionItem(organizations, organization.id, 'UNPUBLISH', 1))

    const pages = [
      await home.partnerCountries(),
      await tagsOfPage(() => getCountryOverview('MN')),
      // The MOU's country page lists its counterparts by name.
      await tagsOfPage(() => getCountryOverview('KH')),
      await tagsOfPage(
        () => listPublishedOrganizations(),
        () => listOrganizationFilterOptions(),
      ),
      await tagsOfPage(
        () => listPublishedMous(),
        () => listMouFilterOptions(),
      ),
      await tagsOfPage(() => getPublishedOrganizationBySlug(organization.slug)),
      await tagsOfPage(() => getPublishedMouBySlug(mou.slug)),
      await tagsOfPage(() => getPublishedProjectBySlug(project.slug)),
    ]
    for (const tags of pages) expect(recorded.expired).toEqual(expect.arrayContaining(tags))
    expect((await getCountryOverview('KH'))?.mous.find((m) => m.slug === mou.slug)?.counterparts).toEqual([])
  })
})

describe('the trash', () => {
  it('expires the pages of a published training when it is trashed, restored and deleted for good', async () => {
    const project = await insertProject(['TH'])
    const training = await insertTraining('TH', ['VN', 'LA'], project.id)
    const pages = async () => [
      await home.peopleTrained(),
      await home.partnerCountries(),
      await tagsOfPage(() => listPublishedTrainings()),
      await tagsOfPage(() => getPublishedTrainingBySlug(training.slug)),
      await tagsOfPage(() => getPublishedProjectBySlug(project.slug)),
      await tagsOfPage(() => getCountryOverview('TH')),
      await tagsOfPage(() => getCountryOverview('VN')),
      await tagsOfPage(() => getCountryOverview('LA')),
    ]

    actAs(editor)
    ok(await trashItem(trainings, training.id))
    for (const tags of await pages()) expect(recorded.expired).toEqual(expect.arrayContaining(tags))
    expect(await getPublishedTrainingBySlug(training.slug)).toBeNull()

    recorded.expired.length = 0
    ok(await restoreItem(trainings, training.id))
    for (const tags of await pages()) expect(recorded.expired).toEqual(expect.arrayContaining(tags))
    expect((await getPublishedTrainingBySlug(training.slug))?.slug).toBe(training.slug)

    ok(await trashItem(trainings, training.id))
    recorded.expired.length = 0
    actAs(admin)
    ok(await purgeItem(trainings, training.id))
    expect(recorded.expired).toEqual(
      expect.arrayContaining([TAGS.item('trainings', training.slug), TAGS.item('projects', project.slug), TAGS.country('VN')]),
    )
  })

  it('expires nothing when a draft goes to the trash', async () => {
    actAs(editor)
    const created = ok(await createItem(news, article()))
    ok(await trashItem(news, created.id))
    expect(recorded.expired).toEqual([])
  })
})

describe('the scheduled publishing job', () => {
  it('expires the pages of a scheduled publish from outside any request', async () => {
    actAs(editor)
    const created = ok(await createItem(news, article()))
    expect(await scheduleItem(news, created.id, 'PUBLISH', new Date(Date.now() + 60_000))).toEqual({ ok: true })
    actAs(null)

    const run = await runDueSchedules(new Date(Date.now() + 5 * 60_000))

    expect(run.done).toBeGreaterThanOrEqual(1)
    for (const tags of [
      await home.news(),
      await tagsOfPage(() => listPublishedNews(1)),
      await tagsOfPage(() => getPublishedNewsBySlug(created.slug)),
    ])
      expect(recorded.expiredInBackground).toEqual(expect.arrayContaining(tags))
    // updateTag only works inside a Server Action; the job must not use it.
    expect(recorded.expired).toEqual([])
  })

  it('expires the pages of an item once its own publish date has arrived, and only once', async () => {
    const inTenMinutes = new Date(Date.now() + 10 * 60_000)
    const row = await db.newsArticle.create({
      data: { slug: `cache-future-${unique()}`, title: 'Published with a future date', status: 'PUBLISHED', publishedAt: inTenMinutes },
      select: { slug: true },
    })

    await runDueSchedules(new Date(inTenMinutes.getTime() - 60_000))
    expect(recorded.expiredInBackground).not.toContain(TAGS.item('news', row.slug))

    await runDueSchedules(new Date(inTenMinutes.getTime() + 60_000))
    const tags = await tagsOfPage(() => getPublishedNewsBySlug(row.slug))
    expect(recorded.expiredInBackground).toEqual(expect.arrayContaining([...tags, TAGS.home, TAGS.list('news')]))

    recorded.expiredInBackground.length = 0
    await runDueSchedules(new Date(inTenMinutes.getTime() + 2 * 60_000))
    expect(recorded.expiredInBackground).not.toContain(TAGS.item('news', row.slug))
  })
})

describe('the media library', () => {
  it('names the pages that list a document, so trashing the file refreshes them', async () => {
    const project = await insertProject(['MN'])
    const media = await insertMedia()
    await db.project.update({ where: { id: project.id }, data: { documents: { connect: { id: media.id } } } })

    const page = await tagsOfPage(() => getPublishedProjectBySlug(project.slug))
    expect(await mediaTags(media.id)).toEqual(expect.arrayContaining(page))
  })
})

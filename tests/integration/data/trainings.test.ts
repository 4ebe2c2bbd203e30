import { describe, expect, it } from 'vitest'
import {
  insertTraining,
  insertTrainingNews,
  insertTrainingOrganizer,
  insertTrainingProject,
} from '../../fixtures/training-factories'
import {
  getPublishedTrainingBySlug,
  listPublishedTrainings,
  listTrainingFilterOptions,
  sumPeopleTrained,
} from '@/lib/data/trainings'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

async function listedSlugs(filters: { year?: number; country?: string } = {}) {
  const { items } = await listPublishedTrainings({ ...filters, page: 1, pageSize: 1000 })
  return items.map((t) => t.slug)
}

describe('public training list', () => {
  it('lists the newest trainings first and paginates', async () => {
    const older = await insertTraining({ startDate: day('1981-02-01') })
    const newer = await insertTraining({ startDate: day('1981-09-15') })
    const order = await listedSlugs()
    expect(order.indexOf(newer.slug)).toBeGreaterThanOrEqual(0)
    expect(order.indexOf(newer.slug)).toBeLessThan(order.indexOf(older.slug))

    const all = await listPublishedTrainings({ page: 1, pageSize: 1000 })
    const second = await listPublishedTrainings({ page: 2, pageSize: 1 })
    expect(second.items).toHaveLength(1)
    expect(second.totalPages).toBe(all.total)
  })

  it('filters by the year a training started, including its first and last day', async () => {
    const firstDay = await insertTraining({ startDate: day('1971-01-01') })
    const lastDay = await insertTraining({ startDate: day('1971-12-31'), endDate: day('1972-01-03') })
    const yearBefore = await insertTraining({ startDate: day('1970-12-31') })
    const yearAfter = await insertTraining({ startDate: day('1972-01-01') })

    const slugs = await listedSlugs({ year: 1971 })
    expect(slugs).toEqual(expect.arrayContaining([firstDay.slug, lastDay.slug]))
    expect(slugs).not.toContain(yearBefore.slug)
    expect(slugs).not.toContain(yearAfter.slug)
  })

  it('filters by country, matching the host country as well as participant countries', async () => {
    const hosted = await insertTraining({ country: 'NP' })
    const attended = await insertTraining({ country: 'JP', participantCountries: [{ country: 'NP', participants: 3 }] })
    const both = await insertTraining({
      country: 'NP',
      participantCountries: [
        { country: 'NP', participants: 5 },
        { country: 'BT', participants: 2 },
      ],
    })
    const elsewhere = await insertTraining({ country: 'JP', participantCountries: [{ country: 'PE', participants: 1 }] })

    const slugs = await listedSlugs({ country: 'NP' })
    expect(slugs).toEqual(expect.arrayContaining([hosted.slug, attended.slug, both.slug]))
    expect(slugs).not.toContain(elsewhere.slug)
    expect(slugs.filter((s) => s === both.slug)).toHaveLength(1)

    const combined = await listedSlugs({ country: 'NP', year: 2022 })
    expect(combined).toContain(both.slug)
    expect(await listedSlugs({ country: 'NP', year: 1999 })).not.toContain(both.slug)
  })

  it('gives each card its participants and number of participant countries', async () => {
    const row = await insertTraining({
      participantsCount: 12,
      participantCountries: [
        { country: 'LA', participants: null },
        { country: 'KH', participants: 4 },
      ],
    })
    const { items } = await listPublishedTrainings({ page: 1, pageSize: 1000 })
    const card = items.find((t) => t.slug === row.slug)
    expect(card).toMatchObject({ participantsCount: 12, participantCountryCount: 2 })
    expect(card).not.toHaveProperty('_count')
  })

  it('offers as filters only the years and countries of published trainings', async () => {
    await insertTraining({
      startDate: day('1903-05-01'),
      country: 'TO',
      participantCountries: [{ country: 'TV', participants: 2 }],
    })
    await insertTraining({
      status: 'DRAFT',
      startDate: day('1902-05-01'),
      country: 'NR',
      participantCountries: [{ country: 'PW', participants: 2 }],
    })

    const { years, countries } = await listTrainingFilterOptions()
    expect(years).toContain(1903)
    expect(years).not.toContain(1902)
    expect(years).toEqual([...years].sort((a, b) => b - a))
    expect(new Set(years).size).toBe(years.length)

    const codes = countries.map((c) => c.code)
    expect(codes).toEqual(expect.arrayContaining(['TO', 'TV']))
    expect(codes).not.toContain('NR')
    expect(codes).not.toContain('PW')
    expect(countries.find((c) => c.code === 'TV')?.name).toBe('Tuvalu')
    const names = countries.map((c) => c.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })))
  })
})

describe('public training reads and the published filter', () => {
  it('hide drafts, trainings in review, archived, future-dated and trashed ones', async () => {
    const published = await insertTraining()
    const hidden = await Promise.all([
      insertTraining({ status: 'DRAFT' }),
      insertTraining({ status: 'IN_REVIEW' }),
      insertTraining({ status: 'ARCHIVED', publishedAt: new Date(Date.now() - 86_400_000) }),
      insertTraining({ publishedAt: new Date(Date.now() + 86_400_000) }),
      insertTraining({ deletedAt: new Date() }),
    ])

    const slugs = await listedSlugs()
    expect(slugs).toContain(published.slug)
    expect((await getPublishedTrainingBySlug(published.slug))?.title).toBe(published.title)
    for (const row of hidden) {
      expect(slugs).not.toContain(row.slug)
      expect(await getPublishedTrainingBySlug(row.slug)).toBeNull()
    }
  })

  it('link a published organizer, project and news on the detail page', async () => {
    const organizer = await insertTrainingOrganizer()
    const project = await insertTrainingProject()
    const training = await insertTraining({
      organizerId: organizer.id,
      projectId: project.id,
      topics: ['Geochemical mapping'],
      participantCountries: [
        { country: 'PE', participants: null },
        { country: 'AR', participants: 3 },
        { country: 'LA', participants: 2 },
      ],
    })
    const news = await insertTrainingNews([training.id])

    const detail = await getPublishedTrainingBySlug(training.slug)
    expect(detail?.organizer).toMatchObject({ slug: organizer.slug, name: organizer.name })
    expect(detail?.project).toMatchObject({ slug: project.slug, title: project.title })
    expect(detail?.newsArticles.map((n) => n.slug)).toEqual([news.slug])
    expect(detail?.topics).toEqual(['Geochemical mapping'])
    expect(detail?.participantCountries).toEqual([
      { country: 'AR', name: 'Argentina', participants: 3 },
      { country: 'LA', name: 'Laos', participants: 2 },
      { country: 'PE', name: 'Peru', participants: null },
    ])
  })

  it('leave out an unpublished organizer, project and news', async () => {
    const organizer = await insertTrainingOrganizer({ status: 'DRAFT' })
    const project = await insertTrainingProject({ status: 'ARCHIVED', publishedAt: new Date(Date.now() - 86_400_000) })
    const training = await insertTraining({ organizerId: organizer.id, projectId: project.id })
    const published = await insertTrainingNews([training.id])
    await insertTrainingNews([training.id], { status: 'DRAFT' })
    await insertTrainingNews([training.id], { status: 'IN_REVIEW' })
    await insertTrainingNews([training.id], { deletedAt: new Date() })
    await insertTrainingNews([training.id], { publishedAt: new Date(Date.now() + 86_400_000) })

    const detail = await getPublishedTrainingBySlug(training.slug)
    expect(detail).not.toBeNull()
    expect(detail?.organizer).toBeNull()
    expect(detail?.project).toBeNull()
    expect(detail?.newsArticles.map((n) => n.slug)).toEqual([published.slug])

    const trashedOrganizer = await insertTrainingOrganizer({ deletedAt: new Date() })
    const futureProject = await insertTrainingProject({ publishedAt: new Date(Date.now() + 86_400_000) })
    const other = await insertTraining({ organizerId: trashedOrganizer.id, projectId: futureProject.id })
    const otherDetail = await getPublishedTrainingBySlug(other.slug)
    expect(otherDetail?.organizer).toBeNull()
    expect(otherDetail?.project).toBeNull()
  })
})

describe('people trained', () => {
  it('adds up the participants of published trainings only', async () => {
    const before = await sumPeopleTrained()
    await insertTraining({ participantsCount: 7 })
    await insertTraining({ participantsCount: null })
    await insertTraining({ participantsCount: 100, status: 'DRAFT' })
    await insertTraining({ participantsCount: 40, status: 'IN_REVIEW' })
    await insertTraining({ participantsCount: 50, deletedAt: new Date() })
    await insertTraining({ participantsCount: 30, publishedAt: new Date(Date.now() + 86_400_000) })
    expect(await sumPeopleTrained()).toBe(before + 7)
  })
})

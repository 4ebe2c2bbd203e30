import 'server-only'
import { TAGS } from '@/lib/cache-tags'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { countryName } from '@/lib/utils'
import type { Locale } from '@/lib/i18n/locales'
import { cachePublished } from './cache'
import { idsOf, loadLocalizer } from './localize'
import { PAGE_SIZE, paginate, PRERENDER_LIMIT, publishedWhere } from './published'

const trainingCardSelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  location: true,
  country: true,
  participantsCount: true,
  // Counted from the rows of this page (see toCard). Prisma's `_count` joins
  // a count over the whole TrainingCountry table, which grows with every
  // training ever recorded instead of with the page.
  participantCountries: { select: { country: true } },
} satisfies Prisma.TrainingSelect

// The same fields as `newsCardSelect` in lib/data/news.ts, so that related
// articles render with the shared NewsCard.
const relatedNewsSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  publishedAt: true,
  coverImageUrl: true,
  coverImageAlt: true,
  tags: true,
} satisfies Prisma.NewsArticleSelect

// Related lists carry the published predicate of the related row, so a public
// page never links to a draft, archived or trashed article. The organizer and
// the project are to-one relations, which Prisma cannot filter inside a
// select; their ids are read here and the rows fetched with publishedWhere().
function trainingDetailSelect() {
  return {
    ...trainingCardSelect,
    summary: true,
    body: true,
    topics: true,
    organizerId: true,
    projectId: true,
    participantCountries: { select: { country: true, participants: true } },
    newsArticles: {
      where: publishedWhere(),
      select: relatedNewsSelect,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    },
  } satisfies Prisma.TrainingSelect
}

const byName = new Intl.Collator('en', { sensitivity: 'base' }).compare

type CardRow = Prisma.TrainingGetPayload<{ select: typeof trainingCardSelect }>

// The number of participant countries is a count of TrainingCountry rows;
// cards need only that number, not the countries themselves.
function toCard({ participantCountries, ...training }: CardRow) {
  return { ...training, participantCountryCount: participantCountries.length }
}

/** The first instant of a calendar year and of the next one, in UTC, as start dates are stored. */
function yearBounds(year: number) {
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) }
}

// ---- Public reads --------------------------------------------------------
// Cached (see lib/data/cache.ts) and tagged with the page they serve, so the
// editorial core can expire exactly the pages a change affects. `locale` is
// the page's language and part of the cache key; the tags are the same in
// every language, since a saved translation expires its item's tags like an
// edit. Rows are read and ordered as in English, then translated (see
// lib/data/localize.ts).

export type TrainingListFilters = {
  /** Calendar year in which the training started. */
  year?: number
  /** ISO 3166-1 alpha-2, upper case: a participant country or the host country. */
  country?: string
  page?: number
  pageSize?: number
}

/**
 * One page of published trainings, newest first by start date, optionally
 * limited to a start year and to a country that either hosted the training or
 * sent participants to it.
 */
export async function listPublishedTrainings(
  { year, country, page = 1, pageSize = PAGE_SIZE }: TrainingListFilters = {},
  locale: Locale = 'en',
) {
  'use cache'
  cachePublished([TAGS.list('trainings')])
  const where: Prisma.TrainingWhereInput = {
    ...publishedWhere(),
    ...(year !== undefined ? { startDate: yearBounds(year) } : {}),
    ...(country ? { OR: [{ country }, { participantCountries: { some: { country } } }] } : {}),
  }
  const result = await paginate(
    page,
    pageSize,
    async (window) =>
      (
        await db.training.findMany({
          where,
          select: trainingCardSelect,
          orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
          ...window,
        })
      ).map(toCard),
    () => db.training.count({ where }),
  )
  const localizer = await loadLocalizer(locale, { TRAINING: idsOf(result.items) })
  return { ...result, items: localizer.rows('TRAINING', result.items) }
}

export type TrainingCard = Awaited<ReturnType<typeof listPublishedTrainings>>['items'][number]

/**
 * The choices of the trainings list's filters: the start years of published
 * trainings (newest first) and every country that hosted one or sent
 * participants to one (by English name), so no option leads to an empty list
 * on its own.
 */
export async function listTrainingFilterOptions() {
  'use cache'
  cachePublished([TAGS.list('trainings')])
  const where = publishedWhere()
  const [dates, hosts, participants] = await Promise.all([
    db.training.groupBy({ by: ['startDate'], where }),
    db.training.groupBy({ by: ['country'], where: { ...where, country: { not: null } } }),
    db.trainingCountry.groupBy({ by: ['country'], where: { training: where } }),
  ])
  const years = [...new Set(dates.map((d) => d.startDate.getUTCFullYear()))].sort((a, b) => b - a)
  const codes = new Set<string>()
  for (const { country } of [...hosts, ...participants]) if (country) codes.add(country)
  return {
    years,
    countries: [...codes].map((code) => ({ code, name: countryName(code) })).sort((a, b) => byName(a.name, b.name)),
  }
}

export type TrainingFilterOptions = Awaited<ReturnType<typeof listTrainingFilterOptions>>

/**
 * A published training with its participant countries (by English name), its
 * organizer and project when those are published (null otherwise) and the
 * published news about it (newest first); null when there is no such
 * published training. Cached by slug and language, a miss included:
 * generateMetadata and the page share one read. `translation` lists the
 * training's fields shown in English (or from older English text) on a
 * Chinese or Japanese page.
 */
export async function getPublishedTrainingBySlug(slug: string, locale: Locale = 'en') {
  'use cache'
  cachePublished([TAGS.item('trainings', slug)])
  const row = await db.training.findFirst({ where: { slug, ...publishedWhere() }, select: trainingDetailSelect() })
  if (!row) return null
  const { organizerId, projectId, participantCountries, newsArticles, ...training } = row
  const [organizer, project] = await Promise.all([
    organizerId
      ? db.organization.findFirst({
          where: { id: organizerId, ...publishedWhere() },
          select: { id: true, slug: true, name: true, acronym: true },
        })
      : null,
    projectId
      ? db.project.findFirst({
          where: { id: projectId, ...publishedWhere() },
          select: { id: true, slug: true, title: true, acronym: true },
        })
      : null,
  ])
  const localizer = await loadLocalizer(locale, {
    TRAINING: [training.id],
    ORGANIZATION: organizer ? [organizer.id] : [],
    PROJECT: project ? [project.id] : [],
    NEWS: idsOf(newsArticles),
  })
  const localized = localizer.withNotes('TRAINING', training)
  return {
    ...localized.row,
    newsArticles: localizer.rows('NEWS', newsArticles),
    translation: localized.translation,
    participantCountryCount: participantCountries.length,
    participantCountries: participantCountries
      .map((c) => ({ ...c, name: countryName(c.country) }))
      .sort((a, b) => byName(a.name, b.name)),
    organizer: organizer ? localizer.row('ORGANIZATION', organizer) : null,
    project: project ? localizer.row('PROJECT', project) : null,
  }
}

export type TrainingDetail = NonNullable<Awaited<ReturnType<typeof getPublishedTrainingBySlug>>>

/**
 * The number of people trained: the participants of all published trainings
 * added up. Trainings whose participant count is not recorded add nothing.
 */
export async function sumPeopleTrained(): Promise<number> {
  'use cache'
  cachePublished([TAGS.home])
  const { _sum } = await db.training.aggregate({ where: publishedWhere(), _sum: { participantsCount: true } })
  return _sum.participantsCount ?? 0
}

/**
 * The slugs whose pages are prerendered at build time: the `limit` most
 * recently published. The others are rendered on their first request and
 * cached from then on, so the build takes the same time at any volume.
 */
export async function listPublishedTrainingSlugs(limit = PRERENDER_LIMIT): Promise<string[]> {
  'use cache'
  cachePublished([TAGS.list('trainings')])
  const rows = await db.training.findMany({
    where: publishedWhere(),
    select: { slug: true },
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
    take: limit,
  })
  return rows.map((row) => row.slug)
}

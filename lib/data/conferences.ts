import 'server-only'
import { TAGS } from '@/lib/cache-tags'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ConferenceWhen } from '@/lib/validation/conferences'
import { cachePublished } from './cache'
import { PAGE_SIZE, paginate, publishedWhere } from './published'

const conferenceCardSelect = {
  id: true,
  slug: true,
  name: true,
  edition: true,
  series: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  city: true,
  country: true,
  role: true,
  participantsCount: true,
} satisfies Prisma.ConferenceSelect

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

function conferenceDetailSelect() {
  return {
    ...conferenceCardSelect,
    summary: true,
    url: true,
    newsArticles: {
      where: publishedWhere(),
      select: relatedNewsSelect,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    },
  } satisfies Prisma.ConferenceSelect
}

/** Midnight UTC of `today`'s UTC calendar day: start dates are stored as UTC midnight. */
function startOfUtcDay(today: Date): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()))
}

type ConferenceOrder = Prisma.ConferenceOrderByWithRelationInput[]
const newestFirst = [{ startDate: 'desc' }, { name: 'asc' }, { id: 'asc' }] satisfies ConferenceOrder
const soonestFirst = [{ startDate: 'asc' }, { name: 'asc' }, { id: 'asc' }] satisfies ConferenceOrder

// ---- Public reads --------------------------------------------------------
// Cached (see lib/data/cache.ts) and tagged with the page they serve, so the
// editorial core can expire exactly the pages a change affects. "Upcoming"
// depends on the date, so those reads are also refreshed after midnight UTC;
// `today` defaults to the time of the read and is only passed by tests.

export type ConferenceListFilters = {
  /** `upcoming`: starting today or later, soonest first; `past`: started before today; `all` (default). */
  when?: ConferenceWhen
  /** Only conferences that start in this calendar year. */
  year?: number
  page?: number
  pageSize?: number
}

/**
 * One page of published conferences. Upcoming ones (start date today or
 * later, in UTC days) come soonest first; past ones and the full list come
 * newest first.
 */
export async function listPublishedConferences(
  { when = 'all', year, page = 1, pageSize = PAGE_SIZE }: ConferenceListFilters = {},
  today: Date = new Date(),
) {
  'use cache'
  cachePublished([TAGS.list('conferences')], { daily: true })
  const day = startOfUtcDay(today)
  const startDate: Prisma.DateTimeFilter<'Conference'> = {
    ...(when === 'upcoming' ? { gte: day } : {}),
    ...(when === 'past' ? { lt: day } : {}),
  }
  const where: Prisma.ConferenceWhereInput = {
    ...publishedWhere(),
    ...(when !== 'all' ? { startDate } : {}),
    ...(year !== undefined
      ? { AND: [{ startDate: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } }] }
      : {}),
  }
  return paginate(
    page,
    pageSize,
    (window) =>
      db.conference.findMany({
        where,
        select: conferenceCardSelect,
        orderBy: when === 'upcoming' ? soonestFirst : newestFirst,
        ...window,
      }),
    () => db.conference.count({ where }),
  )
}

export type ConferenceCard = Awaited<ReturnType<typeof listPublishedConferences>>['items'][number]

/** The years in which published conferences start, newest first: the choices of the year filter. */
export async function listConferenceYears(): Promise<number[]> {
  'use cache'
  cachePublished([TAGS.list('conferences')])
  const dates = await db.conference.groupBy({ by: ['startDate'], where: publishedWhere() })
  const years = new Set(dates.map(({ startDate }) => startDate.getUTCFullYear()))
  return [...years].sort((a, b) => b - a)
}

/**
 * A published conference with the published news about it (newest first).
 * Cached by slug, a miss included: generateMetadata and the page share one read.
 */
export async function getPublishedConferenceBySlug(slug: string) {
  'use cache'
  cachePublished([TAGS.item('conferences', slug)])
  return db.conference.findFirst({ where: { slug, ...publishedWhere() }, select: conferenceDetailSelect() })
}

export type ConferenceDetail = NonNullable<Awaited<ReturnType<typeof getPublishedConferenceBySlug>>>

/** The next `limit` published conferences starting today or later, soonest first, for the home page. */
export async function listUpcomingConferences(limit = 3, today: Date = new Date()) {
  'use cache'
  cachePublished([TAGS.home], { daily: true })
  return db.conference.findMany({
    where: { ...publishedWhere(), startDate: { gte: startOfUtcDay(today) } },
    select: conferenceCardSelect,
    orderBy: soonestFirst,
    take: limit,
  })
}

/** The slugs of every published conference, for prerendering their pages at build time. */
export async function listPublishedConferenceSlugs(): Promise<string[]> {
  'use cache'
  cachePublished([TAGS.list('conferences')])
  const rows = await db.conference.findMany({ where: publishedWhere(), select: { slug: true }, orderBy: { slug: 'asc' } })
  return rows.map((row) => row.slug)
}

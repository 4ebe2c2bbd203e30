import 'server-only'
import { TAGS } from '@/lib/cache-tags'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ConferenceWhen } from '@/lib/validation/conferences'
import type { Locale } from '@/lib/i18n/locales'
import { cachePublished } from './cache'
import { idsOf, loadLocalizer } from './localize'
import { PAGE_SIZE, paginate, PRERENDER_LIMIT, publishedWhere } from './published'

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
// `locale` is the page's language and part of the cache key; the tags are the
// same in every language, since a saved translation expires its item's tags
// like an edit. Ties are broken on the English names, whatever the language,
// and the rows then translated (see lib/data/localize.ts).

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
  locale: Locale = 'en',
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
  const result = await paginate(
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
  const localizer = await loadLocalizer(locale, { CONFERENCE: idsOf(result.items) })
  return { ...result, items: localizer.rows('CONFERENCE', result.items) }
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
 * Cached by slug and language, a miss included: generateMetadata and the page
 * share one read. `translation` lists the conference's fields shown in
 * English (or from older English text) on a Chinese or Japanese page.
 */
export async function getPublishedConferenceBySlug(slug: string, locale: Locale = 'en') {
  'use cache'
  cachePublished([TAGS.item('conferences', slug)])
  const row = await db.conference.findFirst({ where: { slug, ...publishedWhere() }, select: conferenceDetailSelect() })
  if (!row) return null
  const { newsArticles, ...conference } = row
  const localizer = await loadLocalizer(locale, { CONFERENCE: [conference.id], NEWS: idsOf(newsArticles) })
  const localized = localizer.withNotes('CONFERENCE', conference)
  return { ...localized.row, newsArticles: localizer.rows('NEWS', newsArticles), translation: localized.translation }
}

export type ConferenceDetail = NonNullable<Awaited<ReturnType<typeof getPublishedConferenceBySlug>>>

/** The next `limit` published conferences starting today or later, soonest first, for the home page. */
export async function listUpcomingConferences(limit = 3, today: Date = new Date(), locale: Locale = 'en') {
  'use cache'
  cachePublished([TAGS.home], { daily: true })
  const rows = await db.conference.findMany({
    where: { ...publishedWhere(), startDate: { gte: startOfUtcDay(today) } },
    select: conferenceCardSelect,
    orderBy: soonestFirst,
    take: limit,
  })
  const localizer = await loadLocalizer(locale, { CONFERENCE: idsOf(rows) })
  return localizer.rows('CONFERENCE', rows)
}

/**
 * The slugs whose pages are prerendered at build time: the `limit` most
 * recently published. The others are rendered on their first request and
 * cached from then on, so the build takes the same time at any volume.
 */
export async function listPublishedConferenceSlugs(limit = PRERENDER_LIMIT): Promise<string[]> {
  'use cache'
  cachePublished([TAGS.list('conferences')])
  const rows = await db.conference.findMany({
    where: publishedWhere(),
    select: { slug: true },
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
    take: limit,
  })
  return rows.map((row) => row.slug)
}

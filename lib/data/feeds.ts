import 'server-only'
import { TAGS } from '@/lib/cache-tags'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { cachePublished } from './cache'
import { publishedWhere } from './published'

/** How many articles the news feeds carry. */
export const NEWS_FEED_SIZE = 20

/**
 * Events of this many past days stay in the subscribable calendar. The feed
 * is meant for what is coming up, but the demo content (and a quiet year)
 * has no future events, and a feed that is always empty looks broken to a
 * subscriber; a year of recent events also lets a calendar app show what was
 * just held. Older events are left out to keep the download small.
 */
export const CALENDAR_LOOKBACK_DAYS = 365

/** The most events one calendar download carries. */
const CALENDAR_MAX_EVENTS = 500

const feedNewsSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  tags: true,
  publishedAt: true,
  updatedAt: true,
} satisfies Prisma.NewsArticleSelect

const conferenceEventSelect = {
  id: true,
  slug: true,
  name: true,
  summary: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  city: true,
  country: true,
  url: true,
  updatedAt: true,
} satisfies Prisma.ConferenceSelect

const trainingEventSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  location: true,
  country: true,
  updatedAt: true,
} satisfies Prisma.TrainingSelect

/** Midnight UTC of `today`'s UTC calendar day: start dates are stored as UTC midnight. */
function startOfUtcDay(today: Date): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()))
}

// ---- Public reads --------------------------------------------------------
// Cached (see lib/data/cache.ts) and tagged with the feed they serve, so the
// editorial core can expire exactly what a change affects.

/** The newest published articles, newest first, with what RSS and Atom entries need. */
export async function listPublishedNewsForFeed(limit = NEWS_FEED_SIZE) {
  'use cache'
  cachePublished([TAGS.feeds])
  return db.newsArticle.findMany({
    where: publishedWhere(),
    select: feedNewsSelect,
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
  })
}

export type FeedNews = Awaited<ReturnType<typeof listPublishedNewsForFeed>>[number]

/** A published conference with what its calendar event needs, or null. */
export async function getPublishedConferenceForCalendar(slug: string) {
  'use cache'
  cachePublished([TAGS.feeds, TAGS.item('conferences', slug)])
  return db.conference.findFirst({ where: { slug, ...publishedWhere() }, select: conferenceEventSelect })
}

export type CalendarConference = NonNullable<Awaited<ReturnType<typeof getPublishedConferenceForCalendar>>>

/** A published training with what its calendar event needs, or null. */
export async function getPublishedTrainingForCalendar(slug: string) {
  'use cache'
  cachePublished([TAGS.feeds, TAGS.item('trainings', slug)])
  return db.training.findFirst({ where: { slug, ...publishedWhere() }, select: trainingEventSelect })
}

export type CalendarTraining = NonNullable<Awaited<ReturnType<typeof getPublishedTrainingForCalendar>>>

/**
 * The published conferences and trainings of the subscribable calendar,
 * soonest first: those starting today or later (in UTC days), plus those
 * that started in the last CALENDAR_LOOKBACK_DAYS days.
 */
export async function listPublishedEventsForCalendar(today: Date = new Date()) {
  'use cache'
  cachePublished([TAGS.feeds], { daily: true })
  const since = new Date(startOfUtcDay(today).getTime() - CALENDAR_LOOKBACK_DAYS * 86_400_000)
  const orderBy = [{ startDate: 'asc' as const }, { id: 'asc' as const }]
  const [conferences, trainings] = await Promise.all([
    db.conference.findMany({
      where: { ...publishedWhere(), startDate: { gte: since } },
      select: conferenceEventSelect,
      orderBy,
      take: CALENDAR_MAX_EVENTS,
    }),
    db.training.findMany({
      where: { ...publishedWhere(), startDate: { gte: since } },
      select: trainingEventSelect,
      orderBy,
      take: CALENDAR_MAX_EVENTS,
    }),
  ])
  return { conferences, trainings }
}

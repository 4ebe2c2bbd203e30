import 'server-only'
import { TAGS } from '@/lib/cache-tags'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Locale } from '@/lib/i18n/locales'
import { cachePublished } from './cache'
import { idsOf, loadLocalizer } from './localize'
import { PAGE_SIZE, paginate, PRERENDER_LIMIT, publishedWhere } from './published'

const newsCardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  publishedAt: true,
  coverImageUrl: true,
  coverImageAlt: true,
  tags: true,
} satisfies Prisma.NewsArticleSelect

// Built per call, like publishedWhere() itself, so the related lists compare
// with the time of the read rather than the time the module was loaded.
function newsDetailSelect() {
  return {
    ...newsCardSelect,
    body: true,
    updatedAt: true,
    // Ids are read so that the linked titles can be shown in the page's language.
    projects: { where: publishedWhere(), select: { id: true, slug: true, title: true } },
    organizations: { where: publishedWhere(), select: { id: true, slug: true, name: true } },
    trainings: { where: publishedWhere(), select: { id: true, slug: true, title: true } },
    conferences: { where: publishedWhere(), select: { id: true, slug: true, name: true } },
    mous: { where: publishedWhere(), select: { id: true, slug: true, subject: true } },
  } satisfies Prisma.NewsArticleSelect
}

// ---- Public reads --------------------------------------------------------
// Cached (see lib/data/cache.ts) and tagged with the page they serve, so the
// editorial core can expire exactly the pages a change affects. `locale` is
// the page's language and part of the cache key; the tags are the same in
// every language, since a saved translation expires its item's tags like an
// edit. Rows are sorted on the English values (see lib/data/localize.ts).

export async function listPublishedNews(page = 1, pageSize = PAGE_SIZE, locale: Locale = 'en') {
  'use cache'
  cachePublished([TAGS.list('news')])
  const where = publishedWhere()
  const result = await paginate(
    page,
    pageSize,
    (window) =>
      db.newsArticle.findMany({
        where,
        select: newsCardSelect,
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        ...window,
      }),
    () => db.newsArticle.count({ where }),
  )
  const localizer = await loadLocalizer(locale, { NEWS: idsOf(result.items) })
  return { ...result, items: localizer.rows('NEWS', result.items) }
}

export type NewsCard = Awaited<ReturnType<typeof listPublishedNews>>['items'][number]

/** The newest published articles, for the home page. */
export async function listLatestNews(limit = 3, locale: Locale = 'en') {
  'use cache'
  cachePublished([TAGS.home])
  const rows = await db.newsArticle.findMany({
    where: publishedWhere(),
    select: newsCardSelect,
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
  })
  const localizer = await loadLocalizer(locale, { NEWS: idsOf(rows) })
  return localizer.rows('NEWS', rows)
}

/**
 * A published article with its published related items, or null. Cached by
 * slug and language, a miss included, so generateMetadata and the page share
 * one read and a page that was "not found" is refreshed when an article gets
 * that slug. `translation` lists the article's fields shown in English (or
 * from older English text) on a Chinese or Japanese page.
 */
export async function getPublishedNewsBySlug(slug: string, locale: Locale = 'en') {
  'use cache'
  cachePublished([TAGS.item('news', slug)])
  const row = await db.newsArticle.findFirst({ where: { slug, ...publishedWhere() }, select: newsDetailSelect() })
  if (!row) return null
  const localizer = await loadLocalizer(locale, {
    NEWS: [row.id],
    PROJECT: idsOf(row.projects),
    ORGANIZATION: idsOf(row.organizations),
    TRAINING: idsOf(row.trainings),
    CONFERENCE: idsOf(row.conferences),
    MOU: idsOf(row.mous),
  })
  const { row: article, translation } = localizer.withNotes('NEWS', row)
  return {
    ...article,
    projects: localizer.rows('PROJECT', row.projects),
    organizations: localizer.rows('ORGANIZATION', row.organizations),
    trainings: localizer.rows('TRAINING', row.trainings),
    conferences: localizer.rows('CONFERENCE', row.conferences),
    mous: localizer.rows('MOU', row.mous),
    translation,
  }
}

export type NewsDetail = NonNullable<Awaited<ReturnType<typeof getPublishedNewsBySlug>>>

/**
 * The slugs whose pages are prerendered at build time: the `limit` most
 * recently published. The others are rendered on their first request and
 * cached from then on, so the build takes the same time at any volume.
 */
export async function listPublishedNewsSlugs(limit = PRERENDER_LIMIT): Promise<string[]> {
  'use cache'
  cachePublished([TAGS.list('news')])
  const rows = await db.newsArticle.findMany({
    where: publishedWhere(),
    select: { slug: true },
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
    take: limit,
  })
  return rows.map((row) => row.slug)
}

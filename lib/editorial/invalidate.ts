import 'server-only'
import { updateTag } from 'next/cache'
import { getCacheHandlers } from 'next/dist/server/use-cache/handlers'
import {
  type PublicFootprint,
  type PublicType,
  type RelatedPage,
  tagsForChange,
  tagsForMediaChange,
} from '@/lib/cache-tags'
import { insideNextServer } from '@/lib/data/cache'
import { db } from '@/lib/db'
import type { Tx } from './types'

/**
 * Expiring the cached public pages after a change. The editorial core reads
 * an item's footprint (slug, countries, related pages) before and after each
 * change inside its transaction, turns the two into tags with
 * `tagsForChange` (lib/cache-tags.ts), and expires them once the transaction
 * has committed, so no request can cache the old content again in between.
 */

const slugOnly = { select: { slug: true } } as const

function pages(type: PublicType, rows: Array<{ slug: string }>): RelatedPage[] {
  return rows.map(({ slug }) => ({ type, slug }))
}

/**
 * What the public pages show of an item, whatever its status: every related
 * row is read, published or not, because a page caches what was public when
 * it was rendered and a relation may have been public then. Null when the
 * item does not exist.
 */
export async function readFootprint(tx: Tx | typeof db, type: PublicType, id: string): Promise<PublicFootprint | null> {
  switch (type) {
    case 'organizations': {
      const row = await tx.organization.findUnique({
        where: { id },
        select: {
          slug: true,
          country: true,
          // A partner is named in its MOUs' rows on the MOU pages and on the
          // country pages of the MOUs' countries.
          mous: { select: { mou: { select: { slug: true, country: true } } } },
          projects: { select: { project: slugOnly } },
          trainings: slugOnly,
          newsArticles: slugOnly,
        },
      })
      if (!row) return null
      const mous = row.mous.map((m) => m.mou)
      return {
        slug: row.slug,
        countries: [row.country, ...mous.map((m) => m.country)],
        related: [
          ...pages('mous', mous),
          ...pages('projects', row.projects.map((p) => p.project)),
          ...pages('trainings', row.trainings),
          ...pages('news', row.newsArticles),
        ],
      }
    }
    case 'projects': {
      const row = await tx.project.findUnique({
        where: { id },
        select: {
          slug: true,
          countries: true,
          partners: { select: { organization: slugOnly } },
          trainings: slugOnly,
          newsArticles: slugOnly,
        },
      })
      if (!row) return null
      return {
        slug: row.slug,
        countries: row.countries,
        related: [
          ...pages('organizations', row.partners.map((p) => p.organization)),
          ...pages('trainings', row.trainings),
          ...pages('news', row.newsArticles),
        ],
      }
    }
    case 'mous': {
      const row = await tx.mou.findUnique({
        where: { id },
        select: {
          slug: true,
          country: true,
          counterparts: { select: { organization: slugOnly } },
          renews: slugOnly,
          renewedBy: slugOnly,
          newsArticles: slugOnly,
        },
      })
      if (!row) return null
      return {
        slug: row.slug,
        countries: [row.country],
        related: [
          ...pages('organizations', row.counterparts.map((c) => c.organization)),
          ...pages('mous', [...(row.renews ? [row.renews] : []), ...row.renewedBy]),
          ...pages('news', row.newsArticles),
        ],
      }
    }
    case 'conferences': {
      const row = await tx.conference.findUnique({
        where: { id },
        select: {
          slug: true,
          country: true,
          // A project page lists the conferences its news articles mention.
          newsArticles: { select: { slug: true, projects: slugOnly } },
        },
      })
      if (!row) return null
      return {
        slug: row.slug,
        countries: [row.country],
        related: [
          ...pages('news', row.newsArticles),
          ...pages('projects', row.newsArticles.flatMap((n) => n.projects)),
        ],
      }
    }
    case 'trainings': {
      const row = await tx.training.findUnique({
        where: { id },
        select: {
          slug: true,
          country: true,
          participantCountries: { select: { country: true } },
          organizer: slugOnly,
          project: slugOnly,
          newsArticles: slugOnly,
        },
      })
      if (!row) return null
      return {
        slug: row.slug,
        countries: [...(row.country ? [row.country] : []), ...row.participantCountries.map((p) => p.country)],
        related: [
          ...pages('organizations', row.organizer ? [row.organizer] : []),
          ...pages('projects', row.project ? [row.project] : []),
          ...pages('news', row.newsArticles),
        ],
      }
    }
    case 'news': {
      const row = await tx.newsArticle.findUnique({
        where: { id },
        select: {
          slug: true,
          projects: slugOnly,
          organizations: slugOnly,
          trainings: slugOnly,
          conferences: slugOnly,
          mous: slugOnly,
        },
      })
      if (!row) return null
      return {
        slug: row.slug,
        countries: [],
        related: [
          ...pages('projects', row.projects),
          ...pages('organizations', row.organizations),
          ...pages('trainings', row.trainings),
          ...pages('conferences', row.conferences),
          ...pages('mous', row.mous),
        ],
      }
    }
  }
}

/**
 * Expires `tags` from a Server Action, the editor's request: the next
 * request for any page using them, the editor's redirect included, renders
 * fresh content instead of the cached copy.
 */
export function expireTags(tags: string[]): void {
  if (!insideNextServer()) return
  for (const tag of tags) updateTag(tag)
}

/**
 * Expires `tags` from outside any request, for the scheduled publishing job
 * that runs on a timer. Next.js's `updateTag` and `revalidateTag` need the
 * store of a request and throw without one ("static generation store
 * missing"), so this does what they do when the request ends: it marks the
 * tags expired in every cache handler of the process. With the built-in
 * handlers that is one tag manifest, which both the `'use cache'` entries and
 * the prerendered pages are checked against on their next read.
 *
 * No public API reaches the handlers outside a request, so they are taken
 * from Next.js's own module (next/dist/server/use-cache/handlers, as of
 * 16.4): check this function when upgrading Next.js. Should it ever find no
 * handlers, pages still refresh within their cache lifetime.
 */
export async function expireTagsInBackground(tags: string[]): Promise<void> {
  if (!insideNextServer() || tags.length === 0) return
  const handlers = getCacheHandlers() ?? []
  await Promise.all(handlers.map((handler) => handler.updateTags(tags)))
}

// The lookback of the first sweep after the server starts: pages cached
// before that (at build time, say) are refreshed within the hour anyway by
// their cache lifetime (lib/data/cache.ts).
const FIRST_SWEEP_LOOKBACK_MS = 60 * 60 * 1000
let sweptUntil: Date | null = null

/**
 * Expires the pages of items whose publish date has arrived since the last
 * call: an item published with a date in the future becomes visible without
 * any change being made, so no editor action expires its pages. Run by the
 * scheduled publishing job on its timer.
 */
export async function expireNewlyVisible(now: Date): Promise<void> {
  if (!insideNextServer()) return
  const since = sweptUntil ?? new Date(now.getTime() - FIRST_SWEEP_LOOKBACK_MS)
  const where = { status: 'PUBLISHED' as const, deletedAt: null, publishedAt: { gt: since, lte: now } }
  const args = { where, select: { id: true } }
  const found = await Promise.all([
    db.organization.findMany(args).then((rows) => ({ type: 'organizations' as const, rows })),
    db.project.findMany(args).then((rows) => ({ type: 'projects' as const, rows })),
    db.mou.findMany(args).then((rows) => ({ type: 'mous' as const, rows })),
    db.conference.findMany(args).then((rows) => ({ type: 'conferences' as const, rows })),
    db.training.findMany(args).then((rows) => ({ type: 'trainings' as const, rows })),
    db.newsArticle.findMany(args).then((rows) => ({ type: 'news' as const, rows })),
  ])
  const tags = new Set<string>()
  for (const { type, rows } of found) {
    for (const { id } of rows) {
      for (const tag of tagsForChange(type, null, await readFootprint(db, type, id))) tags.add(tag)
    }
  }
  await expireTagsInBackground([...tags])
  sweptUntil = now
}

/** The pages that list a media file as a document, for `tagsForMediaChange`. */
export async function mediaTags(mediaId: string): Promise<string[]> {
  const media = await db.media.findUnique({
    where: { id: mediaId },
    select: { projects: slugOnly, mous: slugOnly },
  })
  if (!media) return []
  return tagsForMediaChange([...pages('projects', media.projects), ...pages('mous', media.mous)])
}

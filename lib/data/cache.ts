import 'server-only'
import { cacheLife, cacheTag } from 'next/cache'

/**
 * Whether this code runs inside the Next.js server, where `'use cache'`
 * functions get a cache scope and cache tags can be expired. Next.js defines
 * NEXT_RUNTIME in every server bundle; under plain Node (the Vitest tests,
 * the tsx scripts) the directive is an inert string, the reads run uncached,
 * and there is nothing to tag or expire.
 */
export function insideNextServer(): boolean {
  return Boolean(process.env.NEXT_RUNTIME)
}

const HOUR = 60 * 60
const DAY = 24 * HOUR

/**
 * How long cached published content lives. Every change made through the
 * editor expires the tags of the pages that show it at once, so the time
 * limits are only a safety net for changes made around the editor (the seed,
 * scripts, a database restore):
 * - `stale`: browsers reuse a page for 30 seconds at most, the least that
 *   still lets Next.js prerender it;
 * - `revalidate`: after an hour a request refreshes the entry in the background;
 * - `expire`: an entry nobody asked for in a day is recomputed before it is served.
 */
const PUBLISHED = { stale: 30, revalidate: HOUR, expire: DAY }

/** Seconds until the next midnight UTC, when date-dependent statuses change. */
function secondsUntilNextUtcDay(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)
  return Math.ceil((next - now.getTime()) / 1000)
}

/**
 * Declares the enclosing `'use cache'` read of published content: its
 * lifetime and the tags (from lib/cache-tags.ts) whose expiry refreshes it.
 * Call it first thing in the function, once.
 *
 * `daily` is for reads that depend on today's date (MOU statuses, upcoming
 * conferences): they are refreshed at the first request after midnight UTC,
 * when the date they were computed for has passed, and the hour limit still
 * applies. A minute is the least, so an entry made just before midnight is
 * not treated as uncacheable.
 */
export function cachePublished(tags: string[], { daily = false }: { daily?: boolean } = {}): void {
  if (!insideNextServer()) return
  cacheLife(
    daily ? { ...PUBLISHED, revalidate: Math.max(60, Math.min(HOUR, secondsUntilNextUtcDay(new Date()))) } : PUBLISHED,
  )
  cacheTag(...tags)
}

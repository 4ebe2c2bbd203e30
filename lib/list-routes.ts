import { DEFAULT_LOCALE, PREFIXED_LOCALES } from './i18n/locales'

/**
 * The public lists and the query parameters each one reads.
 *
 * A list without any of these parameters (its first, unfiltered page) is
 * prerendered and served as a static file. A request that carries one of them
 * is rewritten (next.config.ts) to the list's `_query` route, which renders
 * per request from the cached reads of lib/data. Parameters not listed here
 * do not change a list, so they do not cost a render either.
 *
 * This module is imported by next.config.ts: it may import only modules that
 * are themselves free of imports.
 * tests/unit/list-routes.test.ts checks the keys against the lists' zod schemas.
 */
export const LIST_QUERY_KEYS = {
  '/organizations': ['kind', 'country', 'page'],
  '/projects': ['status', 'topic', 'country', 'scope', 'page'],
  '/mous': ['country', 'status', 'page'],
  '/conferences': ['when', 'year', 'page'],
  '/trainings': ['year', 'country', 'page'],
  '/news': ['page'],
} as const satisfies Record<string, readonly string[]>

/** The URL segment a filtered list is rewritten to; slugs never start with an underscore. */
export const LIST_QUERY_SEGMENT = '_query'

export type ListPath = keyof typeof LIST_QUERY_KEYS

/**
 * The rewrites that send a list request carrying a list parameter to its
 * per-request route, in every language: `/news?page=2` to
 * `/en/news/_query`, `/ja/news?page=2` to `/ja/news/_query`.
 */
export function listQueryRewrites() {
  const prefixed = `/:locale(${PREFIXED_LOCALES.join('|')})`
  return Object.entries(LIST_QUERY_KEYS).flatMap(([path, keys]) =>
    keys.flatMap((key) => {
      const has = [{ type: 'query' as const, key }]
      return [
        { source: path, has, destination: `/${DEFAULT_LOCALE}${path}/${LIST_QUERY_SEGMENT}` },
        { source: `${prefixed}${path}`, has, destination: `/:locale${path}/${LIST_QUERY_SEGMENT}` },
      ]
    }),
  )
}

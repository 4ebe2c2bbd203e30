/**
 * The public lists and the query parameters each one reads.
 *
 * A list without any of these parameters (its first, unfiltered page) is
 * prerendered and served as a static file. A request that carries one of them
 * is rewritten (next.config.ts) to the list's `_query` route, which renders
 * per request from the cached reads of lib/data. Parameters not listed here
 * do not change a list, so they do not cost a render either.
 *
 * This module is imported by next.config.ts and must stay free of imports.
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

/** The rewrites that send a list request carrying a list parameter to its per-request route. */
export function listQueryRewrites() {
  return Object.entries(LIST_QUERY_KEYS).flatMap(([path, keys]) =>
    keys.map((key) => ({
      source: path,
      has: [{ type: 'query' as const, key }],
      destination: `${path}/${LIST_QUERY_SEGMENT}`,
    })),
  )
}

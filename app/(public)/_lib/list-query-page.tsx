import type { ReactNode } from 'react'
import type { z } from 'zod'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

/**
 * The page of a list's `_query` route (see lib/list-routes.ts): the list's
 * own page component, given the query parsed with the list's schema. Filters
 * and page numbers vary per request, so it renders when asked for, from the
 * cached reads of lib/data. Each route also exports `instant = false`, so the
 * answer is sent once complete (no streamed shell) and the page works
 * without JavaScript.
 */
export function listQueryPage<S extends z.ZodType>(schema: S, ListPage: (props: { query: z.output<S> }) => ReactNode) {
  return async function ListQueryPage({ searchParams }: { searchParams: SearchParams }) {
    return <ListPage query={schema.parse(await searchParams)} />
  }
}

import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import type { z } from 'zod'
import type { Locale } from '@/lib/i18n/locales'
import { localeParam } from '@/lib/i18n/params'

type Params = Promise<{ locale: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

/**
 * The page of a list's `_query` route (see lib/list-routes.ts): the list's
 * own page component, given the page's language and the query parsed with
 * the list's schema. Filters and page numbers vary per request, so it renders
 * when asked for, from the cached reads of lib/data. Each route also exports
 * `instant = false`, so the answer is sent once complete (no streamed shell)
 * and the page works without JavaScript.
 */
export function listQueryPage<S extends z.ZodType>(
  schema: S,
  ListPage: (props: { locale: Locale; query: z.output<S> }) => ReactNode,
) {
  return async function ListQueryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
    return <ListPage locale={await localeParam(params)} query={schema.parse(await searchParams)} />
  }
}

/** The `generateMetadata` of a list's `_query` route: the list's metadata in the page's language. */
export function listQueryMetadata(listMetadata: (locale: Locale) => Metadata) {
  return async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
    return listMetadata(await localeParam(params))
  }
}

import type { NextRequest } from 'next/server'
import type { OpenDataPage } from '@/lib/data/open-data'
import { toCsv, type CsvColumn } from './csv'
import { pageLinks, parseApiPageQuery } from './pagination'

// Published content changes a few times a day, so API answers and downloads
// may be cached for five minutes by browsers and shared caches alike.
const CACHE_CONTROL = 'public, max-age=300'

const API_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': CACHE_CONTROL,
  // The data is public and read-only, so any web page may read it.
  'Access-Control-Allow-Origin': '*',
}

/** A JSON response of the open-data API with its standard headers. */
export function apiJson(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: API_HEADERS })
}

/** An API error: `{ error: { message } }` with the given status. */
export function apiError(status: number, message: string): Response {
  return apiJson({ error: { message } }, status)
}

// A failure of the database or the code must still answer in the API's JSON
// shape; the details go to the server log, not to the client.
async function guarded(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run()
  } catch (error) {
    console.error('Open data API request failed', error)
    return apiError(500, 'The server could not answer this request. Try again later.')
  }
}

/**
 * The GET handler of `/api/v1/<type>`: validates `page` and `per_page`
 * (400 on a bad value), reads one page with `list` and answers
 * `{ data, meta: { page, perPage, total, totalPages }, links: { self, next, prev } }`.
 */
export function listRoute<T, R>(
  list: (page: number, perPage: number) => Promise<OpenDataPage<T>>,
  serialize: (row: T) => R,
) {
  return (request: NextRequest) =>
    guarded(async () => {
      const url = new URL(request.url)
      const query = parseApiPageQuery(url.searchParams)
      if (!query.ok) return apiError(400, query.message)
      const { page, perPage } = query.value
      const { items, total, totalPages } = await list(page, perPage)
      return apiJson({
        data: items.map((row) => serialize(row)),
        meta: { page, perPage, total, totalPages },
        links: pageLinks(url, query.value, totalPages),
      })
    })
}

/** The GET handler of `/api/v1/<type>/<slug>`: `{ data }`, or a 404 when no such record is published. */
export function detailRoute<T, R>(get: (slug: string) => Promise<T | null>, serialize: (row: T) => R, noun: string) {
  return (_request: NextRequest, context: { params: Promise<{ slug: string }> }) =>
    guarded(async () => {
      const { slug } = await context.params
      const row = await get(slug)
      return row ? apiJson({ data: serialize(row) }) : apiError(404, `No published ${noun} has the slug "${slug}".`)
    })
}

/** Today's UTC date as "YYYY-MM-DD", for download file names. */
function today(): string {
  return new Date().toISOString().slice(0, 10)
}

/**
 * The GET handler of a CSV download: every row from `listAll`, written with
 * `columns`, offered as `geocoop-<name>-YYYY-MM-DD.csv`. Columns receive the
 * site's origin to write absolute links to the public pages.
 */
export function csvRoute<T>(name: string, listAll: () => Promise<T[]>, columns: (origin: string) => CsvColumn<T>[]) {
  return async (request: NextRequest) => {
    const rows = await listAll()
    const body = toCsv(columns(new URL(request.url).origin), rows)
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="geocoop-${name}-${today()}.csv"`,
        'Cache-Control': CACHE_CONTROL,
        'Access-Control-Allow-Origin': '*',
      },
    })
  }
}

import { z } from 'zod'

export const API_DEFAULT_PER_PAGE = 50
export const API_MAX_PER_PAGE = 100
const API_MAX_PAGE = 100_000

// Unlike the public pages, which fall back to page 1 on a bad value, the API
// answers a bad parameter with a 400, so a client finds its mistake instead of
// silently paging through the wrong window. Only whole decimal numbers count:
// "2", not "2.0", "0x2" or "2e0".
const wholeNumber = (name: string, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, `${name} must be at least 1`)
        .max(max, `${name} must be at most ${max}`),
    )

export const ApiPageQuerySchema = z.object({
  page: wholeNumber('page', API_MAX_PAGE).default(1),
  per_page: wholeNumber('per_page', API_MAX_PER_PAGE).default(API_DEFAULT_PER_PAGE),
})

export type ApiPageQuery = { page: number; perPage: number }

/**
 * Reads `page` and `per_page` from a request's query string. An absent
 * parameter takes its default; a present one must be valid, empty included.
 * Returns the values or the first problem as a sentence.
 */
export function parseApiPageQuery(
  params: URLSearchParams,
): { ok: true; value: ApiPageQuery } | { ok: false; message: string } {
  const result = ApiPageQuerySchema.safeParse({
    page: params.get('page') ?? undefined,
    per_page: params.get('per_page') ?? undefined,
  })
  if (!result.success) return { ok: false, message: result.error.issues[0]?.message ?? 'Invalid query parameters' }
  return { ok: true, value: { page: result.data.page, perPage: result.data.per_page } }
}

/** The `links` of a list response: this page, the next and the previous one as absolute URLs, or null. */
export function pageLinks(requestUrl: URL, { page, perPage }: ApiPageQuery, totalPages: number) {
  const at = (n: number) => {
    const url = new URL(requestUrl.pathname, requestUrl.origin)
    url.searchParams.set('page', String(n))
    url.searchParams.set('per_page', String(perPage))
    return url.toString()
  }
  return {
    self: at(page),
    next: page < totalPages ? at(page + 1) : null,
    // From beyond the last page, "previous" leads back to the last page.
    prev: page > 1 ? at(Math.min(page - 1, totalPages)) : null,
  }
}

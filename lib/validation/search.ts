import { z } from 'zod'
import { PageQuerySchema } from './common'

/** The kinds of content the site search covers; each value is also the section's URL segment. */
export const SEARCH_TYPES = ['organizations', 'projects', 'mous', 'conferences', 'trainings', 'news'] as const

export type SearchType = (typeof SEARCH_TYPES)[number]

/** Longer queries are cut to this many characters; nobody types more, and it bounds the work per request. */
export const MAX_QUERY_LENGTH = 200

/** At most this many words of a query are matched one by one (the CJK substring search). */
export const MAX_QUERY_TERMS = 8

function firstValue(value: unknown) {
  return Array.isArray(value) ? value[0] : value
}

/**
 * Collapses whitespace, drops control characters (PostgreSQL refuses the NUL
 * character in text) and cuts the query to MAX_QUERY_LENGTH characters
 * without splitting a character made of two UTF-16 units.
 */
export function normalizeQuery(value: string): string {
  const cleaned = value.replace(/\p{Cc}/gu, ' ').replace(/\s+/g, ' ').trim()
  return Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join('').trim()
}

/**
 * `?q=&type=&page=` of the search page. A missing, repeated or malformed
 * value never fails: the first of repeated values is used, an unknown type
 * means all types, and anything else falls back to an empty query or page 1.
 */
export const SearchQuerySchema = z.object({
  q: z.preprocess(firstValue, z.string().transform(normalizeQuery)).catch(''),
  type: z
    .preprocess((value) => {
      const v = firstValue(value)
      return typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase() : undefined
    }, z.enum(SEARCH_TYPES).optional())
    .catch(undefined),
  page: z.preprocess(firstValue, PageQuerySchema.shape.page).catch(1),
})

export type SearchQuery = z.infer<typeof SearchQuerySchema>

const cjkPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/**
 * True when the query has Chinese, Japanese or Korean characters. PostgreSQL's
 * text search has no word breaker for these scripts (a run of them becomes one
 * "word"), so such queries are also matched as substrings.
 */
export function hasCjk(query: string): boolean {
  return cjkPattern.test(query)
}

/**
 * The words of a query for substring matching, read like the web-search
 * syntax: quotes are dropped, a word with a leading minus must not occur,
 * the OR operator is ignored (every other word must occur). Words are
 * de-duplicated in any letter case, and at most MAX_QUERY_TERMS are kept.
 */
export function searchTerms(query: string): { required: string[]; excluded: string[] } {
  const seen = new Set<string>()
  const required: string[] = []
  const excluded: string[] = []
  for (const word of query.split(/\s+/)) {
    const unquoted = word.replace(/["“”„«»]/g, '')
    const negated = /^-[^-]/.test(unquoted)
    const term = unquoted.replace(/^-+/, '')
    const key = term.toLowerCase()
    if (term === '' || key === 'or' || seen.has(key)) continue
    if (seen.size >= MAX_QUERY_TERMS) break
    seen.add(key)
    ;(negated ? excluded : required).push(term)
  }
  return { required, excluded }
}

/** An ILIKE pattern matching `term` anywhere, with the pattern characters %, _ and \ taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, '\\$&')}%`
}

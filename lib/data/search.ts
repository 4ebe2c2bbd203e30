import 'server-only'
import { TAGS } from '@/lib/cache-tags'
import { db } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import {
  containsPattern,
  hasCjk,
  normalizeQuery,
  SEARCH_TYPES,
  searchTerms,
  type SearchType,
} from '@/lib/validation/search'
import { cachePublished } from './cache'
import { PAGE_SIZE, paginate, publishedWhere } from './published'

/** A piece of a title or snippet; `highlighted` pieces are the words that matched the query. */
export type HighlightPart = { text: string; highlighted: boolean }

export type SearchResult = {
  type: SearchType
  id: string
  slug: string
  /** The detail page, e.g. `/mous/gsj-usgs-landsat-2013`. */
  href: string
  /** The plain title, for metadata and accessible names. */
  title: string
  titleParts: HighlightPart[]
  /** An excerpt of the summary and body around the matches; empty when the item has no text. */
  snippetParts: HighlightPart[]
  publishedAt: Date | null
}

/**
 * Where each content type keeps its searchable text. `weighted` are the
 * text expressions of the weighted document (A title, B summary, C body);
 * they must stay identical to the GIN index expressions in the migration
 * `…_add_search`, or PostgreSQL cannot use those indexes.
 */
type SearchSource = {
  table: Prisma.Sql
  title: Prisma.Sql
  /** What the snippet is cut from. */
  text: Prisma.Sql
  weighted: { a: Prisma.Sql; b: Prisma.Sql; c?: Prisma.Sql }
}

const sql = Prisma.sql
const raw = Prisma.raw

const sources: Record<SearchType, SearchSource> = {
  organizations: {
    table: raw('"Organization"'),
    title: raw('"name"'),
    text: raw('"description"'),
    weighted: { a: raw(`"name" || ' ' || coalesce("acronym", '')`), b: raw('"description"') },
  },
  projects: {
    table: raw('"Project"'),
    title: raw('"title"'),
    text: raw(`"summary" || ' ' || "body"`),
    weighted: { a: raw(`"title" || ' ' || coalesce("acronym", '')`), b: raw('"summary"'), c: raw('"body"') },
  },
  mous: {
    table: raw('"Mou"'),
    title: raw('"subject"'),
    text: raw(`"summary" || ' ' || coalesce("endTerm", '')`),
    weighted: { a: raw('"subject"'), b: raw('"summary"'), c: raw(`coalesce("endTerm", '')`) },
  },
  conferences: {
    table: raw('"Conference"'),
    title: raw('"name"'),
    text: raw('"summary"'),
    weighted: {
      a: raw('"name"'),
      b: raw('"summary"'),
      c: raw(`coalesce("series", '') || ' ' || coalesce("edition", '') || ' ' || coalesce("city", '')`),
    },
  },
  trainings: {
    table: raw('"Training"'),
    title: raw('"title"'),
    text: raw(`"summary" || ' ' || "body"`),
    weighted: { a: raw('"title"'), b: raw('"summary"'), c: raw(`"body" || ' ' || "location"`) },
  },
  news: {
    table: raw('"NewsArticle"'),
    title: raw('"title"'),
    text: raw(`"summary" || ' ' || "body"`),
    weighted: { a: raw('"title"'), b: raw('"summary"'), c: raw('"body"') },
  },
}

function documentVector({ weighted }: SearchSource) {
  const parts = [
    sql`setweight(to_tsvector('english', ${weighted.a}), 'A')`,
    sql`setweight(to_tsvector('english', ${weighted.b}), 'B')`,
    ...(weighted.c ? [sql`setweight(to_tsvector('english', ${weighted.c}), 'C')`] : []),
  ]
  return Prisma.join(parts, ' || ')
}

// websearch_to_tsquery never fails on user input: unbalanced quotes,
// operators and punctuation are read as text, and a query without words
// becomes an empty query that matches nothing.
function tsQuery(q: string) {
  return sql`websearch_to_tsquery('english', ${q})`
}

/**
 * How a query is matched. Full-text search always; for a query with Chinese,
 * Japanese or Korean characters also an ILIKE substring match of every word,
 * because the text-search parser does not break those scripts into words.
 * ILIKE needs no extension, so the same SQL runs on PostgreSQL and on the
 * embedded PGlite database.
 */
type Matcher = { q: string; terms: { required: string[]; excluded: string[] } | null }

function matcher(q: string): Matcher {
  const terms = hasCjk(q) ? searchTerms(q) : null
  return { q, terms: terms && terms.required.length > 0 ? terms : null }
}

function weightedFields(source: SearchSource) {
  const { a, b, c } = source.weighted
  return [
    { expr: a, weight: 1 },
    { expr: b, weight: 0.4 },
    ...(c ? [{ expr: c, weight: 0.2 }] : []),
  ]
}

function containsSql(source: SearchSource, term: string) {
  const pattern = containsPattern(term)
  return sql`(${Prisma.join(
    weightedFields(source).map((f) => sql`${f.expr} ILIKE ${pattern} ESCAPE '\\'`),
    ' OR ',
  )})`
}

function matchCondition(source: SearchSource, m: Matcher) {
  const fullText = sql`(${documentVector(source)}) @@ ${tsQuery(m.q)}`
  if (!m.terms) return fullText
  const conditions = [
    ...m.terms.required.map((term) => containsSql(source, term)),
    ...m.terms.excluded.map((term) => sql`NOT ${containsSql(source, term)}`),
  ]
  return sql`(${fullText} OR (${Prisma.join(conditions, ' AND ')}))`
}

// ts_rank's default weights count A/B/C matches 1.0/0.4/0.2, and repeated
// matches add less and less, so one title match outranks any number of body
// matches; the substring score uses the same weights.
function rankExpression(source: SearchSource, m: Matcher) {
  const fullText = sql`ts_rank(${documentVector(source)}, ${tsQuery(m.q)})`
  if (!m.terms) return sql`(${fullText})::float8`
  const fields = weightedFields(source)
  const substring = Prisma.join(
    m.terms.required.map((term) => {
      const pattern = containsPattern(term)
      const cases = fields.map((f) => sql`WHEN ${f.expr} ILIKE ${pattern} ESCAPE '\\' THEN ${f.weight}::float8`)
      return sql`(CASE ${Prisma.join(cases, ' ')} ELSE 0 END)`
    }),
    ' + ',
  )
  return sql`((${fullText})::float8 + ${substring})`
}

/** The public-visibility rule of publishedWhere(), as SQL for the raw search queries. */
function publishedCondition() {
  const rule = publishedWhere()
  // publishedAt is a UTC timestamp without time zone: read the instant as
  // UTC explicitly instead of relying on the session's time zone.
  return sql`"status" = ${rule.status}::"ContentStatus"
    AND "publishedAt" <= (${rule.publishedAt.lte.toISOString()}::timestamptz AT TIME ZONE 'UTC')
    AND "deletedAt" IS NULL`
}

function selectedTypes(type?: SearchType): SearchType[] {
  return type ? [type] : [...SEARCH_TYPES]
}

/** Every published item of the given types that matches, with its rank. */
function hitsQuery(m: Matcher, types: SearchType[]) {
  const published = publishedCondition()
  return Prisma.join(
    types.map((type) => {
      const source = sources[type]
      return sql`SELECT ${type}::text AS "type", "id", "slug", ${source.title} AS "title", ${source.text} AS "text",
          "publishedAt", ${rankExpression(source, m)} AS "rank"
        FROM ${source.table}
        WHERE ${published} AND ${matchCondition(source, m)}`
    }),
    ' UNION ALL ',
  )
}

/** The same rows as hitsQuery, with only their type, for counting. */
function hitTypesQuery(m: Matcher, types: SearchType[]) {
  const published = publishedCondition()
  return Prisma.join(
    types.map((type) => {
      const source = sources[type]
      return sql`SELECT ${type}::text AS "type" FROM ${source.table} WHERE ${published} AND ${matchCondition(source, m)}`
    }),
    ' UNION ALL ',
  )
}

// Private-use characters mark the highlights in ts_headline's output: they
// do not occur in the content, and the marked text is split into parts here,
// so no markup from the database ever reaches the page as HTML.
const MARK_START = '\uE000'
const MARK_END = '\uE001'
const FRAGMENT_DELIMITER = ' … '
const titleHeadlineOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`
const snippetHeadlineOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=25, MinWords=10, ShortWord=3, MaxFragments=2, FragmentDelimiter="${FRAGMENT_DELIMITER}"`

const SNIPPET_LENGTH = 240

type HitRow = {
  type: string
  id: string
  slug: string
  title: string
  text: string
  markedTitle: string | null
  markedText: string | null
  publishedAt: Date | null
}

function collapseWhitespace(text: string) {
  return text.replace(/\s+/g, ' ').trim()
}

function pushPart(parts: HighlightPart[], text: string, highlighted: boolean) {
  if (text === '') return
  const last = parts.at(-1)
  if (last && last.highlighted === highlighted) last.text += text
  else parts.push({ text, highlighted })
}

/** Splits ts_headline output into plain and highlighted parts. */
function partsFromMarkedText(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = []
  const [before = '', ...chunks] = collapseWhitespace(marked).split(MARK_START)
  pushPart(parts, before.replaceAll(MARK_END, ''), false)
  for (const chunk of chunks) {
    const end = chunk.indexOf(MARK_END)
    if (end === -1) {
      pushPart(parts, chunk, false)
      continue
    }
    pushPart(parts, chunk.slice(0, end), true)
    pushPart(parts, chunk.slice(end + 1).replaceAll(MARK_END, ''), false)
  }
  return parts
}

function termsPattern(terms: string[]) {
  const escaped = [...terms].sort((x, y) => y.length - x.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(escaped.join('|'), 'giu')
}

/** Highlights every occurrence of the terms, in any letter case. */
function partsFromTerms(text: string, terms: string[]): HighlightPart[] {
  const parts: HighlightPart[] = []
  let position = 0
  for (const match of text.matchAll(termsPattern(terms))) {
    pushPart(parts, text.slice(position, match.index), false)
    pushPart(parts, match[0], true)
    position = match.index + match[0].length
  }
  pushPart(parts, text.slice(position), false)
  return parts
}

/** About SNIPPET_LENGTH characters of the text around the first match, with ellipses where it is cut. */
function excerptAround(text: string, terms: string[]): string {
  const plain = collapseWhitespace(text)
  if (plain.length <= SNIPPET_LENGTH) return plain
  const first = termsPattern(terms).exec(plain)?.index ?? 0
  let start = Math.max(0, Math.min(first - 60, plain.length - SNIPPET_LENGTH))
  // Never start or end in the middle of a character made of two UTF-16 units.
  if (/[\uDC00-\uDFFF]/.test(plain.charAt(start))) start += 1
  let end = Math.min(plain.length, start + SNIPPET_LENGTH)
  if (/[\uDC00-\uDFFF]/.test(plain.charAt(end))) end += 1
  return `${start > 0 ? '…' : ''}${plain.slice(start, end).trim()}${end < plain.length ? '…' : ''}`
}

/** Adds "…" where ts_headline's excerpt starts after the beginning or ends before the end of the text. */
function withEllipses(marked: string, text: string): string {
  const fragments = collapseWhitespace(marked.replaceAll(MARK_START, '').replaceAll(MARK_END, '')).split(FRAGMENT_DELIMITER)
  const full = collapseWhitespace(text)
  const first = fragments[0] ?? ''
  const last = fragments.at(-1) ?? ''
  if (first === '') return marked
  return `${full.startsWith(first) ? '' : '… '}${marked.trim()}${full.endsWith(last) ? '' : ' …'}`
}

function toResult(row: HitRow, terms: string[] | null): SearchResult {
  const type = row.type as SearchType
  const titleParts = terms
    ? partsFromTerms(collapseWhitespace(row.title), terms)
    : partsFromMarkedText(row.markedTitle ?? row.title)
  const snippetParts = terms
    ? partsFromTerms(excerptAround(row.text, terms), terms)
    : partsFromMarkedText(withEllipses(row.markedText ?? '', row.text))
  return {
    type,
    id: row.id,
    slug: row.slug,
    href: `/${type}/${row.slug}`,
    title: row.title,
    titleParts,
    snippetParts,
    publishedAt: row.publishedAt,
  }
}

/**
 * One page of published organizations, projects, MOUs, conferences,
 * trainings and news articles matching `q`, best match first, optionally of
 * one type. An empty query finds nothing without asking the database. `q` is
 * normalized as the URL schema does (so any string is safe to pass) and sent
 * as a bound parameter, never spliced into the SQL. Cached per query (see
 * lib/data/cache.ts): every published change expires the search tag.
 */
export async function listSearchResults(
  query: { q: string; type?: SearchType; page: number },
  pageSize = PAGE_SIZE,
) {
  'use cache'
  cachePublished([TAGS.search])
  const { type, page } = query
  const q = normalizeQuery(query.q)
  if (q === '') return { items: [] as SearchResult[], total: 0, page, totalPages: 1 }
  const m = matcher(q)
  const types = selectedTypes(type)
  const order = sql`ORDER BY "rank" DESC, "publishedAt" DESC NULLS LAST, "type", "id"`
  // Highlighting is the expensive part, so ts_headline only runs on the rows
  // of the page. Substring (CJK) matches are highlighted here instead, since
  // ts_headline finds no words in those scripts.
  const marked = m.terms
    ? sql`NULL::text AS "markedTitle", NULL::text AS "markedText"`
    : sql`ts_headline('english', "title", ${tsQuery(q)}, ${titleHeadlineOptions}) AS "markedTitle",
        ts_headline('english', "text", ${tsQuery(q)}, ${snippetHeadlineOptions}) AS "markedText"`

  return paginate(
    page,
    pageSize,
    async ({ skip, take }) => {
      const rows = await db.$queryRaw<HitRow[]>(sql`
        SELECT "type", "id", "slug", "title", "text", "publishedAt", ${marked}
        FROM (SELECT * FROM (${hitsQuery(m, types)}) AS hits ${order} LIMIT ${take} OFFSET ${skip}) AS page
        ${order}`)
      return rows.map((row) => toResult(row, m.terms?.required ?? null))
    },
    async () => {
      const [row] = await db.$queryRaw<{ total: number }[]>(
        sql`SELECT count(*)::int AS "total" FROM (${hitTypesQuery(m, types)}) AS hits`,
      )
      return row?.total ?? 0
    },
  )
}

/** How many published items of each type match `q`: the choices of the search page's type filter. */
export async function countSearchResultsByType(query: string): Promise<Record<SearchType, number>> {
  'use cache'
  cachePublished([TAGS.search])
  const q = normalizeQuery(query)
  const counts = Object.fromEntries(SEARCH_TYPES.map((t) => [t, 0])) as Record<SearchType, number>
  if (q === '') return counts
  const rows = await db.$queryRaw<{ type: string; count: number }[]>(
    sql`SELECT "type", count(*)::int AS "count" FROM (${hitTypesQuery(matcher(q), [...SEARCH_TYPES])}) AS hits GROUP BY "type"`,
  )
  for (const row of rows) counts[row.type as SearchType] = row.count
  return counts
}

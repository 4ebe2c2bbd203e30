import 'server-only'
import { TAGS } from '@/lib/cache-tags'
import { db } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import type { ContentType } from '@/lib/generated/prisma/enums'
import type { Locale } from '@/lib/i18n/locales'
import {
  containsPattern,
  hasCjk,
  normalizeQuery,
  SEARCH_TYPES,
  searchTerms,
  type SearchType,
} from '@/lib/validation/search'
import { cachePublished } from './cache'
import { loadLocalizer, type Localizer, type RowsToLocalize } from './localize'
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
 *
 * `titleField` and `textFields` name the columns behind `title` and `text`,
 * so a result can be shown in the page's language with the translations of
 * those columns. `searchedFields` are the translated columns whose Chinese
 * and Japanese text is searched too: the ones the English document holds.
 */
type SearchSource = {
  table: Prisma.Sql
  contentType: ContentType
  title: Prisma.Sql
  /** What the snippet is cut from. */
  text: Prisma.Sql
  weighted: { a: Prisma.Sql; b: Prisma.Sql; c?: Prisma.Sql }
  titleField: string
  textFields: string[]
  searchedFields: { title: string[]; text: string[] }
  /** Other names of the item in any script, searched like the title (organizations' native and romanized names). */
  otherNames?: Prisma.Sql
}

const sql = Prisma.sql
const raw = Prisma.raw

const sources: Record<SearchType, SearchSource> = {
  organizations: {
    table: raw('"Organization"'),
    contentType: 'ORGANIZATION',
    title: raw('"name"'),
    text: raw('"description"'),
    weighted: { a: raw(`"name" || ' ' || coalesce("acronym", '')`), b: raw('"description"') },
    titleField: 'name',
    textFields: ['description'],
    searchedFields: { title: ['name'], text: ['description'] },
    otherNames: raw(`coalesce("nativeName", '') || ' ' || coalesce("romanizedName", '')`),
  },
  projects: {
    table: raw('"Project"'),
    contentType: 'PROJECT',
    title: raw('"title"'),
    text: raw(`"summary" || ' ' || "body"`),
    weighted: { a: raw(`"title" || ' ' || coalesce("acronym", '')`), b: raw('"summary"'), c: raw('"body"') },
    titleField: 'title',
    textFields: ['summary', 'body'],
    searchedFields: { title: ['title'], text: ['summary', 'body'] },
  },
  mous: {
    table: raw('"Mou"'),
    contentType: 'MOU',
    title: raw('"subject"'),
    text: raw(`"summary" || ' ' || coalesce("endTerm", '')`),
    weighted: { a: raw('"subject"'), b: raw('"summary"'), c: raw(`coalesce("endTerm", '')`) },
    titleField: 'subject',
    textFields: ['summary', 'endTerm'],
    searchedFields: { title: ['subject'], text: ['summary', 'endTerm'] },
  },
  conferences: {
    table: raw('"Conference"'),
    contentType: 'CONFERENCE',
    title: raw('"name"'),
    text: raw('"summary"'),
    weighted: {
      a: raw('"name"'),
      b: raw('"summary"'),
      c: raw(`coalesce("series", '') || ' ' || coalesce("edition", '') || ' ' || coalesce("city", '')`),
    },
    titleField: 'name',
    textFields: ['summary'],
    searchedFields: { title: ['name'], text: ['summary', 'series', 'edition', 'city'] },
  },
  trainings: {
    table: raw('"Training"'),
    contentType: 'TRAINING',
    title: raw('"title"'),
    text: raw(`"summary" || ' ' || "body"`),
    weighted: { a: raw('"title"'), b: raw('"summary"'), c: raw(`"body" || ' ' || "location"`) },
    titleField: 'title',
    textFields: ['summary', 'body'],
    searchedFields: { title: ['title'], text: ['summary', 'body', 'location'] },
  },
  news: {
    table: raw('"NewsArticle"'),
    contentType: 'NEWS',
    title: raw('"title"'),
    text: raw(`"summary" || ' ' || "body"`),
    weighted: { a: raw('"title"'), b: raw('"summary"'), c: raw('"body"') },
    titleField: 'title',
    textFields: ['summary', 'body'],
    searchedFields: { title: ['title'], text: ['summary', 'body'] },
  },
}

/** The column values behind a result's title and snippet, by column name, as the database returns them. */
function fieldsObject(source: SearchSource) {
  const pairs = [source.titleField, ...source.textFields].map((field) => sql`${field}::text, ${raw(`"${field}"`)}`)
  return sql`json_build_object(${Prisma.join(pairs, ', ')})`
}

// ---- Other languages ------------------------------------------------------
// Items are also found through their Chinese and Japanese translations (in
// any language, whatever the page's) and organizations through their native
// and romanized names (see matchCondition). Ranking reads an item's
// translations with a correlated subquery, only for the rows that matched;
// the Translation primary key (entityType, entityId, locale, field) answers
// it by index.

/** The translations of some of an item's columns, in every language, as one text ('' when there are none). */
function translatedText(source: SearchSource, fields: string[]) {
  return sql`coalesce((SELECT string_agg(t."value", ' ') FROM "Translation" t
    WHERE t."entityType" = ${source.contentType}::"ContentType" AND t."entityId" = ${source.table}."id"
      AND t."field" IN (${Prisma.join(fields)})), '')`
}

/** The title-like text in other languages and scripts, weighted like the title. */
function otherTitle(source: SearchSource) {
  const translated = translatedText(source, source.searchedFields.title)
  return source.otherNames ? sql`(${source.otherNames} || ' ' || ${translated})` : translated
}

/**
 * The other-language text as a document for a query without Chinese,
 * Japanese or Korean characters (a romanized name, say). The 'simple'
 * configuration only lower-cases words: English stemming would mangle them.
 */
function otherVector(source: SearchSource) {
  return sql`(setweight(to_tsvector('simple', ${otherTitle(source)}), 'A') ||
    setweight(to_tsvector('simple', ${translatedText(source, source.searchedFields.text)}), 'B'))`
}

function simpleQuery(q: string) {
  return sql`websearch_to_tsquery('simple', ${q})`
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

type WeightedField = { expr: Prisma.Sql; weight: number }

function englishFields(source: SearchSource): WeightedField[] {
  const { a, b, c } = source.weighted
  return [
    { expr: a, weight: 1 },
    { expr: b, weight: 0.4 },
    ...(c ? [{ expr: c, weight: 0.2 }] : []),
  ]
}

// For ranking, a title in another language or script counts as much as the
// English title, and other translated text as much as the summary.
function rankedFields(source: SearchSource): WeightedField[] {
  return [
    ...englishFields(source),
    { expr: otherTitle(source), weight: 1 },
    { expr: translatedText(source, source.searchedFields.text), weight: 0.4 },
  ]
}

function containsSql(fields: Prisma.Sql[], term: string) {
  const pattern = containsPattern(term)
  return sql`(${Prisma.join(
    fields.map((expr) => sql`${expr} ILIKE ${pattern} ESCAPE '\\'`),
    ' OR ',
  )})`
}

/** Every required term occurs in one of `fields` and no excluded term does. */
function containsAll(fields: Prisma.Sql[], terms: NonNullable<Matcher['terms']>) {
  const conditions = [
    ...terms.required.map((term) => containsSql(fields, term)),
    ...terms.excluded.map((term) => sql`NOT ${containsSql(fields, term)}`),
  ]
  return sql`(${Prisma.join(conditions, ' AND ')})`
}

/**
 * Whether a row of `source` matches, as a condition on its "id": through its
 * English text, its translations or its other names. Each part is its own
 * uncorrelated subquery, so the English full-text part keeps using the GIN
 * index of `…_add_search`; the translations are matched row by row (one
 * field of one language at a time) and the other names by scanning the
 * organizations, which are few.
 */
function matchCondition(source: SearchSource, m: Matcher) {
  const english = sql`(${documentVector(source)}) @@ ${tsQuery(m.q)}`
  const englishMatch = m.terms
    ? sql`(${english} OR ${containsAll(
        englishFields(source).map((f) => f.expr),
        m.terms,
      )})`
    : english
  const value = raw('t."value"')
  const translatedMatch = m.terms
    ? sql`(to_tsvector('simple', ${value}) @@ ${simpleQuery(m.q)} OR ${containsAll([value], m.terms)})`
    : sql`to_tsvector('simple', ${value}) @@ ${simpleQuery(m.q)}`
  const searched = [...source.searchedFields.title, ...source.searchedFields.text]
  const parts = [
    sql`SELECT "id" FROM ${source.table} WHERE ${englishMatch}`,
    sql`SELECT t."entityId" FROM "Translation" t
      WHERE t."entityType" = ${source.contentType}::"ContentType" AND t."field" IN (${Prisma.join(searched)})
        AND ${translatedMatch}`,
  ]
  if (source.otherNames) {
    const names = source.otherNames
    const namesMatch = m.terms
      ? sql`(to_tsvector('simple', ${names}) @@ ${simpleQuery(m.q)} OR ${containsAll([names], m.terms)})`
      : sql`to_tsvector('simple', ${names}) @@ ${simpleQuery(m.q)}`
    parts.push(sql`SELECT "id" FROM ${source.table} WHERE ${namesMatch}`)
  }
  return sql`"id" IN (${Prisma.join(parts, ' UNION ')})`
}

// ts_rank's default weights count A/B/C matches 1.0/0.4/0.2, and repeated
// matches add less and less, so one title match outranks any number of body
// matches; the substring score uses the same weights.
function rankExpression(source: SearchSource, m: Matcher) {
  const fullText = sql`(ts_rank(${documentVector(source)}, ${tsQuery(m.q)})
    + ts_rank(${otherVector(source)}, ${simpleQuery(m.q)}))`
  if (!m.terms) return sql`(${fullText})::float8`
  const fields = rankedFields(source)
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
          ${fieldsObject(source)} AS "fields", "publishedAt", ${rankExpression(source, m)} AS "rank"
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
  /** The columns behind `title` and `text`, for showing them in the page's language. */
  fields: Record<string, string | null>
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
  if (terms.length === 0) return text === '' ? [] : [{ text, highlighted: false }]
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
  const first = terms.length > 0 ? (termsPattern(terms).exec(plain)?.index ?? 0) : 0
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

/**
 * The hit with its title and snippet text in the page's language, or as it
 * is when nothing of it is translated. `localized` says whether any text
 * changed, in which case ts_headline's English highlights no longer apply.
 */
function localizeHit(row: HitRow, localizer: Localizer) {
  const source = sources[row.type as SearchType]
  // Title and snippet columns are all text columns (no lists), so they stay strings.
  const english: { id: string; [field: string]: string } = { id: row.id }
  for (const [field, value] of Object.entries(row.fields)) english[field] = value ?? ''
  const translated = localizer.row(source.contentType, english)
  const join = (values: { [field: string]: string }) => source.textFields.map((f) => values[f] ?? '').join(' ')
  const title = translated[source.titleField] ?? ''
  const text = join(translated)
  const localized = title !== english[source.titleField] || text !== join(english)
  return { row: localized ? { ...row, title, text } : row, localized }
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
 *
 * Items are found through their English text, their translations in any
 * language and (organizations) their native and romanized names; titles and
 * snippets are shown in `locale`, the page's language, where translated.
 */
export async function listSearchResults(
  query: { q: string; type?: SearchType; page: number },
  pageSize = PAGE_SIZE,
  locale: Locale = 'en',
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
        SELECT "type", "id", "slug", "title", "text", "fields", "publishedAt", ${marked}
        FROM (SELECT * FROM (${hitsQuery(m, types)}) AS hits ${order} LIMIT ${take} OFFSET ${skip}) AS page
        ${order}`)
      const wanted: RowsToLocalize = {}
      for (const row of rows) {
        const contentType = sources[row.type as SearchType].contentType
        wanted[contentType] = [...(wanted[contentType] ?? []), row.id]
      }
      const localizer = await loadLocalizer(locale, wanted)
      // Translated text is highlighted here, word by word, like a substring
      // match: ts_headline's highlights were made on the English text.
      const wordTerms = m.terms?.required ?? searchTerms(q).required
      return rows.map((row) => {
        const hit = localizeHit(row, localizer)
        return toResult(hit.row, hit.localized ? wordTerms : (m.terms?.required ?? null))
      })
    },
    async () => {
      const [row] = await db.$queryRaw<{ total: number }[]>(
        sql`SELECT count(*)::int AS "total" FROM (${hitTypesQuery(m, types)}) AS hits`,
      )
      return row?.total ?? 0
    },
  )
}

/**
 * How many published items of each type match `q`: the choices of the search
 * page's type filter. Matching does not depend on the page's language (every
 * language is searched), so neither do the counts, and they take no locale.
 */
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

import 'server-only'
import type { z } from 'zod'
import { requireRole } from '@/lib/auth/guards'
import { db } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import type { DatePrecision } from '@/lib/generated/prisma/enums'
import { formatDate } from '@/lib/utils'
import { type PickerQuery, PickerQuerySchema } from '@/lib/validation/pickers'
import { containsPattern } from '@/lib/validation/search'
import { countryLabel } from './options'
import { PICKER_RESULT_LIMIT, PICKER_SUGGESTION_COUNT, deletedChoice, splitIds, usesServerSearch } from './picker-rules'
import type { FormValues, Option, PickerChoices, PickerField, PickerSource, Tx } from './types'

// The rows behind the relationship pickers: how many candidates there are,
// the chosen ones by id, recent suggestions and the server search. The SQL is
// written out because the search matches with ILIKE and an explicit ESCAPE,
// so that "%" and "_" typed by an editor are taken literally.

const sql = Prisma.sql

/** As many ids as a picker field accepts (IdListSchema). */
const MAX_CHOSEN = 500

type Client = Tx | typeof db

/** A row as every source reads it: the id, whether it is in the trash, and the columns its label and hint use. */
type Row = { id: string; deletedAt: Date | null } & Record<string, unknown>

type Source = {
  /** The quoted table name. */
  table: Prisma.Sql
  /** The columns read besides id and "deletedAt". */
  columns: Prisma.Sql
  /** What every candidate meets besides not being in the trash, e.g. documents only. */
  filter: Prisma.Sql
  /** The columns a search matches. */
  searched: Prisma.Sql[]
  /** The label's column: results are ordered by it, ignoring case (the database may sort "Z" before "a"). */
  label: Prisma.Sql
  /** The column telling which rows changed last, for the suggestions. */
  recency: Prisma.Sql
  format(row: Row): Option
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const date = (value: unknown) => (value instanceof Date ? formatDate(value) : '')

const sources: Readonly<Record<PickerSource, Source>> = {
  // Organizations of several countries share names ("Ministry of Mines"): the hint adds the country.
  organizations: {
    table: sql`"Organization"`,
    columns: sql`"name", "acronym", "country"`,
    filter: sql`TRUE`,
    searched: [sql`"name"`, sql`"acronym"`],
    label: sql`"name"`,
    recency: sql`"updatedAt"`,
    format: (row) => ({
      value: row.id,
      label: text(row.name),
      hint: [text(row.acronym), countryLabel(row.country)].filter(Boolean).join(', '),
    }),
  },
  projects: {
    table: sql`"Project"`,
    columns: sql`"title", "acronym"`,
    filter: sql`TRUE`,
    searched: [sql`"title"`, sql`"acronym"`],
    label: sql`"title"`,
    recency: sql`"updatedAt"`,
    format: (row) => ({ value: row.id, label: text(row.title), hint: text(row.acronym) }),
  },
  // Subjects repeat from one agreement to the next: the country and start tell MOUs apart.
  mous: {
    table: sql`"Mou"`,
    columns: sql`"subject", "country", "startDate", "datePrecision"`,
    filter: sql`TRUE`,
    searched: [sql`"subject"`],
    label: sql`"subject"`,
    recency: sql`"updatedAt"`,
    format: (row) => ({
      value: row.id,
      label: text(row.subject),
      hint: [
        countryLabel(row.country),
        row.startDate instanceof Date ? formatDate(row.startDate, row.datePrecision as DatePrecision) : '',
      ]
        .filter(Boolean)
        .join(', '),
    }),
  },
  conferences: {
    table: sql`"Conference"`,
    columns: sql`"name", "startDate"`,
    filter: sql`TRUE`,
    searched: [sql`"name"`],
    label: sql`"name"`,
    recency: sql`"updatedAt"`,
    format: (row) => ({ value: row.id, label: text(row.name), hint: date(row.startDate) }),
  },
  trainings: {
    table: sql`"Training"`,
    columns: sql`"title", "startDate"`,
    filter: sql`TRUE`,
    searched: [sql`"title"`],
    label: sql`"title"`,
    recency: sql`"updatedAt"`,
    format: (row) => ({ value: row.id, label: text(row.title), hint: date(row.startDate) }),
  },
  // The media library has no "updatedAt": its newest uploads are suggested.
  documents: {
    table: sql`"Media"`,
    columns: sql`"title", "fileName"`,
    filter: sql`"kind" = 'DOCUMENT'`,
    searched: [sql`"title"`, sql`"fileName"`],
    label: sql`"title"`,
    recency: sql`"createdAt"`,
    format: (row) => ({ value: row.id, label: text(row.title), hint: text(row.fileName) }),
  },
}

/** `format` without empty hints, so that a row without an acronym has no hint at all. */
function optionOf(source: Source, row: Row): Option {
  const option = source.format(row)
  return option.hint ? option : { value: option.value, label: option.label }
}

/** Candidates: rows of the source that are not in the trash. */
function candidates(source: Source) {
  return sql`"deletedAt" IS NULL AND ${source.filter}`
}

function idNotIn(ids: readonly string[]) {
  return ids.length > 0 ? sql`AND "id" NOT IN (${Prisma.join(ids)})` : Prisma.empty
}

/** How many rows a picker over `source` could offer. */
export async function countCandidates(client: Client, sourceName: PickerSource): Promise<number> {
  const source = sources[sourceName]
  const [row] = await client.$queryRaw<Array<{ n: number }>>(
    sql`SELECT count(*)::int AS n FROM ${source.table} WHERE ${candidates(source)}`,
  )
  return row?.n ?? 0
}

/** The `take` most recently changed candidates, except `exceptIds`, ordered by label. */
export async function recentCandidates(
  client: Client,
  sourceName: PickerSource,
  exceptIds: readonly string[] = [],
  take = PICKER_SUGGESTION_COUNT,
): Promise<Option[]> {
  const source = sources[sourceName]
  const rows = await client.$queryRaw<Row[]>(sql`
    SELECT * FROM (
      SELECT "id", "deletedAt", ${source.columns} FROM ${source.table}
      WHERE ${candidates(source)} ${idNotIn(exceptIds)}
      ORDER BY ${source.recency} DESC, "id"
      LIMIT ${take}
    ) AS recent
    ORDER BY lower(${source.label}), ${source.label}, "id"`)
  return rows.map((row) => optionOf(source, row))
}

/**
 * The chosen rows of `ids`, in that order. A row in the trash keeps its name
 * with "in the trash" in its hint; an id without a row reads as a deleted
 * item. Either way it stays in the list, so that the editor sees it and
 * decides, instead of it vanishing from the form unnoticed.
 */
export async function describeChosen(client: Client, sourceName: PickerSource, ids: readonly string[]): Promise<Option[]> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return []
  const source = sources[sourceName]
  const rows = await client.$queryRaw<Row[]>(
    sql`SELECT "id", "deletedAt", ${source.columns} FROM ${source.table} WHERE "id" IN (${Prisma.join(unique)}) AND ${source.filter}`,
  )
  const byId = new Map(rows.map((row) => [row.id, row]))
  return unique.map((id) => {
    const row = byId.get(id)
    if (!row) return deletedChoice(id, sourceName)
    const option = optionOf(source, row)
    return row.deletedAt ? { ...option, hint: [option.hint, 'in the trash'].filter(Boolean).join(' · ') } : option
  })
}

/**
 * Candidates whose label (or acronym, or file name) contains `q`, ignoring
 * case, ordered by label: at most PICKER_RESULT_LIMIT, and whether there are
 * more. `exclude` leaves one row out (an item is never its own relation).
 */
export async function searchCandidates(
  client: Client,
  { source: sourceName, q, exclude }: PickerQuery,
): Promise<{ results: Option[]; more: boolean }> {
  const source = sources[sourceName]
  const pattern = containsPattern(q)
  const matches = Prisma.join(
    source.searched.map((column) => sql`${column} ILIKE ${pattern} ESCAPE '\\'`),
    ' OR ',
  )
  const rows = await client.$queryRaw<Row[]>(sql`
    SELECT "id", "deletedAt", ${source.columns} FROM ${source.table}
    WHERE ${candidates(source)} AND (${matches}) ${exclude ? sql`AND "id" <> ${exclude}` : Prisma.empty}
    ORDER BY lower(${source.label}), ${source.label}, "id"
    LIMIT ${PICKER_RESULT_LIMIT + 1}`)
  return { results: rows.slice(0, PICKER_RESULT_LIMIT).map((row) => optionOf(source, row)), more: rows.length > PICKER_RESULT_LIMIT }
}

export type PickerSearchResult = { ok: true; results: Option[]; more: boolean } | { ok: false; error: z.ZodError<PickerQuery> }

/**
 * The server search of the pickers (`GET /admin/options/<source>`), for
 * anyone who may edit content. The role is checked before the request is
 * judged, so that a caller without one learns nothing, not even which
 * sources exist.
 */
export async function searchPickerOptions(input: {
  source: string
  q?: string | undefined
  exclude?: string | undefined
}): Promise<PickerSearchResult> {
  await requireRole('CONTRIBUTOR')
  const query = PickerQuerySchema.safeParse(input)
  if (!query.success) return { ok: false, error: query.error }
  return { ok: true, ...(await searchCandidates(db, query.data)) }
}

/**
 * What each picker of a form gets (see `PickerChoices`), with `values` (the
 * working copy) telling which rows are chosen. The caller checks the role.
 */
export async function loadPickerChoices(
  tx: Tx,
  pickers: Readonly<Record<string, PickerField>>,
  values: FormValues,
): Promise<Record<string, PickerChoices>> {
  const totals = new Map<PickerSource, number>()
  const choices: Record<string, PickerChoices> = {}
  // One after the other: a transaction runs its queries on one connection anyway.
  for (const [field, picker] of Object.entries(pickers)) {
    const total = totals.get(picker.source) ?? (await countCandidates(tx, picker.source))
    totals.set(picker.source, total)
    if (!usesServerSearch(total)) {
      choices[field] = { mode: 'list', options: await picker.list(tx) }
      continue
    }
    const ids = splitIds(values[field])
    choices[field] = {
      mode: 'search',
      source: picker.source,
      total,
      chosen: await describeChosen(tx, picker.source, ids),
      suggestions: await recentCandidates(tx, picker.source, ids),
    }
  }
  return choices
}

/**
 * The chosen rows of every picker in `values`, by field, for a form shown
 * again after a failed save: a searching picker only knows the names of
 * what the page was loaded with, not of what the editor found since.
 */
export async function describeChosenByField(
  tx: Tx,
  pickers: Readonly<Record<string, PickerField>>,
  values: FormValues,
): Promise<Record<string, Option[]>> {
  const chosen: Record<string, Option[]> = {}
  for (const [field, picker] of Object.entries(pickers)) {
    // The values come from a request, not yet validated: no more ids than a picker accepts.
    const ids = splitIds(values[field]).slice(0, MAX_CHOSEN)
    if (ids.length > 0) chosen[field] = await describeChosen(tx, picker.source, ids)
  }
  return chosen
}

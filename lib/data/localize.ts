import 'server-only'
import { db } from '@/lib/db'
import { isContentLocale, type ContentLocale, type TranslatableContentType } from '@/lib/i18n/content-fields'
import type { Locale } from '@/lib/i18n/locales'
import { localizeRow, type TranslationMap } from '@/lib/translations/status'

// The public reads show content in the page's language. They run their
// queries as before (in English, so sorting by name or title and the filters
// do not depend on the language), then overlay the translations of every row
// they return. English is the source language: an English page reads nothing
// more.

/** Which translatable fields of a detail page's main item show English text instead of a translation. */
export type TranslationNotes = {
  /** Fields with English text but no translation: the English text is shown. */
  missing: string[]
  /** Fields whose translation was made from older English text: the translation is shown. */
  outdated: string[]
}

/** The ids of the rows a read shows, by content type. */
export type RowsToLocalize = Partial<Record<TranslatableContentType, ReadonlyArray<string>>>

export type Localizer = {
  locale: Locale
  /** The row with its translated fields in the page's language (English where there is no translation). */
  row<R extends { id: string }>(type: TranslatableContentType, row: R): R
  rows<R extends { id: string }>(type: TranslatableContentType, rows: readonly R[]): R[]
  /** The row, localized, with which of its fields are missing or outdated in the page's language. */
  withNotes<R extends { id: string }>(type: TranslatableContentType, row: R): { row: R; translation: TranslationNotes }
}

const english: Localizer = {
  locale: 'en',
  row: (_type, row) => row,
  rows: (_type, rows) => [...rows],
  withNotes: (_type, row) => ({ row, translation: { missing: [], outdated: [] } }),
}

function localizerFor(locale: ContentLocale, maps: Map<TranslatableContentType, TranslationMap>): Localizer {
  const mapOf = (type: TranslatableContentType): TranslationMap => maps.get(type) ?? new Map()
  return {
    locale,
    row: (type, row) => localizeRow(row, type, mapOf(type)).row,
    rows: (type, rows) => rows.map((row) => localizeRow(row, type, mapOf(type)).row),
    withNotes: (type, row) => {
      const { row: localized, missing, outdated } = localizeRow(row, type, mapOf(type))
      return { row: localized, translation: { missing, outdated } }
    },
  }
}

/**
 * Loads the translations in `locale` of the given rows, of every content type
 * at once, in a single query (none for English or when there are no rows),
 * so a read sends the same number of statements however many rows and
 * related rows it shows. Pass only ids of rows the read may show: published
 * ones, as its queries returned them.
 */
export async function loadLocalizer(locale: Locale, rows: RowsToLocalize): Promise<Localizer> {
  if (!isContentLocale(locale)) return english
  const wanted = (Object.entries(rows) as [TranslatableContentType, ReadonlyArray<string> | undefined][])
    .map(([type, ids]): [TranslatableContentType, string[]] => [type, [...new Set(ids ?? [])]])
    .filter(([, ids]) => ids.length > 0)
  const maps = new Map<TranslatableContentType, TranslationMap>()
  if (wanted.length === 0) return localizerFor(locale, maps)
  const found = await db.translation.findMany({
    where: { locale, OR: wanted.map(([type, ids]) => ({ entityType: type, entityId: { in: ids } })) },
    select: { entityType: true, entityId: true, field: true, value: true, source: true },
  })
  for (const { entityType, entityId, field, value, source } of found) {
    let map = maps.get(entityType)
    if (!map) maps.set(entityType, (map = new Map()))
    let fields = map.get(entityId)
    if (!fields) map.set(entityId, (fields = new Map()))
    fields.set(field, { value, source })
  }
  return localizerFor(locale, maps)
}

/** The ids of some rows, for loadLocalizer. */
export function idsOf(rows: ReadonlyArray<{ id: string }>): string[] {
  return rows.map((row) => row.id)
}

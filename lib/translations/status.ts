import { TRANSLATABLE_FIELDS, type TranslatableContentType, type TranslatableKind } from '@/lib/i18n/content-fields'

// Pure functions shared by the translation editor (lib/translations/service.ts)
// and the public reads (lib/data/localize.ts). Both compare a
// translation's `source` with the English value computed here, so an item
// counts as outdated in the admin exactly when the public page says so.

export type TranslationStatus = 'translated' | 'missing' | 'outdated' | 'not-needed'

/** A stored translation: the translated text and the English text it was made from. */
export type StoredTranslation = { value: string; source: string }

/** Translations of some items in one language: entity id → field → translation. */
export type TranslationMap = Map<string, Map<string, StoredTranslation>>

/**
 * The English value of a column as translations store it: a list (project
 * outcomes) is joined one entry per line, and a blank or absent value is ''.
 */
export function englishValue(value: unknown): string {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').join('\n')
  return typeof value === 'string' ? value : ''
}

/**
 * Where a field's translation stands, given the English value now (a list
 * joined with '\n', see englishValue) and the stored translation if any.
 * Empty English text needs no translation, whatever is stored.
 */
export function translationStatus(current: string | readonly string[], t?: StoredTranslation | null): TranslationStatus {
  const english = englishValue(current)
  if (english.trim() === '') return 'not-needed'
  if (!t) return 'missing'
  return t.source === english ? 'translated' : 'outdated'
}

/** A stored translation as the column's type: lists are split on '\n' again. */
export function translatedValue(kind: TranslatableKind, value: string): string | string[] {
  return kind === 'list' ? value.split('\n') : value
}

/**
 * The row with each translated field replaced by its translation. A field
 * without one keeps its English value and is listed in `missing`; a
 * translation made from different English text is still shown and listed in
 * `outdated`, so a page can say that the English version is newer. Fields the
 * row does not carry (not selected) are left alone.
 */
export function localizeRow<R extends { id: string }>(
  row: R,
  type: TranslatableContentType,
  map: TranslationMap,
): { row: R; missing: string[]; outdated: string[] } {
  const translations = map.get(row.id)
  const localized: Record<string, unknown> = { ...row }
  const missing: string[] = []
  const outdated: string[] = []
  for (const field of TRANSLATABLE_FIELDS[type]) {
    if (!Object.hasOwn(row, field.name)) continue
    const current = (row as Record<string, unknown>)[field.name]
    const stored = translations?.get(field.name)
    const status = translationStatus(englishValue(current), stored)
    if (status === 'not-needed') continue
    if (status === 'missing' || !stored) {
      missing.push(field.name)
      continue
    }
    if (status === 'outdated') outdated.push(field.name)
    localized[field.name] = translatedValue(field.kind, stored.value)
  }
  return { row: localized as R, missing, outdated }
}

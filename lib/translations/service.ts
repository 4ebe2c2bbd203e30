import 'server-only'
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { writeAudit } from '@/lib/audit'
import { requireRole } from '@/lib/auth/guards'
import { tagsForChange } from '@/lib/cache-tags'
import { db } from '@/lib/db'
import { expireTags, readFootprint } from '@/lib/editorial/invalidate'
import { adapterForType } from '@/lib/editorial/registry'
import type { Tx } from '@/lib/editorial/types'
import type { ContentType } from '@/lib/generated/prisma/enums'
import { CONTENT_LOCALE_NAMES, type ContentLocale, CONTENT_LOCALES, TRANSLATABLE_FIELDS, type TranslatableKind } from '@/lib/i18n/content-fields'
import { translationValuesSchema } from '@/lib/validation/translations'
import { type StoredTranslation, type TranslationStatus, englishValue, translationStatus } from './status'

/**
 * Translations of the live text of content items, field by field. Only
 * editors change them: a translation goes straight to the public pages of a
 * published item, like publishing does. The English value each translation
 * was made from is stored with it, so a later English edit marks it outdated
 * without touching it.
 */

export type TranslationField = {
  name: string
  label: string
  kind: TranslatableKind
  /** The English value now (a list one entry per line). */
  source: string
  /** The English value the stored translation was made from; null when there is none. */
  translatedFrom: string | null
  value: string
  status: TranslationStatus
}

export type TranslationSummary = Record<ContentLocale, { translated: number; missing: number; outdated: number; total: number }>

export type SaveTranslationsResult =
  | { ok: true; changed: string[] }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> }

type LiveRow = { slug: string; status: string; deletedAt: Date | null } & Record<string, unknown>

/** The live row (never a pending draft: translations follow what the public sees) with its translatable columns. */
async function readLiveRow(client: Tx | typeof db, type: ContentType, id: string): Promise<LiveRow | null> {
  const adapter = adapterForType(type)
  const select: Record<string, true> = { slug: true, status: true, deletedAt: true, [adapter.titleField]: true }
  for (const field of TRANSLATABLE_FIELDS[type]) select[field.name] = true
  // The six models share these columns; Prisma's delegates have no common type.
  const delegate = client[adapter.model] as unknown as {
    findUnique(args: { where: { id: string }; select: Record<string, true> }): Promise<LiveRow | null>
  }
  return delegate.findUnique({ where: { id }, select })
}

async function readStored(client: Tx | typeof db, type: ContentType, id: string, locale: ContentLocale) {
  return client.translation.findMany({
    where: { entityType: type, entityId: id, locale },
    select: { field: true, value: true, source: true, updatedAt: true },
    orderBy: { field: 'asc' },
  })
}

/**
 * What a save is checked against: a digest of every stored translation of
 * the item in the language (field, value, time). Unlike the newest change
 * time alone it also changes when someone only removed a translation.
 */
function tokenOf(rows: Array<{ field: string; value: string; updatedAt: Date }>): string {
  if (rows.length === 0) return ''
  const hash = createHash('sha256')
  for (const row of [...rows].sort((a, b) => a.field.localeCompare(b.field)))
    hash.update(`${row.field}\u0000${row.updatedAt.toISOString()}\u0000${row.value}\u0001`)
  return hash.digest('base64url')
}

function byField(rows: Array<{ field: string; value: string; source: string }>): Map<string, StoredTranslation> {
  return new Map(rows.map((r) => [r.field, { value: r.value, source: r.source }]))
}

/** The item's fields side by side with their translations into `locale`, for the translation editor. */
export async function getTranslationsForEdit(type: ContentType, id: string, locale: ContentLocale) {
  await requireRole('EDITOR')
  return db.$transaction(async (tx) => {
    const row = await readLiveRow(tx, type, id)
    if (!row) return null
    const stored = await readStored(tx, type, id, locale)
    const translations = byField(stored)
    const fields: TranslationField[] = TRANSLATABLE_FIELDS[type].map((field) => {
      const source = englishValue(row[field.name])
      const t = translations.get(field.name)
      return {
        name: field.name,
        label: field.label,
        kind: field.kind,
        source,
        translatedFrom: t?.source ?? null,
        value: t?.value ?? '',
        status: translationStatus(source, t),
      }
    })
    const title = englishValue(row[adapterForType(type).titleField]) || row.slug
    return { title, slug: row.slug, trashed: row.deletedAt !== null, fields, token: tokenOf(stored) }
  })
}

/** How far each language's translation of an item has got; fields without English text are not counted. */
export async function getTranslationSummary(type: ContentType, id: string): Promise<TranslationSummary | null> {
  await requireRole('EDITOR')
  const [row, stored] = await Promise.all([
    readLiveRow(db, type, id),
    db.translation.findMany({ where: { entityType: type, entityId: id }, select: { locale: true, field: true, value: true, source: true } }),
  ])
  if (!row) return null
  const summary = {} as TranslationSummary
  for (const locale of CONTENT_LOCALES) {
    const translations = byField(stored.filter((s) => s.locale === locale))
    const counts = { translated: 0, missing: 0, outdated: 0, total: 0 }
    for (const field of TRANSLATABLE_FIELDS[type]) {
      const status = translationStatus(englishValue(row[field.name]), translations.get(field.name))
      if (status === 'not-needed') continue
      counts.total += 1
      counts[status] += 1
    }
    summary[locale] = counts
  }
  return summary
}

/** Thrown inside the transaction to roll it back when the translations changed since the page was loaded. */
class StaleTranslations extends Error {}

/** Thrown inside the transaction to roll back a save with a field that cannot be stored. */
class FieldErrors extends Error {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super('Invalid translation fields')
    this.name = 'FieldErrors'
  }
}

const staleMessage =
  'Someone else saved translations of this item after you opened the page, so your changes were not saved. Your input is still in the form. Reload the page to see their version, then apply your changes again.'

/**
 * Saves the translations of one item into `locale`. For each posted field:
 * an empty value removes the translation; a changed value, or an unchanged
 * one the editor confirms as still correct, is stored with the English value
 * of now as its source; anything else is left as it is. `token` is what
 * getTranslationsForEdit returned: when the stored translations differ from
 * it, nothing is written. One audit entry describes the save, and the public
 * pages of a published item are expired after the commit.
 */
export async function saveTranslations(
  type: ContentType,
  id: string,
  locale: ContentLocale,
  values: Record<string, string>,
  confirmUpToDate: string[],
  token: string,
): Promise<SaveTranslationsResult> {
  const actor = await requireRole('EDITOR')
  const fields = TRANSLATABLE_FIELDS[type]
  const known = new Set(fields.map((f) => f.name))
  const strayConfirm = confirmUpToDate.filter((name) => !known.has(name))
  if (strayConfirm.length > 0) return { ok: false, message: `Unknown field: ${strayConfirm.join(', ')}.` }
  const parsed = translationValuesSchema(type).safeParse(values)
  if (!parsed.success) {
    const { fieldErrors, formErrors } = z.flattenError(parsed.error)
    const unknownKeys = parsed.error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : []))
    return {
      ok: false,
      message: unknownKeys.length > 0 ? `Unknown field: ${unknownKeys.join(', ')}.` : (formErrors[0] ?? 'Please correct the highlighted fields.'),
      fieldErrors: fieldErrors as Record<string, string[]>,
    }
  }
  const input = parsed.data as Record<string, string | undefined>
  const adapter = adapterForType(type)
  const language = CONTENT_LOCALE_NAMES[locale].english
  const staleTags: string[] = []
  try {
    const result = await db.$transaction(async (tx): Promise<SaveTranslationsResult> => {
      // Saves of the same item and language queue here, so that the token
      // check below and the writes after it act as one step.
      await tx.$queryRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(${`translation:${type}:${id}:${locale}`}, 0))) AS locked`
      const row = await readLiveRow(tx, type, id)
      if (!row) return { ok: false, message: `This ${adapter.noun} no longer exists.` }
      if (row.deletedAt) return { ok: false, message: `This ${adapter.noun} is in the trash. Restore it before changing its translations.` }
      const stored = await readStored(tx, type, id, locale)
      if (tokenOf(stored) !== token) throw new StaleTranslations()
      const current = byField(stored)
      const changed: string[] = []
      const fieldErrors: Record<string, string[]> = {}
      for (const field of fields) {
        const value = input[field.name]
        if (value === undefined) continue
        const existing = current.get(field.name)
        const english = englishValue(row[field.name])
        const key = { entityType: type, entityId: id, locale, field: field.name }
        if (value === '') {
          if (existing) {
            await tx.translation.delete({ where: { entityType_entityId_locale_field: key } })
            changed.push(field.name)
          }
          continue
        }
        const edited = !existing || existing.value !== value
        const confirmed = confirmUpToDate.includes(field.name) && existing?.source !== english
        if (!edited && !confirmed) continue
        if (english.trim() === '') {
          fieldErrors[field.name] = [`The English ${field.label.toLowerCase()} is empty, so there is nothing to translate. Clear this field.`]
          continue
        }
        await tx.translation.upsert({
          where: { entityType_entityId_locale_field: key },
          create: { ...key, value, source: english, updatedById: actor.id },
          update: { value, source: english, updatedById: actor.id },
        })
        changed.push(field.name)
      }
      if (Object.keys(fieldErrors).length > 0) {
        // Roll back whatever the other fields wrote: a save is all or nothing.
        throw new FieldErrors(fieldErrors)
      }
      if (changed.length === 0) return { ok: true, changed }
      const title = englishValue(row[adapter.titleField]) || row.slug
      const n = changed.length
      await writeAudit(tx, {
        actor,
        action: 'TRANSLATE',
        entityType: type,
        entityId: id,
        summary: `Updated the ${language} translation of “${title}” (${n} field${n === 1 ? '' : 's'})`,
        details: { locale, fields: changed },
      })
      // The public pages show the new text of a published item at once.
      if (row.status === 'PUBLISHED') {
        const footprint = await readFootprint(tx, adapter.segment, id)
        staleTags.push(...tagsForChange(adapter.segment, footprint, footprint))
      }
      return { ok: true, changed }
    })
    // After the commit, so that no request caches the old text again in between.
    expireTags(staleTags)
    return result
  } catch (error) {
    if (error instanceof StaleTranslations) return { ok: false, message: staleMessage }
    if (error instanceof FieldErrors)
      return { ok: false, message: 'The translations were not saved. Correct the highlighted fields.', fieldErrors: error.fieldErrors }
    throw error
  }
}

import 'server-only'
import { isCountryCode, listCountryCodes } from '@/lib/countries'
import { DatePrecision } from '@/lib/generated/prisma/enums'
import { countryName, formatDate } from '@/lib/utils'
import { FieldValidationError } from './errors'
import type { FormValues, Option, Tx } from './types'

// What the content adapters share: the choices their forms offer, the checks
// that chosen rows still exist, and the names that replace stored ids and
// codes in the history and the conflict message.

const byLabel = new Intl.Collator('en', { sensitivity: 'base' }).compare

/** Rows of the trash are never offered, and refused when chosen. */
const notTrashed = { deletedAt: null }

/**
 * The label of a stored code, or the value as it is when it is not one of
 * the codes (an old revision may hold a code that has since been renamed).
 */
export function labelOf(labels: Readonly<Record<string, string>>, value: unknown): string {
  if (typeof value !== 'string') return ''
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value
}

/** The choices of an enum column, in the order of `values` (the schema's order, which groups related codes). */
export function codeOptions<K extends string>(values: readonly K[], labels: Readonly<Record<K, string>>): Option[] {
  return values.map((value) => ({ value, label: labels[value] }))
}

/** "Japan" for JP; a blank or unknown code is shown as it is. */
export function countryLabel(value: unknown): string {
  if (typeof value !== 'string') return ''
  return isCountryCode(value) ? countryName(value) : value
}

/** Every country by English name; the code is the hint, so that filtering for "JP" finds Japan too. */
export function countryOptions(): Option[] {
  return listCountryCodes()
    .map((code) => ({ value: code, label: countryName(code), hint: code }))
    .sort((a, b) => byLabel(a.label, b.label))
}

/** How the precision of a single start or signing day reads (projects, MOUs). */
export const datePrecisionLabels: Readonly<Record<DatePrecision, string>> = {
  DAY: 'Exact day',
  MONTH: 'Month only',
  YEAR: 'Year only',
}

/** How the precision of an event's days reads: conferences and trainings span several. */
export const eventDatePrecisionLabels: Readonly<Record<DatePrecision, string>> = {
  DAY: 'Exact days',
  MONTH: 'Month only',
  YEAR: 'Year only',
}

/** The precisions from the most to the least exact, named by `labels`. */
export function datePrecisionOptions(labels: Readonly<Record<DatePrecision, string>>): Option[] {
  return codeOptions(Object.values(DatePrecision), labels)
}

/**
 * `values` with each listed field that is present replaced by what the form
 * showed for it, e.g. `{ country: countryLabel }` turns "JP" into "Japan".
 * Absent fields stay absent, so a diff does not see them as changed.
 */
export function describeFields(values: FormValues, describers: Record<string, (value: string) => string>): FormValues {
  const described: FormValues = { ...values }
  for (const [field, describe] of Object.entries(describers)) {
    const value = values[field]
    if (value !== undefined) described[field] = describe(value)
  }
  return described
}

// The browser splits picker values too, so the helper lives with the picker rules.
export { splitIds } from './picker-rules'

/**
 * Organizations a form may link to, published or not, by name. The hint is
 * the acronym; with `withCountry` also the country, for pickers where
 * organizations of several countries share a name ("Ministry of Mines").
 */
export async function organizationOptions(tx: Tx, { withCountry = false } = {}): Promise<Option[]> {
  const rows = await tx.organization.findMany({
    where: notTrashed,
    select: { id: true, name: true, acronym: true, country: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  })
  return rows.map((o) => ({
    value: o.id,
    label: o.name,
    hint: withCountry ? [o.acronym, countryLabel(o.country)].filter(Boolean).join(', ') : (o.acronym ?? undefined),
  }))
}

/** Projects a form may link to, published or not, by title; the hint is the acronym. */
export async function projectOptions(tx: Tx): Promise<Option[]> {
  const rows = await tx.project.findMany({
    where: notTrashed,
    select: { id: true, title: true, acronym: true },
    orderBy: { title: 'asc' },
  })
  return rows.map((p) => ({ value: p.id, label: p.title, hint: p.acronym ?? undefined }))
}

/** Trainings a form may link to, newest first; the hint is the start date. */
export async function trainingOptions(tx: Tx): Promise<Option[]> {
  const rows = await tx.training.findMany({
    where: notTrashed,
    select: { id: true, title: true, startDate: true },
    orderBy: { startDate: 'desc' },
  })
  return rows.map((t) => ({ value: t.id, label: t.title, hint: formatDate(t.startDate) }))
}

/** Conferences a form may link to, newest first; the hint is the start date. */
export async function conferenceOptions(tx: Tx): Promise<Option[]> {
  const rows = await tx.conference.findMany({
    where: notTrashed,
    select: { id: true, name: true, startDate: true },
    orderBy: { startDate: 'desc' },
  })
  return rows.map((c) => ({ value: c.id, label: c.name, hint: formatDate(c.startDate) }))
}

/** MOUs a form may link to, newest first, by subject; the hint is the country code. */
export async function mouOptions(tx: Tx): Promise<Option[]> {
  const rows = await tx.mou.findMany({
    where: notTrashed,
    select: { id: true, subject: true, country: true },
    orderBy: { startDate: 'desc' },
  })
  return rows.map((m) => ({ value: m.id, label: m.subject, hint: m.country }))
}

/** Documents (PDFs) of the media library, by title; the hint is the file name. */
export async function documentOptions(tx: Tx): Promise<Option[]> {
  const rows = await tx.media.findMany({
    where: { kind: 'DOCUMENT', ...notTrashed },
    select: { id: true, title: true, fileName: true },
    orderBy: [{ title: 'asc' }, { id: 'asc' }],
    take: 1000,
  })
  return rows.map((d) => ({ value: d.id, label: d.title, hint: d.fileName }))
}

/**
 * Images of the media library, newest first, as the address of their largest
 * resized copy (the one a page shows); the hint is the alternative text.
 * Images whose copies are not made yet are left out.
 */
export async function imageOptions(tx: Tx): Promise<Option[]> {
  const rows = await tx.media.findMany({
    where: { kind: 'IMAGE', ...notTrashed },
    select: { key: true, title: true, alt: true, variants: true },
    orderBy: { createdAt: 'desc' },
    take: 500,
  })
  return rows
    .filter((m) => m.variants.length > 0)
    .map((m) => ({ value: `/media/${m.key}/w${Math.max(...m.variants)}.webp`, label: m.title, hint: m.alt }))
}

/** The related rows a form links to by id. */
export type LinkedModel = 'organization' | 'project' | 'document'

async function countLive(tx: Tx, model: LinkedModel, ids: string[]): Promise<number> {
  const where = { id: { in: ids }, ...notTrashed }
  switch (model) {
    case 'organization':
      return tx.organization.count({ where })
    case 'project':
      return tx.project.count({ where })
    case 'document':
      return tx.media.count({ where: { ...where, kind: 'DOCUMENT' } })
  }
}

/**
 * Refuses chosen rows that were deleted or moved to the trash after the form
 * was loaded, with `message` on `field`. The schema cannot know this, and a
 * foreign key error would not say which choice is wrong.
 */
export async function requireLiveRows(
  tx: Tx,
  model: LinkedModel,
  ids: string | readonly string[] | undefined,
  error: { field: string; message: string },
): Promise<void> {
  const chosen = [...new Set(typeof ids === 'string' ? [ids] : (ids ?? []))].filter(Boolean)
  if (chosen.length === 0) return
  if ((await countLive(tx, model, chosen)) !== chosen.length) throw new FieldValidationError(error.field, error.message)
}

/** The rows whose names replace their ids in the history. */
export type NamedModel = LinkedModel | 'training' | 'conference' | 'mou'

async function findNames(tx: Tx, model: NamedModel, ids: string[]): Promise<Array<{ id: string; name: string }>> {
  const where = { id: { in: ids } }
  switch (model) {
    case 'organization':
      return tx.organization.findMany({ where, select: { id: true, name: true } })
    case 'project':
      return (await tx.project.findMany({ where, select: { id: true, title: true } })).map((r) => ({ id: r.id, name: r.title }))
    case 'document':
      return (await tx.media.findMany({ where, select: { id: true, title: true } })).map((r) => ({ id: r.id, name: r.title }))
    case 'training':
      return (await tx.training.findMany({ where, select: { id: true, title: true } })).map((r) => ({ id: r.id, name: r.title }))
    case 'conference':
      return tx.conference.findMany({ where, select: { id: true, name: true } })
    case 'mou':
      return (await tx.mou.findMany({ where, select: { id: true, subject: true } })).map((r) => ({ id: r.id, name: r.subject }))
  }
}

/**
 * The names (or titles, or subjects) of rows by id. Rows in the trash are
 * included, because an old revision may well name a row deleted since.
 */
export async function namesById(tx: Tx, model: NamedModel, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await findNames(tx, model, [...ids])
  return new Map(rows.map((r) => [r.id, r.name]))
}

/**
 * The comma-joined names of rows by id, in the order of `ids`; a row that no
 * longer exists reads "(deleted organization <id>)", with `noun` naming it.
 */
export async function describeIds(tx: Tx, model: NamedModel, ids: readonly string[], noun: string = model): Promise<string> {
  const names = await namesById(tx, model, ids)
  return ids.map((id) => names.get(id) ?? `(deleted ${noun} ${id})`).join(', ')
}

import { z } from 'zod'
import {
  CONTENT_LOCALES,
  TRANSLATABLE_FIELDS,
  type TranslatableContentType,
  type TranslatableField,
} from '@/lib/i18n/content-fields'

/**
 * The longest translation of each field: the English form's limits (see
 * lib/validation/<type>.ts), so a translation fits wherever the English text
 * does. A list gives the limit of one entry and the number of entries.
 */
const LIMITS: Record<TranslatableContentType, Record<string, number | { item: number; items: number }>> = {
  ORGANIZATION: { name: 200, description: 20_000 },
  PROJECT: { title: 300, summary: 600, body: 50_000, phase: 100, fundingSource: 200, outcomes: { item: 500, items: 50 } },
  MOU: { subject: 300, summary: 5_000, endTerm: 300 },
  CONFERENCE: { name: 300, edition: 40, series: 200, summary: 5_000, city: 100 },
  TRAINING: { title: 300, summary: 1_000, body: 50_000, location: 200 },
  NEWS: { title: 200, summary: 300, body: 50_000, coverImageAlt: 300 },
}

const count = (n: number) => n.toLocaleString('en')

/** Browsers send textarea line breaks as CRLF; translations store LF, like the lists they split on. */
const normalizeBreaks = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value)

function fieldSchema(type: TranslatableContentType, field: TranslatableField) {
  const limit = LIMITS[type][field.name] ?? 300
  if (typeof limit === 'number') {
    return z.preprocess(
      normalizeBreaks,
      z.string().trim().max(limit, `The ${field.label.toLowerCase()} must be at most ${count(limit)} characters`),
    )
  }
  // One entry per line: blank lines are dropped, the order is kept so that
  // the entries line up with the English list.
  return z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean)
        : value,
    z
      .array(z.string().max(limit.item, `Each entry must be at most ${count(limit.item)} characters`))
      .max(limit.items, `Enter at most ${limit.items} entries, one per line`)
      .transform((lines) => lines.join('\n')),
  )
}

/**
 * The translated values of one item: each translatable field of its type may
 * be posted (an empty value removes the translation); any other name is
 * refused. The output holds the values as stored (trimmed, LF line breaks).
 */
export function translationValuesSchema(type: TranslatableContentType) {
  const shape: Record<string, z.ZodType<string | undefined, unknown>> = {}
  for (const field of TRANSLATABLE_FIELDS[type]) shape[field.name] = fieldSchema(type, field).optional()
  return z.object(shape).strict()
}

/** The names of the fields whose outdated translation the editor marks as still correct, posted one checkbox each. */
const ConfirmListSchema = (type: TranslatableContentType) => {
  const names = TRANSLATABLE_FIELDS[type].map((f) => f.name)
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter(Boolean) : (value ?? [])),
    z.array(z.string().refine((name) => names.includes(name), 'Not a field of this form')),
  )
}

/**
 * The translation form of one content type: the language, the concurrency
 * token the page was loaded with, the confirmations and the values.
 */
export function translationFormSchema(type: TranslatableContentType) {
  return translationValuesSchema(type).extend({
    locale: z.enum(CONTENT_LOCALES, { error: 'Choose Chinese (Simplified) or Japanese' }),
    // Opaque to the form: what the page was loaded with, returned unchanged.
    token: z.string().max(200).default(''),
    confirmUpToDate: ConfirmListSchema(type),
  })
}

export type TranslationFormInput = {
  locale: (typeof CONTENT_LOCALES)[number]
  token: string
  confirmUpToDate: string[]
  values: Record<string, string>
}

/** Splits a parsed form into what saveTranslations takes. */
export function splitTranslationForm(parsed: Record<string, unknown>): TranslationFormInput {
  const { locale, token, confirmUpToDate, ...rest } = parsed
  const values: Record<string, string> = {}
  for (const [name, value] of Object.entries(rest)) if (typeof value === 'string') values[name] = value
  return {
    locale: locale as TranslationFormInput['locale'],
    token: typeof token === 'string' ? token : '',
    confirmUpToDate: Array.isArray(confirmUpToDate) ? confirmUpToDate.filter((v): v is string => typeof v === 'string') : [],
    values,
  }
}

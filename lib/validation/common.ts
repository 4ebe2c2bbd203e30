import { z } from 'zod'

/** Turns the empty string an HTML form sends for a blank field into undefined. */
export const emptyToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

export const SlugSchema = z
  .string()
  .trim()
  .min(1, 'Enter a slug')
  .max(120, 'Slug must be at most 120 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens, e.g. "annual-report-2024"')

export const OptionalUrlSchema = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .refine((v) => v.startsWith('/') || /^https?:\/\//.test(v), 'Enter a web address starting with https:// or /')
    .pipe(z.string().max(2000))
    .optional(),
)

/**
 * A date-time from an <input type="datetime-local"> (read as UTC, as the form
 * labels say) or an ISO string; blank means none.
 */
export const OptionalDateTimeSchema = z.preprocess(
  (value) => {
    const v = emptyToUndefined(value)
    return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(v) ? `${v}Z` : v
  },
  z.coerce.date({ error: 'Enter a valid date and time' }).optional(),
)

/** Comma-separated tags from a text input, trimmed, de-duplicated, empty ones dropped. */
export const TagListSchema = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? [...new Set(value.split(',').map((t) => t.trim()).filter(Boolean))]
      : value,
  z.array(z.string().max(40, 'Each tag must be at most 40 characters')).max(20, 'Use at most 20 tags'),
)

export const IdSchema = z.string().min(1).max(40)

/** `?page=` of a public list: anything that is not a sensible page number means page 1. */
export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
})

/**
 * Ids chosen in a relationship picker: the form sends one value per checked
 * box, which arrives comma-joined. Blank means none; duplicates are dropped.
 */
export const IdListSchema = z.preprocess(
  (value) =>
    typeof value === 'string' ? [...new Set(value.split(',').map((v) => v.trim()).filter(Boolean))] : (value ?? []),
  z.array(IdSchema).max(500, 'Choose at most 500 items'),
)

import { z } from 'zod'
import { PageQuerySchema } from './common'

/** An ISO 3166-1 alpha-2 code from the URL; "la" is read as "LA". */
const CountryCodeQuerySchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
  z.string().regex(/^[A-Z]{2}$/),
)

/** A calendar year from the URL, e.g. "2023". */
const YearQuerySchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim() : value),
  z.string().regex(/^\d{4}$/).transform(Number),
)

/**
 * `?year=&country=&page=` of the public trainings list. A missing, blank,
 * repeated or malformed value means "no filter" (or page 1), so a hand-edited
 * URL never leads to an error page.
 */
export const TrainingListQuerySchema = z.object({
  year: YearQuerySchema.optional().catch(undefined),
  country: CountryCodeQuerySchema.optional().catch(undefined),
  page: PageQuerySchema.shape.page,
})

export type TrainingListQuery = z.infer<typeof TrainingListQuerySchema>

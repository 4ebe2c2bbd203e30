import { z } from 'zod'
import { isCountryCode, normalizeCountryCode } from '@/lib/countries'
import { MOU_STATUSES } from '@/lib/mou-status'
import { PageQuerySchema } from './common'

/** An ISO 3166-1 alpha-2 code from the URL; "nz" is read as "NZ", and a code that is no country is refused. */
const CountryCodeQuerySchema = z.preprocess(
  (value) => (typeof value === 'string' ? normalizeCountryCode(value) : value),
  z.string().refine(isCountryCode),
)

/**
 * The values of the MOU list's `status` filter: one computed status, or
 * `IN_FORCE` for every MOU that has not expired (active, expiring soon or
 * indefinite), which is what the home page counts.
 */
export const MOU_STATUS_FILTERS = ['IN_FORCE', ...MOU_STATUSES] as const

export type MouStatusFilter = (typeof MOU_STATUS_FILTERS)[number]

/**
 * `?country=&status=&page=` of the public MOU list. A missing, blank,
 * repeated or unknown value means "no filter" (or page 1), so a hand-edited
 * URL never leads to an error page. Statuses are read in any letter case.
 */
export const MouListQuerySchema = z.object({
  country: CountryCodeQuerySchema.optional().catch(undefined),
  status: z
    .preprocess((value) => (typeof value === 'string' ? value.trim().toUpperCase() : value), z.enum(MOU_STATUS_FILTERS))
    .optional()
    .catch(undefined),
  page: PageQuerySchema.shape.page,
})

export type MouListQuery = z.infer<typeof MouListQuerySchema>

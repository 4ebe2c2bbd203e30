import { z } from 'zod'
import { OrganizationKind } from '@/lib/generated/prisma/enums'
import { PageQuerySchema } from './common'

/** An ISO 3166-1 alpha-2 code from the URL; "fr" is read as "FR". */
const CountryCodeQuerySchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
  z.string().regex(/^[A-Z]{2}$/),
)

/**
 * `?kind=&country=&page=` of the public partners list. A missing, blank,
 * repeated or unknown value means "no filter" (or page 1), so a hand-edited
 * URL never leads to an error page.
 */
export const OrganizationListQuerySchema = z.object({
  kind: z.enum(OrganizationKind).optional().catch(undefined),
  country: CountryCodeQuerySchema.optional().catch(undefined),
  page: PageQuerySchema.shape.page,
})

export type OrganizationListQuery = z.infer<typeof OrganizationListQuerySchema>

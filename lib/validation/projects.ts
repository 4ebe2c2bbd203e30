import { z } from 'zod'
import { ProjectScope, ProjectStatus } from '@/lib/generated/prisma/enums'
import { emptyToUndefined, PageQuerySchema } from './common'

const upperCase = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() : value)

/** An ISO 3166-1 alpha-2 code from the URL; "cn" is read as "CN". */
const CountryCodeQuerySchema = z.preprocess(upperCase, z.string().regex(/^[A-Z]{2}$/))

/**
 * `?status=&topic=&country=&scope=&page=` of the public projects list. A
 * missing, blank, repeated or unknown value means "no filter" (or page 1), so
 * a hand-edited URL never leads to an error page. Enum values are read in any
 * case ("active" is ACTIVE); a topic is matched exactly as stored.
 */
export const ProjectListQuerySchema = z.object({
  status: z.preprocess(upperCase, z.enum(ProjectStatus)).optional().catch(undefined),
  topic: z.preprocess(emptyToUndefined, z.string().trim().min(1).max(100).optional()).catch(undefined),
  country: CountryCodeQuerySchema.optional().catch(undefined),
  scope: z.preprocess(upperCase, z.enum(ProjectScope)).optional().catch(undefined),
  page: PageQuerySchema.shape.page,
})

export type ProjectListQuery = z.infer<typeof ProjectListQuerySchema>

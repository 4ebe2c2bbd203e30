import { z } from 'zod'
import { PageQuerySchema } from './common'

/** The conferences list's time filter: from today on, before today, or both. */
export const CONFERENCE_WHEN = ['upcoming', 'past', 'all'] as const

export type ConferenceWhen = (typeof CONFERENCE_WHEN)[number]

/**
 * `?when=&year=&page=` of the public conferences list. Anything that is not
 * one of the choices means "all" (for `when`), no year filter or page 1, so
 * a hand-edited URL never leads to an error page.
 */
export const ConferenceListQuerySchema = z.object({
  when: z.enum(CONFERENCE_WHEN).catch('all'),
  year: z.coerce.number().int().min(1900).max(2200).optional().catch(undefined),
  page: PageQuerySchema.shape.page,
})

export type ConferenceListQuery = z.infer<typeof ConferenceListQuerySchema>

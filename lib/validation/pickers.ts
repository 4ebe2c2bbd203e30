import { z } from 'zod'
import { PICKER_QUERY_MAX_LENGTH } from '@/lib/editorial/picker-rules'
import { PICKER_SOURCES } from '@/lib/editorial/types'
import { IdSchema, emptyToUndefined } from './common'

/** The search of a relationship picker: `GET /admin/options/<source>?q=…&exclude=<id>`. */
export const PickerQuerySchema = z.object({
  source: z.enum(PICKER_SOURCES, { error: 'Unknown kind of item to search' }),
  q: z
    .string()
    .trim()
    .max(PICKER_QUERY_MAX_LENGTH, `Search for at most ${PICKER_QUERY_MAX_LENGTH} characters`)
    .default(''),
  /** An item is never its own relation: the form leaves itself out. */
  exclude: z.preprocess(emptyToUndefined, IdSchema.optional()),
})

export type PickerQuery = z.infer<typeof PickerQuerySchema>

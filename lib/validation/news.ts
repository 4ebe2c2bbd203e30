import { z } from 'zod'
import { OptionalDateTimeSchema, OptionalUrlSchema, SlugSchema, TagListSchema, emptyToUndefined } from './common'

export const NewsInputSchema = z
  .object({
    title: z.string().trim().min(3, 'Title must be at least 3 characters').max(200, 'Title must be at most 200 characters'),
    slug: SlugSchema,
    summary: z.string().trim().max(300, 'Summary must be at most 300 characters').default(''),
    body: z.string().trim().min(1, 'Write the article text').max(50_000, 'Article text is too long'),
    tags: TagListSchema.default([]),
    publishedAt: OptionalDateTimeSchema,
    coverImageUrl: OptionalUrlSchema,
    coverImageAlt: z.preprocess(emptyToUndefined, z.string().trim().max(300).optional()),
  })
  .strict()
  .refine((v) => !v.coverImageUrl || v.coverImageAlt, {
    path: ['coverImageAlt'],
    message: 'Describe the cover image for people who cannot see it',
  })

export type NewsInput = z.infer<typeof NewsInputSchema>

export const NewsListQuerySchema = z.object({
  q: z.string().trim().max(200).catch(''),
  status: z.enum(['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
})

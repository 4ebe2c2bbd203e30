import { z } from 'zod'
import type { FormValues } from '@/lib/editorial/types'
import {
  IdListSchema,
  OptionalDateTimeSchema,
  OptionalUrlSchema,
  SlugSchema,
  TagListSchema,
  emptyToUndefined,
} from './common'

const newsFields = {
  title: z.string().trim().min(3, 'Title must be at least 3 characters').max(200, 'Title must be at most 200 characters'),
  slug: SlugSchema,
  summary: z.string().trim().max(300, 'Summary must be at most 300 characters').default(''),
  body: z.string().trim().max(50_000, 'Article text is too long').default(''),
  tags: TagListSchema.default([]),
  publishedAt: OptionalDateTimeSchema,
  coverImageUrl: OptionalUrlSchema,
  coverImageAlt: z.preprocess(emptyToUndefined, z.string().trim().max(300).optional()),
}

const coverNeedsAlt = {
  path: ['coverImageAlt'],
  message: 'Describe the cover image for people who cannot see it',
}

/** A complete article as the seed and the public pages need it. */
export const NewsInputSchema = z
  .object({ ...newsFields, body: newsFields.body.pipe(z.string().min(1, 'Write the article text')) })
  .strict()
  .refine((v) => !v.coverImageUrl || v.coverImageAlt, coverNeedsAlt)

export type NewsInput = z.infer<typeof NewsInputSchema>

const relationFields = {
  projectIds: IdListSchema,
  organizationIds: IdListSchema,
  trainingIds: IdListSchema,
  conferenceIds: IdListSchema,
  mouIds: IdListSchema,
}

/** An article as saved from the admin form: a draft needs only a title and a slug. */
export const NewsDraftSchema = z
  .object({ ...newsFields, ...relationFields })
  .strict()
  .refine((v) => !v.coverImageUrl || v.coverImageAlt, coverNeedsAlt)

export type NewsEditorInput = z.infer<typeof NewsDraftSchema>

/** What publishing additionally needs: the text and a summary for lists and feeds. */
export const NewsPublishSchema = NewsDraftSchema.superRefine((v, ctx) => {
  if (!v.body) ctx.addIssue({ code: 'custom', path: ['body'], message: 'Write the article text before publishing' })
  if (!v.summary)
    ctx.addIssue({ code: 'custom', path: ['summary'], message: 'Write a summary before publishing: lists and feeds show it' })
})

/** A date-time as the form's datetime-local input shows it (UTC, minutes). */
export function toDateTimeLocal(date: Date | undefined | null): string {
  return date ? date.toISOString().slice(0, 16) : ''
}

/** The form values of an article; parsing them with NewsDraftSchema gives the same input back. */
export function newsToFormValues(input: NewsEditorInput): FormValues {
  return {
    title: input.title,
    slug: input.slug,
    summary: input.summary,
    body: input.body,
    tags: input.tags.join(', '),
    publishedAt: toDateTimeLocal(input.publishedAt),
    coverImageUrl: input.coverImageUrl ?? '',
    coverImageAlt: input.coverImageAlt ?? '',
    projectIds: input.projectIds.join(','),
    organizationIds: input.organizationIds.join(','),
    trainingIds: input.trainingIds.join(','),
    conferenceIds: input.conferenceIds.join(','),
    mouIds: input.mouIds.join(','),
  }
}

export const NewsListQuerySchema = z.object({
  q: z.string().trim().max(200).catch(''),
  status: z.enum(['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
})

'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { revalidateNews } from '@/lib/cache'
import { createNews, deleteNews, publishNews, unpublishNews, updateNews } from '@/lib/data/news'
import { ConflictError, NotFoundError, isUniqueViolation } from '@/lib/data/errors'
import { type FormState, errorState, formValues, invalidState } from '@/lib/forms'
import { IdSchema } from '@/lib/validation/common'
import { type NewsInput, NewsInputSchema } from '@/lib/validation/news'

export type NewsFormState = FormState<NewsInput>

const VersionSchema = z.coerce.number().int().min(1)
const slugTaken = { slug: ['Another article already uses this slug. Choose a different one.'] }

export async function createNewsAction(_prev: NewsFormState, formData: FormData): Promise<NewsFormState> {
  const values = formValues(formData)
  const parsed = NewsInputSchema.safeParse(values)
  if (!parsed.success) return invalidState(parsed.error, values)
  let id: string
  try {
    const created = await createNews(parsed.data)
    id = created.id
    revalidateNews(created.slug)
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) return errorState('The article was not saved.', values, slugTaken)
    throw error
  }
  redirect(`/admin/news/${id}/edit?notice=created`)
}

export async function updateNewsAction(
  id: string,
  _prev: NewsFormState,
  formData: FormData,
): Promise<NewsFormState> {
  const { version, ...values } = formValues(formData)
  const parsedVersion = VersionSchema.safeParse(version)
  const parsed = NewsInputSchema.safeParse(values)
  const echoed = { ...values, version: version ?? '' }
  if (!parsed.success) return invalidState(parsed.error, echoed)
  if (!parsedVersion.success) return errorState('The form is out of date. Reload the page.', echoed)
  try {
    const saved = await updateNews(IdSchema.parse(id), parsed.data, parsedVersion.data)
    revalidateNews(saved.slug, saved.previousSlug)
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) return errorState('The article was not saved.', echoed, slugTaken)
    if (error instanceof ConflictError)
      return errorState(
        'Someone else saved this article after you opened it, so your changes were not saved. Your text is still below: copy what you need, reload the page to see their version, and apply your changes again.',
        echoed,
      )
    if (error instanceof NotFoundError) return errorState('This article has been deleted.', echoed)
    throw error
  }
  redirect(`/admin/news/${id}/edit?notice=saved`)
}

export async function publishNewsAction(id: string) {
  const { slug } = await publishNews(IdSchema.parse(id))
  revalidateNews(slug)
  redirect(`/admin/news/${id}/edit?notice=published`)
}

export async function unpublishNewsAction(id: string) {
  const { slug } = await unpublishNews(IdSchema.parse(id))
  // The old public URL must stop showing the article.
  revalidateNews(slug, slug)
  redirect(`/admin/news/${id}/edit?notice=unpublished`)
}

export async function deleteNewsAction(id: string) {
  const { slug } = await deleteNews(IdSchema.parse(id))
  revalidateNews(slug)
  redirect('/admin/news?notice=deleted')
}

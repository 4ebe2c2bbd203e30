'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { failureMessage } from '@/lib/action-attempt'
import { NotFoundError } from '@/lib/data/errors'
import { expireTags, mediaTags } from '@/lib/editorial/invalidate'
import {
  MediaInputError,
  deleteMedia,
  getMedia,
  purgeMedia,
  restoreMedia,
  updateMedia,
  uploadMedia,
} from '@/lib/data/media'
import { type FormState, acceptedFields, errorState, formValues, invalidState, rejectUnexpectedFields } from '@/lib/forms'
import { IdSchema } from '@/lib/validation/common'
import { MediaDetailsSchema, MediaUploadSchema } from '@/lib/validation/media'

type MediaFields = { file: string; title: string; alt: string }
export type MediaFormState = FormState<MediaFields>

// The edit form has no `kind`: the schema takes it from the stored item.
const EDIT_FIELDS = ['title', 'alt'] as const

// Admin pages read per request; this drops the client's cached copies of
// the library after a change.
function revalidateMedia(id?: string) {
  revalidatePath('/admin/media')
  if (id) revalidatePath(`/admin/media/${id}`)
}

export async function uploadMediaAction(_prev: MediaFormState, formData: FormData): Promise<MediaFormState> {
  // Only the text fields are echoed: browsers cannot put a file back into a file input.
  const values = formValues(formData)
  const stray = rejectUnexpectedFields<MediaFields>(formData, acceptedFields(MediaUploadSchema), values)
  if (stray) return stray
  const parsed = await MediaUploadSchema.safeParseAsync({
    file: formData.get('file'),
    title: values.title,
    alt: values.alt,
  })
  if (!parsed.success) return invalidState(parsed.error, values)
  let id: string
  try {
    const media = await uploadMedia({ file: parsed.data.file.data, title: parsed.data.title, alt: parsed.data.alt })
    id = media.id
  } catch (error) {
    if (error instanceof MediaInputError) return errorState(error.message, values, error.fieldErrors)
    const message = failureMessage(error)
    if (message) return errorState(message, values)
    throw error
  }
  revalidateMedia()
  redirect(`/admin/media/${id}?notice=uploaded`)
}

export async function updateMediaAction(id: string, _prev: MediaFormState, formData: FormData): Promise<MediaFormState> {
  const values = formValues(formData)
  const stray = rejectUnexpectedFields<MediaFields>(formData, EDIT_FIELDS, values)
  if (stray) return stray
  const mediaId = IdSchema.parse(id)
  try {
    // Whether a description is required depends on the stored kind of file.
    const item = await getMedia(mediaId)
    if (!item || item.deletedAt)
      return errorState('This file is in the trash or no longer exists, so your changes were not saved.', values)
    const parsed = MediaDetailsSchema.safeParse({ ...values, kind: item.kind })
    if (!parsed.success) return invalidState(parsed.error, values)
    await updateMedia(mediaId, { title: parsed.data.title, alt: parsed.data.alt })
  } catch (error) {
    if (error instanceof MediaInputError) return errorState(error.message, values, error.fieldErrors)
    if (error instanceof NotFoundError)
      return errorState('This file is in the trash or no longer exists, so your changes were not saved.', values)
    const message = failureMessage(error)
    if (message) return errorState(message, values)
    throw error
  }
  revalidateMedia(mediaId)
  // Project and MOU pages list their documents by title.
  expireTags(await mediaTags(mediaId))
  redirect(`/admin/media/${mediaId}?notice=saved`)
}

export async function deleteMediaAction(id: string) {
  const mediaId = IdSchema.parse(id)
  await deleteMedia(mediaId)
  revalidateMedia(mediaId)
  // Documents in the trash are no longer listed on the project and MOU pages.
  expireTags(await mediaTags(mediaId))
  // Back to the item, where it can be restored straight away.
  redirect(`/admin/media/${mediaId}?notice=trashed`)
}

export async function restoreMediaAction(id: string) {
  const mediaId = IdSchema.parse(id)
  await restoreMedia(mediaId)
  revalidateMedia(mediaId)
  expireTags(await mediaTags(mediaId))
  redirect(`/admin/media/${mediaId}?notice=restored`)
}

export async function purgeMediaAction(id: string) {
  const mediaId = IdSchema.parse(id)
  // The links to the pages that listed the file go with it, so they are read first.
  const stale = await mediaTags(mediaId)
  await purgeMedia(mediaId)
  revalidateMedia(mediaId)
  expireTags(stale)
  redirect('/admin/media?trash=1&notice=purged')
}

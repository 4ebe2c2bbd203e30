'use server'

import { notFound, redirect } from 'next/navigation'
import { attempt } from '@/lib/action-attempt'
import { adapterForSegment } from '@/lib/editorial/registry'
import { type FormState, acceptedFields, errorState, formValues, invalidState, rejectUnexpectedFields } from '@/lib/forms'
import { saveTranslations } from '@/lib/translations/service'
import { IdSchema } from '@/lib/validation/common'
import { splitTranslationForm, translationFormSchema } from '@/lib/validation/translations'

export type TranslationFormState = FormState

/**
 * Saves the translation form of one item. The form is checked here (known
 * fields only, lengths, language); the service checks the role, the trash
 * and concurrent saves, and writes the audit entry.
 */
export async function saveTranslationsAction(
  segment: string,
  id: string,
  _prev: TranslationFormState,
  formData: FormData,
): Promise<TranslationFormState> {
  const adapter = adapterForSegment(segment)
  const itemId = IdSchema.safeParse(id)
  if (!adapter || !itemId.success) notFound()
  const values = formValues(formData)
  const schema = translationFormSchema(adapter.type)
  const stray = rejectUnexpectedFields(formData, acceptedFields(schema), values)
  if (stray) return stray
  const parsed = schema.safeParse(values)
  if (!parsed.success) return invalidState(parsed.error, values)
  const { locale, token, confirmUpToDate, values: translations } = splitTranslationForm(parsed.data)
  const outcome = await attempt(() => saveTranslations(adapter.type, itemId.data, locale, translations, confirmUpToDate, token))
  if (!outcome.ok) return errorState(outcome.message, values)
  const result = outcome.value
  if (!result.ok) return errorState(result.message, values, result.fieldErrors)
  redirect(`/admin/${segment}/${itemId.data}/translations?locale=${locale}&notice=${result.changed.length > 0 ? 'saved' : 'unchanged'}`)
}

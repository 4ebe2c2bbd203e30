'use client'

import { useActionState, useEffect, useRef, useState } from 'react'
import { SubmitButton } from '@/components/admin/submit-button'
import { useUnsavedChangesWarning } from '@/components/admin/use-unsaved-changes'
import { Badge, type BadgeTone } from '@/components/ui/badge'
import { ErrorSummary } from '@/components/ui/error-summary'
import { CheckboxField, Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Textarea } from '@/components/ui/textarea'
import type { ContentLocale, TranslatableKind } from '@/lib/i18n/content-fields'
import type { TranslationStatus } from '@/lib/translations/status'
import type { TranslationFormState } from './actions'

/** One row of the editor: what the service's getTranslationsForEdit returns for a field. */
export type TranslationRow = {
  name: string
  label: string
  kind: TranslatableKind
  source: string
  translatedFrom: string | null
  value: string
  status: TranslationStatus
}

type Props = {
  action: (state: TranslationFormState, formData: FormData) => Promise<TranslationFormState>
  locale: ContentLocale
  /** The language as the labels name it, e.g. "Chinese (Simplified)", and its BCP 47 tag for `lang`. */
  language: { english: string; native: string; tag: string }
  token: string
  fields: TranslationRow[]
}

const STATUS: Record<TranslationStatus, { label: string; tone: BadgeTone }> = {
  translated: { label: 'Translated', tone: 'green' },
  missing: { label: 'Missing', tone: 'red' },
  outdated: { label: 'Outdated', tone: 'amber' },
  'not-needed': { label: 'No English text', tone: 'neutral' },
}

/**
 * The translation editor: for each translatable field, the English text
 * beside its translation (one above the other on narrow screens). After a
 * refused save it shows the error summary and keeps what was typed.
 */
export function TranslationForm({ action, locale, language, token, fields }: Props) {
  const [state, formAction] = useActionState(action, { status: 'idle' } as TranslationFormState)
  const summaryRef = useRef<HTMLDivElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const { markSaved, markDirty } = useUnsavedChangesWarning(formRef)
  // React resets a form after its action; remounting the fields afterwards
  // makes them show the submitted values (state.values) instead of the defaults.
  const [fieldsKey, setFieldsKey] = useState(0)
  useEffect(() => {
    const form = formRef.current
    if (!form) return
    const remount = () => setFieldsKey((k) => k + 1)
    form.addEventListener('reset', remount)
    return () => form.removeEventListener('reset', remount)
  }, [])

  useEffect(() => {
    if (state.status !== 'error') return
    markDirty()
    summaryRef.current?.focus()
  }, [state, markDirty])

  const submitted = state.values
  const errors = state.fieldErrors ?? {}
  const confirmed = new Set((submitted?.confirmUpToDate ?? '').split(',').filter(Boolean))

  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-6" onSubmit={markSaved}>
      {state.status === 'error' ? (
        <div ref={summaryRef} tabIndex={-1} className="space-y-4 focus:outline-none">
          <ErrorSummary title={state.message ?? 'There is a problem'} errors={errors} />
          {Object.keys(errors).length === 0 ? (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 font-medium text-red-900">
              {state.message}
            </p>
          ) : null}
        </div>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={submitted?.token ?? token} />
      <div key={fieldsKey} className="space-y-6">
        {fields.map((field) => {
          const status = STATUS[field.status]
          const value = submitted && field.name in submitted ? submitted[field.name] : field.value
          const inputLabel = `${language.english} translation`
          const description =
            field.kind === 'list' ? 'One entry per line, in the order of the English list.' : undefined
          return (
            <fieldset
              key={field.name}
              className="rounded-lg border border-stone-200 bg-white p-4"
              aria-describedby={`${field.name}-status`}
            >
              <legend className="px-1 text-base font-semibold text-ink">{field.label}</legend>
              <p id={`${field.name}-status`} className="mb-3">
                <span className="sr-only">Status: </span>
                <Badge tone={status.tone}>{status.label}</Badge>
              </p>
              <div className="grid gap-4 lg:grid-cols-2">
                <div className="space-y-1.5">
                  <p className="text-sm font-semibold text-ink">English</p>
                  <div
                    lang="en"
                    className="max-h-80 overflow-y-auto rounded-md border border-stone-200 bg-stone-50 px-3 py-2 whitespace-pre-wrap break-words"
                  >
                    {field.source || <span className="text-ink-muted italic">No English text</span>}
                  </div>
                  {field.status === 'outdated' && field.translatedFrom !== null ? (
                    <div className="space-y-1 text-sm">
                      <p className="font-semibold text-amber-900">English when translated:</p>
                      <div
                        lang="en"
                        className="max-h-60 overflow-y-auto rounded-md border border-amber-300 bg-amber-50 px-3 py-2 whitespace-pre-wrap break-words"
                      >
                        {field.translatedFrom || '(empty)'}
                      </div>
                    </div>
                  ) : null}
                </div>
                <div className="space-y-3">
                  <Field id={field.name} label={inputLabel} description={description} errors={errors[field.name]}>
                    {(control) =>
                      field.kind === 'text' ? (
                        <Input {...control} lang={language.tag} defaultValue={value} autoComplete="off" />
                      ) : (
                        <Textarea {...control} lang={language.tag} defaultValue={value} rows={field.kind === 'list' ? 6 : 8} />
                      )
                    }
                  </Field>
                  {field.status === 'outdated' ? (
                    <CheckboxField
                      id={`confirm-${field.name}`}
                      name="confirmUpToDate"
                      label="The translation is still correct: mark it up to date"
                      description="Tick this if the English change does not affect the translation."
                      checkboxProps={{ value: field.name, defaultChecked: confirmed.has(field.name) }}
                    />
                  ) : null}
                </div>
              </div>
            </fieldset>
          )
        })}
      </div>
      <SubmitButton>Save {language.english} translation</SubmitButton>
    </form>
  )
}

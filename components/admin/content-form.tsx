'use client'

import { type ReactNode, useActionState, useEffect, useRef, useState } from 'react'
import { ErrorSummary } from '@/components/ui/error-summary'
import { formatDateTime } from '@/lib/editorial/format'
import type { FieldChange, FormValues, Option, PickerChoices } from '@/lib/editorial/types'
import type { FormState } from '@/lib/forms'
import { SubmitButton } from './submit-button'
import { useUnsavedChangesWarning } from './use-unsaved-changes'

/**
 * What a content save action returns: the usual form state; the names of the
 * rows its pickers had chosen, by field (pickers that search the server know
 * only the names the page was loaded with); and, after a refused stale
 * save, what changed.
 */
export type ContentFormState = FormState & {
  chosen?: Record<string, Option[]>
  conflict?: {
    /** Who saved in between, and when (ISO). */
    by: string | null
    at: string
    changes: FieldChange[]
  }
}

export type ContentFormAction = (state: ContentFormState, formData: FormData) => Promise<ContentFormState>

/** The props every content type's form component takes. */
export type ContentFormProps = {
  action: ContentFormAction
  /** The working copy, as form values. */
  defaults: FormValues
  /** The version the form was loaded at; absent when creating. */
  version?: number
  /** Choices for selects and pickers over fixed lists, from the type's adapter `loadOptions`. */
  options: Record<string, Option[]>
  /** The relationship pickers' choices, by field name (see `PickerChoices`). */
  pickers?: Record<string, PickerChoices>
  submitLabel: string
}

export type ContentFormFields = {
  /** The value of each field: what the user typed after a failed save, else the stored value. */
  v: FormValues
  errors: Partial<Record<string, string[]>>
  options: ContentFormProps['options']
  /** The relationship pickers' choices, naming what a failed save had chosen too. */
  pickers: Record<string, PickerChoices>
}

/**
 * `pickers` with the names of what a failed save had chosen added to each
 * searching picker's chosen rows; the picker takes the chosen ids from the
 * submitted value and the names from here.
 */
function withSubmittedChoices(
  pickers: Record<string, PickerChoices>,
  chosen: Record<string, Option[]> | undefined,
): Record<string, PickerChoices> {
  if (!chosen) return pickers
  return Object.fromEntries(
    Object.entries(pickers).map(([field, picker]) => [
      field,
      picker.mode === 'search' ? { ...picker, chosen: [...(chosen[field] ?? []), ...picker.chosen] } : picker,
    ]),
  )
}

/**
 * The frame of every content form: the error summary (focused after a failed
 * save), the stale-version message with the other editor's changes, the hidden
 * version and submission id, the unsaved-changes warning and the submit button.
 * A type's form renders only its fields:
 *
 * ```tsx
 * <ContentForm {...props}>{({ v, errors }) => <Field id="title" … />}</ContentForm>
 * ```
 */
export function ContentForm({
  action,
  defaults,
  version,
  options,
  pickers = {},
  submitLabel,
  children,
}: ContentFormProps & { children: (fields: ContentFormFields) => ReactNode }) {
  const [state, formAction] = useActionState(action, { status: 'idle' } as ContentFormState)
  // One id per form visit: a second submit of the same save (double click, a
  // resend after a lost response) is recognised and does not save twice.
  const [submissionId] = useState(() => crypto.randomUUID())
  const summaryRef = useRef<HTMLDivElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const { markSaved, markDirty } = useUnsavedChangesWarning(formRef)
  // React resets a form after its action; native selects, checkboxes and
  // controlled widgets then fall back to what they first rendered. Remounting
  // the fields after the reset makes them show the submitted values again.
  const [fieldsKey, setFieldsKey] = useState(0)
  useEffect(() => {
    const form = formRef.current
    if (!form) return
    const remount = () => setFieldsKey((k) => k + 1)
    form.addEventListener('reset', remount)
    return () => form.removeEventListener('reset', remount)
  }, [])
  const v: FormValues = { ...defaults, ...state.values }
  const errors = state.fieldErrors ?? {}

  useEffect(() => {
    if (state.status !== 'error') return
    // Nothing was saved: the input on screen is still unsaved.
    markDirty()
    summaryRef.current?.focus()
  }, [state, markDirty])

  return (
    <form ref={formRef} action={formAction} noValidate className="max-w-3xl space-y-6" onSubmit={markSaved}>
      {state.status === 'error' ? (
        <div ref={summaryRef} tabIndex={-1} className="space-y-4 focus:outline-none">
          <ErrorSummary title={state.message ?? 'There is a problem'} errors={state.fieldErrors ?? []} />
          {!state.fieldErrors ? (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 font-medium text-red-900">
              {state.message}
            </p>
          ) : null}
          {state.conflict ? <ConflictPanel conflict={state.conflict} /> : null}
        </div>
      ) : null}
      {version !== undefined ? <input type="hidden" name="version" value={state.values?.version ?? String(version)} /> : null}
      <input type="hidden" name="submissionId" value={submissionId} />
      <div key={fieldsKey} className="space-y-6">
        {children({ v, errors, options, pickers: withSubmittedChoices(pickers, state.chosen) })}
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  )
}

function ConflictPanel({ conflict }: { conflict: NonNullable<ContentFormState['conflict']> }) {
  const at = formatDateTime(new Date(conflict.at))
  return (
    <section aria-labelledby="conflict-heading" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 id="conflict-heading" className="font-semibold">
        What {conflict.by ?? 'someone else'} changed ({at})
      </h2>
      {conflict.changes.length === 0 ? (
        <p className="mt-2">They changed its status or publishing, not its fields.</p>
      ) : (
        <dl className="mt-2 space-y-3">
          {conflict.changes.map((c) => (
            <div key={c.name}>
              <dt className="font-medium">{c.label}</dt>
              <dd className="grid gap-1 text-sm sm:grid-cols-2">
                <span className="whitespace-pre-wrap break-words">
                  <span className="font-semibold">Before: </span>
                  {c.before || '(empty)'}
                </span>
                <span className="whitespace-pre-wrap break-words">
                  <span className="font-semibold">Now: </span>
                  {c.after || '(empty)'}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  )
}

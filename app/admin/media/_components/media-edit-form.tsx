'use client'

import { useActionState, useEffect, useRef } from 'react'
import { SubmitButton } from '@/components/admin/submit-button'
import { Alert } from '@/components/ui/alert'
import { ErrorSummary } from '@/components/ui/error-summary'
import { Field } from '@/components/ui/field'
import { Textarea } from '@/components/ui/textarea'
import type { MediaFormState } from '../actions'

/** Edits the title of an item and, for an image, its description. */
export function MediaEditForm({
  action,
  kind,
  defaults,
}: {
  action: (state: MediaFormState, formData: FormData) => Promise<MediaFormState>
  kind: 'IMAGE' | 'DOCUMENT'
  defaults: { title: string; alt: string }
}) {
  const [state, formAction] = useActionState(action, { status: 'idle' })
  const summaryRef = useRef<HTMLDivElement>(null)
  // After a failed save, what the user typed wins over the stored values.
  const values = { ...defaults, ...state.values }
  const errors = state.fieldErrors ?? {}
  const hasFieldErrors = Object.values(errors).some((messages) => messages && messages.length > 0)
  const failed = state.status === 'error'

  useEffect(() => {
    if (state.status === 'error') summaryRef.current?.focus()
  }, [state])

  return (
    <form action={formAction} noValidate className="max-w-3xl space-y-6">
      {failed && hasFieldErrors ? (
        <ErrorSummary ref={summaryRef} title={state.message ?? 'There is a problem'} errors={errors} />
      ) : null}
      {failed && !hasFieldErrors && state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <Field id="title" label="Title" required errors={errors.title} inputProps={{ defaultValue: values.title }} />
      {kind === 'IMAGE' ? (
        <Field
          id="alt"
          label="Description of the image (alt text)"
          required
          description="What the picture shows, for people who cannot see it. Pages that use the image may give their own description."
          errors={errors.alt}
        >
          {(control) => <Textarea {...control} rows={3} defaultValue={values.alt} />}
        </Field>
      ) : null}
      <SubmitButton>Save changes</SubmitButton>
    </form>
  )
}

'use client'

import { useActionState, useEffect, useRef } from 'react'
import { SubmitButton } from '@/components/admin/submit-button'
import { Alert } from '@/components/ui/alert'
import { ErrorSummary } from '@/components/ui/error-summary'
import { Field } from '@/components/ui/field'
import { Textarea } from '@/components/ui/textarea'
import { ACCEPTED_MIME_TYPES, MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES, formatFileSize } from '@/lib/media/detect'
import type { MediaFormState } from '../actions'

/** Uploads one image or PDF with its title and, for images, its description. */
export function MediaUploadForm({
  action,
}: {
  action: (state: MediaFormState, formData: FormData) => Promise<MediaFormState>
}) {
  const [state, formAction] = useActionState(action, { status: 'idle' })
  const summaryRef = useRef<HTMLDivElement>(null)
  const errors = state.fieldErrors ?? {}
  const values = state.values ?? {}
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
      <Field
        id="file"
        label="File"
        required
        description={
          <>
            A JPEG, PNG, WebP or GIF image of at most {formatFileSize(MAX_IMAGE_BYTES)}, or a PDF document of at most{' '}
            {formatFileSize(MAX_DOCUMENT_BYTES)}. Images are resized and their camera and location data removed.
            {failed ? (
              <strong className="mt-1 block font-semibold text-ink">
                Choose the file again: for your security, browsers do not keep a chosen file after the form is sent.
              </strong>
            ) : null}
          </>
        }
        errors={errors.file}
        inputProps={{ type: 'file', accept: ACCEPTED_MIME_TYPES.join(',') }}
      />
      <Field
        id="title"
        label="Title"
        required
        description="Shown in the library and, for documents, as the link text on public pages."
        errors={errors.title}
        inputProps={{ defaultValue: values.title ?? '' }}
      />
      <Field
        id="alt"
        label="Description of the image (alt text)"
        description="Required for images: what the picture shows, for people who cannot see it. Leave empty for a PDF."
        errors={errors.alt}
      >
        {(control) => <Textarea {...control} rows={3} defaultValue={values.alt ?? ''} />}
      </Field>
      <SubmitButton pendingLabel="Uploading…">Upload</SubmitButton>
    </form>
  )
}

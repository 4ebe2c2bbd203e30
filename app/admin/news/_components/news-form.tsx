'use client'

import { useActionState, useEffect, useRef } from 'react'
import { SubmitButton } from '@/components/admin/submit-button'
import { ErrorSummary } from '@/components/ui/error-summary'
import { Field } from '@/components/ui/field'
import { Textarea } from '@/components/ui/textarea'
import type { NewsFormState } from '../actions'

export type NewsFormDefaults = {
  title: string
  slug: string
  summary: string
  body: string
  tags: string
  publishedAt: string
  coverImageUrl: string
  coverImageAlt: string
  version?: string
}

const empty: NewsFormDefaults = {
  title: '',
  slug: '',
  summary: '',
  body: '',
  tags: '',
  publishedAt: '',
  coverImageUrl: '',
  coverImageAlt: '',
}

/** The one news form, for creating (no defaults) and editing (with defaults and a version). */
export function NewsForm({
  action,
  defaults = empty,
  submitLabel,
}: {
  action: (state: NewsFormState, formData: FormData) => Promise<NewsFormState>
  defaults?: NewsFormDefaults
  submitLabel: string
}) {
  const [state, formAction] = useActionState(action, { status: 'idle' })
  const summaryRef = useRef<HTMLDivElement>(null)
  // After a failed save, the values the user typed win over the stored ones.
  const v = { ...defaults, ...state.values }
  const errors = state.fieldErrors ?? {}

  useEffect(() => {
    if (state.status === 'error') summaryRef.current?.focus()
  }, [state])

  return (
    <form action={formAction} noValidate className="max-w-3xl space-y-6">
      {state.status === 'error' ? (
        <ErrorSummary
          ref={summaryRef}
          title={state.message ?? 'There is a problem'}
          errors={state.fieldErrors ?? []}
        />
      ) : null}
      {defaults.version ? <input type="hidden" name="version" value={v.version} /> : null}
      <Field id="title" label="Title" required errors={errors.title} inputProps={{ defaultValue: v.title }} />
      <Field
        id="slug"
        label="Slug"
        required
        description="The last part of the article's web address: lowercase letters, digits and hyphens."
        errors={errors.slug}
        inputProps={{ defaultValue: v.slug, spellCheck: false, autoCapitalize: 'none' }}
      />
      <Field id="summary" label="Summary" description="One or two sentences shown in lists; at most 300 characters." errors={errors.summary}>
        {(control) => <Textarea {...control} rows={3} defaultValue={v.summary} />}
      </Field>
      <Field
        id="body"
        label="Text"
        required
        description="Separate paragraphs with an empty line. Start lines with “- ” for a list."
        errors={errors.body}
      >
        {(control) => <Textarea {...control} rows={14} defaultValue={v.body} />}
      </Field>
      <Field
        id="tags"
        label="Tags"
        description="Separated by commas, e.g. MOU, Geochemistry."
        errors={errors.tags}
        inputProps={{ defaultValue: v.tags }}
      />
      <Field
        id="publishedAt"
        label="Publication date (UTC)"
        description="Leave empty to use the moment the article is published."
        errors={errors.publishedAt}
        inputProps={{ type: 'datetime-local', defaultValue: v.publishedAt }}
      />
      <Field
        id="coverImageUrl"
        label="Cover image address"
        description="Optional. A web address starting with https:// or /."
        errors={errors.coverImageUrl}
        inputProps={{ defaultValue: v.coverImageUrl, type: 'url' }}
      />
      <Field
        id="coverImageAlt"
        label="Cover image description"
        description="Required with a cover image: what the picture shows, for people who cannot see it."
        errors={errors.coverImageAlt}
        inputProps={{ defaultValue: v.coverImageAlt }}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  )
}

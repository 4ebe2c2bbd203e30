'use client'

import { useActionState, useEffect, useRef } from 'react'
import { SubmitButton } from '@/components/admin/submit-button'
import { Alert } from '@/components/ui/alert'
import { ButtonLink } from '@/components/ui/button'
import { ErrorSummary } from '@/components/ui/error-summary'
import { Field } from '@/components/ui/field'
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/validation/users'
import type { AcceptInvitationState } from './actions'

export function InvitationForm({
  action,
  email,
}: {
  action: (state: AcceptInvitationState, formData: FormData) => Promise<AcceptInvitationState>
  email: string
}) {
  const [state, formAction] = useActionState(action, { status: 'idle' })
  const summaryRef = useRef<HTMLDivElement>(null)
  const errors = state.fieldErrors ?? {}

  useEffect(() => {
    if (state.status === 'error') summaryRef.current?.focus()
  }, [state])

  if (state.linkProblem) {
    return (
      <div className="mt-6 space-y-4">
        <Alert tone="error" title={state.linkProblem === 'expired' ? 'This link has expired' : 'This link cannot be used'}>
          {state.message}
        </Alert>
        <ButtonLink href="/login" variant="secondary">
          Go to sign in
        </ButtonLink>
      </div>
    )
  }

  return (
    <form action={formAction} noValidate className="mt-6 space-y-5">
      {state.status === 'error' ? (
        <ErrorSummary ref={summaryRef} title={state.message ?? 'There is a problem'} errors={state.fieldErrors ?? []} />
      ) : null}
      {/* Lets password managers store the new password with the right account. */}
      <Field
        id="username"
        label="E-mail address"
        description="Your sign-in name; it cannot be changed here."
        inputProps={{ type: 'email', value: email, readOnly: true, autoComplete: 'username' }}
      />
      <Field
        id="password"
        label="New password"
        required
        description={`At least ${PASSWORD_MIN_LENGTH} characters (at most ${PASSWORD_MAX_LENGTH}). A few unrelated words make a strong, memorable password.`}
        errors={errors.password}
        inputProps={{ type: 'password', autoComplete: 'new-password', maxLength: PASSWORD_MAX_LENGTH }}
      />
      <Field
        id="confirmPassword"
        label="Confirm new password"
        required
        errors={errors.confirmPassword}
        inputProps={{ type: 'password', autoComplete: 'new-password', maxLength: PASSWORD_MAX_LENGTH }}
      />
      <SubmitButton className="w-full" pendingLabel="Setting your password…">
        Set password
      </SubmitButton>
    </form>
  )
}

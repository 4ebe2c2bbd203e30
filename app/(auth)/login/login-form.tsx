'use client'

import { useActionState, useEffect, useRef } from 'react'
import { SubmitButton } from '@/components/admin/submit-button'
import { ErrorSummary } from '@/components/ui/error-summary'
import { Field } from '@/components/ui/field'
import { loginAction } from './actions'

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction] = useActionState(loginAction, { status: 'idle' })
  const summaryRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.status === 'error') summaryRef.current?.focus()
  }, [state])
  const errors = state.fieldErrors ?? {}

  return (
    <form action={formAction} noValidate className="mt-6 space-y-5">
      {state.status === 'error' ? (
        <ErrorSummary
          ref={summaryRef}
          errors={state.fieldErrors && Object.keys(state.fieldErrors).length > 0 ? state.fieldErrors : [{ fieldId: 'email', message: state.message ?? 'Sign in failed.' }]}
        />
      ) : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        id="email"
        label="Email"
        errors={errors.email}
        inputProps={{ type: 'email', autoComplete: 'username', defaultValue: state.values?.email ?? '' }}
      />
      <Field
        id="password"
        label="Password"
        errors={errors.password}
        inputProps={{ type: 'password', autoComplete: 'current-password' }}
      />
      <SubmitButton className="w-full">Sign in</SubmitButton>
    </form>
  )
}

'use client'

import { useActionState } from 'react'
import { FormStatus } from '@/components/admin/form-status'
import { SubmitButton } from '@/components/admin/submit-button'
import type { RoleFormState } from '../actions'
import { RoleFieldset } from './role-fieldset'

/** Changes a user's role; refusals (your own role, the last administrator) appear under the choices. */
export function RoleForm({
  action,
  currentRole,
}: {
  action: (state: RoleFormState, formData: FormData) => Promise<RoleFormState>
  currentRole: string
}) {
  const [state, formAction] = useActionState(action, { status: 'idle' })
  // After a refusal the administrator's choice stays selected; after success the saved role is.
  const chosen = state.status === 'error' ? state.values?.role : currentRole
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormStatus state={state.status === 'success' ? state : { status: 'idle' }} />
      <RoleFieldset
        key={`${state.status}-${chosen ?? ''}`}
        legend="Role"
        idPrefix="role"
        defaultValue={chosen}
        errors={state.fieldErrors?.role}
      />
      <SubmitButton pendingLabel="Saving…">Change role</SubmitButton>
    </form>
  )
}

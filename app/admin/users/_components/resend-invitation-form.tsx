'use client'

import { useActionState } from 'react'
import { FormStatus } from '@/components/admin/form-status'
import { SubmitButton } from '@/components/admin/submit-button'
import type { ResendFormState } from '../actions'
import { InvitationLink } from './invitation-link'

/** Creates a new invitation link (the old one stops working) and shows it once. */
export function ResendInvitationForm({
  action,
}: {
  action: (state: ResendFormState, formData: FormData) => Promise<ResendFormState>
}) {
  const [state, formAction] = useActionState(action, { status: 'idle' })
  return (
    <div className="space-y-4">
      <FormStatus state={state} />
      {state.status === 'success' && state.invitation ? <InvitationLink invitation={state.invitation} /> : null}
      <form action={formAction}>
        <SubmitButton variant="secondary" pendingLabel="Creating a new link…">
          {state.status === 'success' ? 'Create another new link' : 'Send a new invitation'}
        </SubmitButton>
      </form>
    </div>
  )
}

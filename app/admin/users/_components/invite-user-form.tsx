'use client'

import { useActionState, useEffect, useRef, useState } from 'react'
import { SubmitButton } from '@/components/admin/submit-button'
import { Alert } from '@/components/ui/alert'
import { Button, ButtonLink } from '@/components/ui/button'
import { ErrorSummary } from '@/components/ui/error-summary'
import { Field } from '@/components/ui/field'
import { type InviteFormState, createUserAction } from '../actions'
import { InvitationLink } from './invitation-link'
import { RoleFieldset } from './role-fieldset'

function InviteUserForm({ onInviteAnother }: { onInviteAnother: () => void }) {
  const [state, formAction] = useActionState<InviteFormState, FormData>(createUserAction, { status: 'idle' })
  const summaryRef = useRef<HTMLDivElement>(null)
  const resultRef = useRef<HTMLHeadingElement>(null)
  const values = state.values ?? {}
  const errors = state.fieldErrors ?? {}

  useEffect(() => {
    if (state.status === 'error') summaryRef.current?.focus()
    if (state.status === 'success') resultRef.current?.focus()
  }, [state])

  if (state.status === 'success' && state.invitation) {
    const { invitation } = state
    return (
      <section aria-labelledby="invited-heading" className="max-w-3xl space-y-6">
        <h2 id="invited-heading" ref={resultRef} tabIndex={-1} className="text-xl font-semibold text-ink">
          {invitation.name} has been invited
        </h2>
        <InvitationLink invitation={invitation} />
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={`/admin/users/${invitation.userId}`}>Go to {invitation.name}’s page</ButtonLink>
          <Button variant="secondary" onClick={onInviteAnother}>
            Invite another user
          </Button>
        </div>
      </section>
    )
  }

  return (
    <form action={formAction} noValidate className="max-w-3xl space-y-6">
      {state.status === 'error' ? (
        <ErrorSummary ref={summaryRef} title={state.message ?? 'There is a problem'} errors={state.fieldErrors ?? []} />
      ) : null}
      <Field
        id="name"
        label="Name"
        required
        errors={errors.name}
        inputProps={{ defaultValue: values.name ?? '', autoComplete: 'off' }}
      />
      <Field
        id="email"
        label="E-mail address"
        required
        description="The invitation link is sent here when e-mail is configured; it is also the user’s sign-in name."
        errors={errors.email}
        inputProps={{ type: 'email', defaultValue: values.email ?? '', autoComplete: 'off', spellCheck: false }}
      />
      <RoleFieldset defaultValue={values.role} errors={errors.role} />
      <Alert tone="info">
        The user chooses their own password with a link that works once and expires after 7 days. The link is shown
        on the next screen.
      </Alert>
      <SubmitButton pendingLabel="Inviting…">Invite user</SubmitButton>
    </form>
  )
}

/** The invitation form; "Invite another user" starts again with an empty form. */
export function InviteUserSection() {
  const [round, setRound] = useState(0)
  return <InviteUserForm key={round} onInviteAnother={() => setRound((n) => n + 1)} />
}

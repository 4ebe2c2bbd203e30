'use client'

import { useActionState } from 'react'
import type { RestoreRevisionState } from '@/app/admin/[type]/actions'
import { SubmitButton } from './submit-button'

/** Restores a revision as a new one; a stale page is refused with a message. */
export function RestoreRevisionButton({
  action,
  version,
  label,
}: {
  action: (state: RestoreRevisionState, formData: FormData) => Promise<RestoreRevisionState>
  version: number
  label: string
}) {
  const [state, formAction] = useActionState(action, { status: 'idle' } as RestoreRevisionState)
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="version" value={version} />
      <SubmitButton variant="secondary" pendingLabel="Restoring…">
        {label}
      </SubmitButton>
      <div aria-live="polite">
        {state.status === 'error' ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  )
}

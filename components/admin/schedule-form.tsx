'use client'

import { useActionState } from 'react'
import type { ScheduleFormState } from '@/app/admin/[type]/actions'
import { Field } from '@/components/ui/field'
import { Select } from '@/components/ui/select'
import { SubmitButton } from './submit-button'

/** Schedules a publish or unpublish of the item at a date and time (UTC). */
export function ScheduleForm({
  action,
  canUnpublish,
}: {
  action: (state: ScheduleFormState, formData: FormData) => Promise<ScheduleFormState>
  canUnpublish: boolean
}) {
  const [state, formAction] = useActionState(action, { status: 'idle' } as ScheduleFormState)
  return (
    <form action={formAction} noValidate className="space-y-3">
      {state.status === 'error' && !state.fieldErrors?.runAt ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
      <Field id="schedule-action" name="action" label="Change">
        {(control) => (
          <Select {...control} defaultValue={state.values?.action ?? 'PUBLISH'}>
            <option value="PUBLISH">Publish</option>
            {canUnpublish ? <option value="UNPUBLISH">Unpublish</option> : null}
          </Select>
        )}
      </Field>
      <Field
        id="runAt"
        label="At (UTC)"
        errors={state.fieldErrors?.runAt}
        inputProps={{ type: 'datetime-local', defaultValue: state.values?.runAt }}
      />
      <SubmitButton variant="secondary" size="sm" pendingLabel="Scheduling…">
        Schedule
      </SubmitButton>
    </form>
  )
}

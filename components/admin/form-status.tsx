import { Alert } from '@/components/ui/alert'

/** The part of `FormState` this component reads; any `FormState<T>` fits. */
export type FormStatusState = {
  status: 'idle' | 'error' | 'success'
  message?: string
}

export type FormStatusProps = {
  state: FormStatusState
  className?: string
}

/**
 * Shows a form's overall message (e.g. "Saved" or "Could not save") as an
 * alert. The live region stays mounted while idle so the message is announced
 * when it appears after a submit.
 */
export function FormStatus({ state, className }: FormStatusProps) {
  const visible = state.status !== 'idle' && Boolean(state.message)
  return (
    <div aria-live="polite" aria-atomic="true" className={className}>
      {visible ? (
        <Alert tone={state.status === 'error' ? 'error' : 'success'} announce={false}>
          {state.message}
        </Alert>
      ) : null}
    </div>
  )
}

import type { z } from 'zod'
import { z as zod } from 'zod'

/**
 * The one state shape every admin form's server action returns. `values`
 * echoes what the user submitted so a failed save never empties the form.
 */
export type FormState<T = Record<string, unknown>> = {
  status: 'idle' | 'error' | 'success'
  message?: string
  fieldErrors?: Partial<Record<keyof T & string, string[]>>
  values?: Record<string, string>
}

export const idleState: FormState = { status: 'idle' }

/** The submitted text fields, without the framework's own `$ACTION_…` entries. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of formData) {
    if (key.startsWith('$') || typeof value !== 'string') continue
    values[key] = key in values ? `${values[key]},${value}` : value
  }
  return values
}

/** Every field error of a failed parse (not just the first), with the user's values. */
export function invalidState<T>(error: z.ZodError<T>, values: Record<string, string>): FormState<T> {
  const { fieldErrors, formErrors } = zod.flattenError(error)
  return {
    status: 'error',
    message: formErrors[0] ?? 'Please correct the highlighted fields.',
    fieldErrors: fieldErrors as FormState<T>['fieldErrors'],
    values,
  }
}

export function errorState<T>(
  message: string,
  values: Record<string, string>,
  fieldErrors?: FormState<T>['fieldErrors'],
): FormState<T> {
  return { status: 'error', message, values, fieldErrors }
}

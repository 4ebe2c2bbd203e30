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

/** Next.js posts its own entries (`$ACTION_ID_…`, `$ACTION_REF_…`) with every action form. */
function isFrameworkKey(key: string): boolean {
  return key.startsWith('$')
}

/** The submitted text fields, without the framework's own `$ACTION_…` entries. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of formData) {
    if (isFrameworkKey(key) || typeof value !== 'string') continue
    values[key] = key in values ? `${values[key]},${value}` : value
  }
  return values
}

// ---- Unexpected fields ------------------------------------------------------
// A form accepts exactly the fields it shows plus the hidden fields it adds.
// Anything else (`role`, `status`, `id`, `createdById`…) can only come from a
// crafted request, so it is refused outright instead of being dropped: a
// silently ignored key hides both attacks and forms that post the wrong name.

const quoted = (key: string) => `“${key}”`

/** The form-level message for submitted keys the form does not have. */
export function unexpectedFieldsMessage(keys: readonly string[]): string {
  if (keys.length === 1) return `This form does not accept the field ${quoted(keys[0]!)}.`
  const names = keys.map(quoted)
  return `This form does not accept the fields ${names.slice(0, -1).join(', ')} and ${names.at(-1)}.`
}

/**
 * The names a form may post: the fields of its schema's object shape plus the
 * hidden fields the form component adds (a version, a submission id…).
 */
export function acceptedFields(schema: { shape: Record<string, unknown> } | null, hidden: readonly string[] = []): string[] {
  return [...(schema ? Object.keys(schema.shape) : []), ...hidden]
}

/** Submitted keys outside `accepted`, in submission order, each once; Next's own `$…` entries are never counted. */
export function unexpectedFields(submitted: FormData | Record<string, string>, accepted: readonly string[]): string[] {
  const allowed = new Set(accepted)
  const keys = submitted instanceof FormData ? [...submitted.keys()] : Object.keys(submitted)
  return [...new Set(keys.filter((key) => !isFrameworkKey(key) && !allowed.has(key)))]
}

/**
 * An error state naming every submitted key outside `accepted`, or null when
 * there is none. Call it before parsing, so nothing is read or written for a
 * request the form could not have sent.
 */
export function rejectUnexpectedFields<T>(
  submitted: FormData | Record<string, string>,
  accepted: readonly string[],
  values: Record<string, string>,
): FormState<T> | null {
  const keys = unexpectedFields(submitted, accepted)
  return keys.length > 0 ? errorState<T>(unexpectedFieldsMessage(keys), values) : null
}

/**
 * The form-level message of a failed parse. Strict schemas report extra keys
 * as zod's `unrecognized_keys` issue; it is worded like the check above so
 * the user reads the same sentence whichever layer caught the key.
 */
function formMessage<T>(error: z.ZodError<T>, formErrors: string[]): string {
  const extra = error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys : []))
  if (extra.length > 0) return unexpectedFieldsMessage([...new Set(extra)])
  return formErrors[0] ?? 'Please correct the highlighted fields.'
}

/** Every field error of a failed parse (not just the first), with the user's values. */
export function invalidState<T>(error: z.ZodError<T>, values: Record<string, string>): FormState<T> {
  const { fieldErrors, formErrors } = zod.flattenError(error)
  return {
    status: 'error',
    message: formMessage(error, formErrors),
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

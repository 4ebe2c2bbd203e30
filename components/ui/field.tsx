import type { ComponentProps, ReactNode } from 'react'
import { cn } from '@/lib/utils'
import { Checkbox, type CheckboxProps } from './checkbox'
import { Input, type InputProps } from './input'

type ErrorListProps = {
  /** Usually `${fieldId}-error`, the id the control's `aria-describedby` points to. */
  id?: string
  errors?: readonly string[] | null
  className?: string
}

/**
 * The error messages of one field (or of a whole form). The wrapper is always
 * rendered, even when empty, because screen readers only announce changes to
 * an `aria-live` region that already existed before the change.
 */
export function ErrorList({ id, errors, className }: ErrorListProps) {
  const messages = errors?.filter(Boolean) ?? []
  return (
    <div id={id} aria-live="polite" className={cn(messages.length > 0 && 'mt-1.5', className)}>
      {messages.length > 0 ? (
        <ul className="space-y-1">
          {messages.map((message) => (
            <li key={message} className="flex gap-1.5 text-sm font-medium text-red-700">
              <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="mt-0.5 size-4 shrink-0">
                <path
                  fillRule="evenodd"
                  d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
                  clipRule="evenodd"
                />
              </svg>
              <span>
                <span className="sr-only">Error: </span>
                {message}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

/** The attributes `Field` puts on its control; spread them onto any custom control. */
export type FieldControlProps = {
  id: string
  name: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
  'aria-required': true | undefined
}

function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const value = ids.filter(Boolean).join(' ')
  return value || undefined
}

type FieldBaseProps = {
  /** The control's id; the label, description and error list derive their ids from it. */
  id: string
  /** The form field name; defaults to `id`. */
  name?: string
  label: ReactNode
  /** Help text shown under the label and announced with the control. */
  description?: ReactNode
  /** Messages from `FormState.fieldErrors[name]`; any message marks the control invalid. */
  errors?: readonly string[] | null
  /**
   * Marks the field as required in the label and with `aria-required`. The
   * native `required` attribute is left to the caller, so forms can rely on
   * server-side validation and its error summary.
   */
  required?: boolean
  className?: string
}

export type FieldProps = FieldBaseProps & {
  /** Props for the default `<Input>` when no `children` are given. */
  inputProps?: Omit<InputProps, 'id' | 'name'>
  /**
   * A custom control. Receives the wiring props to spread onto it, e.g.
   * `{(control) => <Textarea {...control} rows={12} />}`.
   */
  children?: (control: FieldControlProps) => ReactNode
}

/** The ids and ARIA attributes that tie a control to its label, description and errors. */
function wireField({ id, name, description, errors, required }: Omit<FieldBaseProps, 'label' | 'className'>) {
  const hasErrors = Boolean(errors?.some(Boolean))
  const descriptionId = description ? `${id}-description` : undefined
  const errorId = `${id}-error`
  const control: FieldControlProps = {
    id,
    name: name ?? id,
    'aria-invalid': hasErrors || undefined,
    'aria-describedby': describedBy(descriptionId, hasErrors && errorId),
    'aria-required': required || undefined,
  }
  return { control, descriptionId, errorId }
}

/**
 * A labelled form field: label, optional description, the control, and its
 * error list, with `htmlFor`, `aria-invalid` and `aria-describedby` wired up.
 *
 * ```tsx
 * <Field id="title" label="Title" errors={state.fieldErrors?.title}
 *   inputProps={{ defaultValue: state.values?.title }} />
 * <Field id="body" label="Body" required errors={state.fieldErrors?.body}>
 *   {(control) => <Textarea {...control} rows={12} />}
 * </Field>
 * ```
 */
export function Field({
  id,
  name,
  label,
  description,
  errors,
  required,
  className,
  inputProps,
  children,
}: FieldProps) {
  const { control, descriptionId, errorId } = wireField({ id, name, description, errors, required })

  return (
    <div className={cn('space-y-1.5', className)}>
      <FieldLabel htmlFor={id} required={required}>
        {label}
      </FieldLabel>
      {description ? (
        <p id={descriptionId} className="text-sm text-ink-muted">
          {description}
        </p>
      ) : null}
      {children ? children(control) : <Input {...inputProps} {...control} />}
      <ErrorList id={errorId} errors={errors} />
    </div>
  )
}

type FieldLabelProps = ComponentProps<'label'> & { required?: boolean }

/** The label used by `Field`, for layouts that need the label on its own. */
export function FieldLabel({ required, className, children, ...props }: FieldLabelProps) {
  return (
    <label className={cn('block text-sm font-semibold text-ink', className)} {...props}>
      {children}
      {required ? <span className="ml-1 font-normal text-ink-muted">(required)</span> : null}
    </label>
  )
}

export type CheckboxFieldProps = FieldBaseProps & {
  checkboxProps?: Omit<CheckboxProps, 'id' | 'name'>
}

/** A checkbox with its label to the right, plus description and errors wired like `Field`. */
export function CheckboxField({
  id,
  name,
  label,
  description,
  errors,
  required,
  className,
  checkboxProps,
}: CheckboxFieldProps) {
  const { control, descriptionId, errorId } = wireField({ id, name, description, errors, required })

  return (
    <div className={className}>
      <div className="flex items-start gap-3">
        <Checkbox {...checkboxProps} {...control} className={cn('mt-0.5', checkboxProps?.className)} />
        <div className="space-y-0.5">
          <FieldLabel htmlFor={id} required={required} className="font-medium">
            {label}
          </FieldLabel>
          {description ? (
            <p id={descriptionId} className="text-sm text-ink-muted">
              {description}
            </p>
          ) : null}
        </div>
      </div>
      <ErrorList id={errorId} errors={errors} />
    </div>
  )
}

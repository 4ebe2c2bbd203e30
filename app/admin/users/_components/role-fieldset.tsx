import { ErrorList } from '@/components/ui/field'
import type { Role } from '@/lib/generated/prisma/enums'
import { ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS } from '@/lib/validation/users'

export type RoleFieldsetProps = {
  /** The chosen role, if any. */
  defaultValue?: string
  errors?: readonly string[]
  legend?: string
  /** Differs between forms on one page; the first radio's id is this prefix alone, so error links land on it. */
  idPrefix?: string
}

/**
 * The three roles as radio buttons, each with what the role may do, so the
 * administrator sees the consequence of the choice before making it.
 */
export function RoleFieldset({ defaultValue, errors, legend = 'Role', idPrefix = 'role' }: RoleFieldsetProps) {
  const errorId = `${idPrefix}-error`
  const invalid = Boolean(errors?.length)
  return (
    <fieldset aria-describedby={invalid ? errorId : undefined} className="space-y-3">
      <legend className="mb-1 text-sm font-semibold text-ink">
        {legend}
        <span className="ml-1 font-normal text-ink-muted">(required)</span>
      </legend>
      {ROLES.map((role: Role, index) => {
        const id = index === 0 ? idPrefix : `${idPrefix}-${role.toLowerCase()}`
        return (
          <div key={role} className="flex items-start gap-3">
            <input
              type="radio"
              id={id}
              name="role"
              value={role}
              defaultChecked={defaultValue === role}
              aria-describedby={`${id}-description`}
              className="mt-1 size-5 shrink-0 accent-primary-700"
            />
            <div>
              <label htmlFor={id} className="font-medium text-ink">
                {ROLE_LABELS[role]}
              </label>
              <p id={`${id}-description`} className="text-sm text-ink-muted">
                {ROLE_DESCRIPTIONS[role]}
              </p>
            </div>
          </div>
        )
      })}
      <ErrorList id={errorId} errors={errors} />
    </fieldset>
  )
}

'use client'

import { useEffect, useId, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'
import { ErrorList, FieldLabel } from '@/components/ui/field'
import { Select } from '@/components/ui/select'
import { cn } from '@/lib/utils'

type Choice = { value: string; label: string; hint?: string }

export type PartnerRowsProps = {
  /** Field name; each row submits one "organizationId:ROLE" value under it (the server sees them comma-joined). */
  name: string
  legend: string
  description?: string
  organizations: Choice[]
  roles: Choice[]
  /** The stored rows as the form value: "orgId:ROLE" items, comma-joined. */
  defaultValue?: string
  errors?: readonly string[]
  className?: string
}

type Row = { key: number; organizationId: string; role: string }

function parseRows(value: string): Omit<Row, 'key'>[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const colon = item.lastIndexOf(':')
      return colon === -1
        ? { organizationId: item, role: '' }
        : { organizationId: item.slice(0, colon), role: item.slice(colon + 1) }
    })
}

/**
 * The organizations taking part in a project, one row per organization and
 * role: an organization select, a role select and a Remove button, plus an
 * "Add partner" button. The same organization may appear in several rows
 * with different roles (lead and funder, say).
 *
 * Each row submits a hidden "organizationId:ROLE" input; with no rows an
 * empty value is submitted, so removing every partner is kept after a failed
 * save instead of falling back to the stored partners.
 */
export function PartnerRows({
  name,
  legend,
  description,
  organizations,
  roles,
  defaultValue = '',
  errors,
  className,
}: PartnerRowsProps) {
  const id = useId()
  const [rows, setRows] = useState<Row[]>(() => parseRows(defaultValue).map((row, index) => ({ ...row, key: index })))
  // Row keys stay unique across additions and removals; the first rows took 0…n-1.
  const nextKey = useRef(rows.length)
  const [announcement, setAnnouncement] = useState('')
  const [generation, setGeneration] = useState(0)
  const fieldsetRef = useRef<HTMLFieldSetElement>(null)
  const addButtonRef = useRef<HTMLButtonElement>(null)
  // The row whose organization select gets focus after the next render.
  const focusKey = useRef<number | 'add' | null>(null)

  const hasErrors = Boolean(errors?.some(Boolean))
  const descriptionId = description ? `${id}-description` : undefined
  const errorId = `${id}-error`
  const selectId = (key: number, part: 'organization' | 'role') => `${id}-${part}-${key}`
  const knownOrganizations = new Set(organizations.map((o) => o.value))

  // React resets the form after its action runs, and a native reset puts each
  // <select> back to the option it was created with. The selects are
  // therefore uncontrolled, created with the row's current choice, and
  // created anew after a reset (a new generation), so what they show always
  // matches the rows that are submitted.
  useEffect(() => {
    const form = fieldsetRef.current?.closest('form')
    if (!form) return
    const onReset = () => setGeneration((n) => n + 1)
    form.addEventListener('reset', onReset)
    return () => form.removeEventListener('reset', onReset)
  }, [])

  useEffect(() => {
    const key = focusKey.current
    if (key === null) return
    focusKey.current = null
    if (key === 'add') addButtonRef.current?.focus()
    else document.getElementById(selectId(key, 'organization'))?.focus()
  })

  // Adding and removing rows changes no input, so tell the form's
  // unsaved-changes warning about it explicitly.
  function markChanged() {
    fieldsetRef.current?.dispatchEvent(new Event('change', { bubbles: true }))
  }

  function update(key: number, change: Partial<Omit<Row, 'key'>>) {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)))
  }

  function add() {
    // The first organization added is usually the lead; later ones partners.
    const preferred = rows.length === 0 ? 'LEAD' : 'PARTNER'
    const role = roles.some((r) => r.value === preferred) ? preferred : (roles[0]?.value ?? '')
    const key = nextKey.current++
    setRows((current) => [...current, { key, organizationId: '', role }])
    focusKey.current = key
    setAnnouncement(`Partner ${rows.length + 1} added.`)
    markChanged()
  }

  function remove(index: number) {
    const next = rows.filter((_, i) => i !== index)
    setRows(next)
    // Keep the keyboard where it was: on the row that moved up, the new last
    // row, or the Add button when no row is left.
    focusKey.current = next[index]?.key ?? next[index - 1]?.key ?? 'add'
    setAnnouncement(`Partner ${index + 1} removed.`)
    markChanged()
  }

  return (
    <fieldset
      ref={fieldsetRef}
      id={name}
      tabIndex={-1}
      className={cn('space-y-3', className)}
      aria-describedby={[descriptionId, hasErrors && errorId].filter(Boolean).join(' ') || undefined}
      aria-invalid={hasErrors || undefined}
    >
      <legend className="text-sm font-semibold text-ink">{legend}</legend>
      {description ? (
        <p id={descriptionId} className="text-sm text-ink-muted">
          {description}
        </p>
      ) : null}

      {rows.length === 0 ? (
        <>
          <p className="text-sm text-ink-muted">No partners yet.</p>
          <input type="hidden" name={name} value="" />
        </>
      ) : (
        <ol className="space-y-3">
          {rows.map((row, index) => {
            const number = index + 1
            const organizationSelect = selectId(row.key, 'organization')
            const roleSelect = selectId(row.key, 'role')
            return (
              <li
                key={row.key}
                className="grid gap-3 rounded-md border border-line-strong bg-surface p-3 sm:grid-cols-[minmax(0,1fr)_12rem_auto] sm:items-end"
              >
                <div className="space-y-1.5">
                  <FieldLabel htmlFor={organizationSelect}>Partner {number} organization</FieldLabel>
                  <Select
                    key={generation}
                    id={organizationSelect}
                    defaultValue={row.organizationId}
                    onChange={(e) => update(row.key, { organizationId: e.target.value })}
                    aria-describedby={hasErrors ? errorId : undefined}
                  >
                    <option value="">Choose an organization</option>
                    {row.organizationId && !knownOrganizations.has(row.organizationId) ? (
                      <option value={row.organizationId}>No longer available: choose another</option>
                    ) : null}
                    {organizations.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.hint ? `${o.label} (${o.hint})` : o.label}
                      </option>
                    ))}
                  </Select>
                </div>
                <div className="space-y-1.5">
                  <FieldLabel htmlFor={roleSelect}>Partner {number} role</FieldLabel>
                  <Select
                    key={generation}
                    id={roleSelect}
                    defaultValue={row.role}
                    onChange={(e) => update(row.key, { role: e.target.value })}
                    aria-describedby={hasErrors ? errorId : undefined}
                  >
                    {!row.role ? <option value="">Choose a role</option> : null}
                    {row.role && !roles.some((r) => r.value === row.role) ? (
                      <option value={row.role}>Unknown role: choose another</option>
                    ) : null}
                    {roles.map((r) => (
                      <option key={r.value} value={r.value}>
                        {r.label}
                      </option>
                    ))}
                  </Select>
                </div>
                <Button variant="secondary" onClick={() => remove(index)}>
                  Remove<span className="sr-only"> partner {number}</span>
                </Button>
                <input type="hidden" name={name} value={`${row.organizationId}:${row.role}`} />
              </li>
            )
          })}
        </ol>
      )}

      {organizations.length === 0 ? (
        <p className="text-sm text-ink-muted">
          There are no organizations to choose from yet. Add the partner organizations first.
        </p>
      ) : (
        <Button ref={addButtonRef} variant="secondary" onClick={add}>
          Add partner
        </Button>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <ErrorList id={errorId} errors={errors} />
    </fieldset>
  )
}

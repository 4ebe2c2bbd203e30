'use client'

import { useEffect, useId, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'
import { ErrorList } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Select } from '@/components/ui/select'
import { cn } from '@/lib/utils'

type Option = { value: string; label: string; hint?: string }

type Row = { key: number; country: string; participants: string }

export type CountryCountRowsProps = {
  /** Field name; the rows are submitted under it as one value, e.g. "CN:12,JP:,TH:5". */
  name: string
  legend: string
  description?: string
  /** The countries to choose from, e.g. `options.countries` of the form. */
  countries: Option[]
  /** The stored rows in the submitted format, e.g. "CN:12,JP:,TH:5". */
  defaultValue?: string
  errors?: readonly string[]
  required?: boolean
  className?: string
}

let nextKey = 0

/** "CN:12,JP:" → rows; the format is defined by ParticipantCountriesSchema in lib/validation/trainings.ts. */
function toRows(value: string): Row[] {
  return value
    .split(',')
    .filter((entry) => entry.trim() !== '')
    .map((entry) => {
      const [country = '', participants = ''] = entry.split(':')
      return { key: nextKey++, country: country.trim(), participants: participants.trim() }
    })
}

/** The submitted value of a row, or null for a row left completely empty (it is simply ignored). */
function toValue(row: Row): string | null {
  // Thousands separators ("1,000") and stray spaces would break the format;
  // anything else that is not a number is left for the server to report.
  const participants = row.participants.replace(/[\s,:]/g, '')
  if (row.country === '' && participants === '') return null
  return `${row.country}:${participants}`
}

/**
 * Rows of a country and an optional number, e.g. the participant countries of
 * a training and how many people came from each. Rows are added and removed
 * with buttons; every control has its own label naming its row, and focus
 * moves to the new row, or to the next control after a removal, so the list
 * works from the keyboard and with a screen reader.
 */
export function CountryCountRows({
  name,
  legend,
  description,
  countries,
  defaultValue = '',
  errors,
  required,
  className,
}: CountryCountRowsProps) {
  const id = useId()
  const [rows, setRows] = useState(() => toRows(defaultValue))
  // Stored rows that change under the form (a save elsewhere, a restored
  // revision) replace the rows on screen.
  const [shownDefault, setShownDefault] = useState(defaultValue)
  if (defaultValue !== shownDefault) {
    setShownDefault(defaultValue)
    setRows(toRows(defaultValue))
  }

  // React resets the form after a save; a reset puts a <select> back to its
  // first option even when React controls its value, so the selects are
  // mounted again afterwards to show the rows' countries.
  const fieldsetRef = useRef<HTMLFieldSetElement>(null)
  const [generation, setGeneration] = useState(0)
  useEffect(() => {
    const form = fieldsetRef.current?.form
    if (!form) return
    const remount = () => setGeneration((g) => g + 1)
    form.addEventListener('reset', remount)
    return () => form.removeEventListener('reset', remount)
  }, [])

  // Where focus goes after the rows change: a row's country select, or the add button.
  const focusAfterChange = useRef<number | 'add' | null>(null)
  const addButtonRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const target = focusAfterChange.current
    if (target === null) return
    focusAfterChange.current = null
    if (target === 'add') addButtonRef.current?.focus()
    else document.getElementById(`${id}-country-${target}`)?.focus()
  }, [rows, id])

  const countryLabel = (code: string) => countries.find((c) => c.value === code)?.label ?? code

  function update(key: number, change: Partial<Omit<Row, 'key'>>) {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)))
  }

  function add() {
    const row = { key: nextKey++, country: '', participants: '' }
    focusAfterChange.current = row.key
    setRows((current) => [...current, row])
  }

  function remove(key: number) {
    const index = rows.findIndex((row) => row.key === key)
    const rest = rows.filter((row) => row.key !== key)
    focusAfterChange.current = rest[index]?.key ?? rest[index - 1]?.key ?? 'add'
    setRows(rest)
  }

  // One value for all rows, present even when there are none, so that
  // removing the last row is saved too.
  const submitted = rows.map(toValue).filter((value) => value !== null).join(',')
  const hasErrors = Boolean(errors?.length)
  const listed = rows.filter((row) => row.country !== '').length

  return (
    <fieldset
      ref={fieldsetRef}
      id={name}
      tabIndex={-1}
      className={cn('space-y-3', className)}
      aria-describedby={cn(description && `${id}-description`, hasErrors && `${id}-error`) || undefined}
      aria-invalid={hasErrors || undefined}
    >
      <legend className="text-sm font-semibold text-ink">
        {legend}
        {required ? <span className="ml-1 font-normal text-ink-muted">(required)</span> : null}
      </legend>
      {description ? (
        <p id={`${id}-description`} className="text-sm text-ink-muted">
          {description}
        </p>
      ) : null}

      {rows.length === 0 ? (
        <p className="text-sm text-ink-muted">No countries listed yet.</p>
      ) : (
        <ol className="space-y-3">
          {rows.map((row, index) => {
            const position = index + 1
            const rowName = row.country ? countryLabel(row.country) : `row ${position}`
            return (
              <li
                key={row.key}
                className="grid items-end gap-3 rounded-md border border-line bg-surface p-3 sm:grid-cols-[minmax(0,1fr)_10rem_auto]"
              >
                <div className="space-y-1.5">
                  <label htmlFor={`${id}-country-${row.key}`} className="block text-sm font-medium text-ink">
                    Country {position}
                  </label>
                  <Select
                    key={generation}
                    id={`${id}-country-${row.key}`}
                    value={row.country}
                    onChange={(e) => update(row.key, { country: e.target.value })}
                  >
                    <option value="">Choose a country</option>
                    {countries.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </Select>
                </div>
                <div className="space-y-1.5">
                  <label htmlFor={`${id}-participants-${row.key}`} className="block text-sm font-medium text-ink">
                    Participants <span className="sr-only">from {rowName}</span>{' '}
                    <span className="font-normal text-ink-muted">(optional)</span>
                  </label>
                  <Input
                    id={`${id}-participants-${row.key}`}
                    inputMode="numeric"
                    autoComplete="off"
                    value={row.participants}
                    onChange={(e) => update(row.key, { participants: e.target.value })}
                    onKeyDown={(e) => {
                      // Enter in a row adds nothing and must not submit the whole form half-filled.
                      if (e.key === 'Enter') e.preventDefault()
                    }}
                  />
                </div>
                <Button type="button" variant="ghost" onClick={() => remove(row.key)}>
                  Remove <span className="sr-only">{rowName}</span>
                </Button>
              </li>
            )
          })}
        </ol>
      )}

      <div className="flex flex-wrap items-center gap-3">
        <Button ref={addButtonRef} type="button" variant="secondary" onClick={add}>
          Add a country
        </Button>
        <p className="text-sm text-ink-muted" aria-live="polite">
          {listed === 1 ? '1 country listed' : `${listed} countries listed`}
        </p>
      </div>
      <input type="hidden" name={name} value={submitted} />
      <ErrorList id={`${id}-error`} errors={errors} />
    </fieldset>
  )
}

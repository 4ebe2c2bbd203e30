'use client'

import { useId, useMemo, useState } from 'react'
import { ErrorList } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { cn } from '@/lib/utils'

export type OptionsPickerProps = {
  /** Field name; checked values are submitted under it (the server sees them comma-joined). */
  name: string
  legend: string
  description?: string
  options: { value: string; label: string; hint?: string }[]
  /** Comma-separated values checked at first, e.g. the stored `counterpartIds`. */
  defaultValue?: string
  errors?: readonly string[]
  required?: boolean
  className?: string
}

/**
 * A multiple choice for relationships (counterparts of an MOU, related items
 * of an article): a filter box over a scrollable list of checkboxes, with the
 * chosen ones listed first and counted. Filtering only hides rows, so hidden
 * choices stay checked and are still submitted. Works without JavaScript as a
 * plain list of checkboxes.
 */
export function OptionsPicker({
  name,
  legend,
  description,
  options,
  defaultValue = '',
  errors,
  required,
  className,
}: OptionsPickerProps) {
  const id = useId()
  const initial = useMemo(() => new Set(defaultValue.split(',').filter(Boolean)), [defaultValue])
  const [checked, setChecked] = useState(initial)
  const [filter, setFilter] = useState('')
  // Chosen items first, in the order of the options; the order is fixed at
  // first render so rows do not jump while the user ticks boxes.
  const ordered = useMemo(
    () => [...options.filter((o) => initial.has(o.value)), ...options.filter((o) => !initial.has(o.value))],
    [options, initial],
  )
  const needle = filter.trim().toLowerCase()
  const visible = (o: { label: string; hint?: string }) =>
    !needle || o.label.toLowerCase().includes(needle) || Boolean(o.hint?.toLowerCase().includes(needle))
  const shown = ordered.filter(visible).length
  const hasErrors = Boolean(errors?.length)

  return (
    <fieldset
      className={cn('space-y-2', className)}
      aria-describedby={cn(description && `${id}-description`, hasErrors && `${id}-error`) || undefined}
      aria-invalid={hasErrors || undefined}
      id={name}
      tabIndex={-1}
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
      {options.length === 0 ? (
        <p className="text-sm text-ink-muted">Nothing to choose from yet.</p>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <label htmlFor={`${id}-filter`} className="sr-only">
              Filter {legend.toLowerCase()}
            </label>
            <Input
              id={`${id}-filter`}
              type="search"
              placeholder="Filter…"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              onKeyDown={(e) => {
                // Enter in the filter must not submit the whole form.
                if (e.key === 'Enter') e.preventDefault()
              }}
              className="max-w-xs"
            />
            <p className="text-sm text-ink-muted" aria-live="polite">
              {checked.size} selected{needle ? ` · ${shown} of ${options.length} shown` : ''}
            </p>
          </div>
          {/* Submitted even when every box is unchecked, so "none" survives a failed save. */}
          <input type="hidden" name={name} value="" />
          <ul className="max-h-64 divide-y divide-stone-100 overflow-y-auto rounded-md border border-stone-300 bg-white">
            {ordered.map((o) => (
              <li key={o.value} hidden={!visible(o)} className="px-3 py-2">
                <label className="flex cursor-pointer items-start gap-3 text-sm">
                  <input
                    type="checkbox"
                    name={name}
                    value={o.value}
                    defaultChecked={initial.has(o.value)}
                    onChange={(e) => {
                      const next = new Set(checked)
                      if (e.target.checked) next.add(o.value)
                      else next.delete(o.value)
                      setChecked(next)
                    }}
                    className="mt-0.5 size-4 shrink-0 accent-primary-700"
                  />
                  <span>
                    {o.label}
                    {o.hint ? <span className="block text-ink-muted">{o.hint}</span> : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      <ErrorList id={`${id}-error`} errors={errors} />
    </fieldset>
  )
}

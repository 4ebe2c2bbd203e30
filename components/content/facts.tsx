import type { ReactNode } from 'react'

export type Fact = { label: string; value: ReactNode }

/**
 * Key facts of an item (duration, funding, country…) as a description list.
 * Facts whose value is empty are left out rather than shown as blanks.
 */
export function Facts({ facts, className }: { facts: Fact[]; className?: string }) {
  const shown = facts.filter((f) => f.value !== null && f.value !== undefined && f.value !== '' && f.value !== false)
  if (shown.length === 0) return null
  return (
    <dl className={`grid gap-x-8 gap-y-4 rounded-lg border border-line bg-surface p-5 sm:grid-cols-2 ${className ?? ''}`}>
      {shown.map((f) => (
        <div key={f.label}>
          <dt className="text-sm font-semibold text-ink-muted">{f.label}</dt>
          <dd className="mt-0.5 text-ink">{f.value}</dd>
        </div>
      ))}
    </dl>
  )
}

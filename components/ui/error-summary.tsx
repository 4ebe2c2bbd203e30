import { useId, type Ref } from 'react'
import { cn } from '@/lib/utils'

export type ErrorSummaryItem = {
  /** The id of the invalid control; the link points to `#${fieldId}`. */
  fieldId: string
  message: string
}

export type ErrorSummaryProps = {
  /**
   * Field errors keyed by field id, as in `FormState.fieldErrors` (field ids
   * equal field names in our forms), or an explicit list. Empty or missing
   * errors render nothing.
   */
  errors: Partial<Record<string, readonly string[] | undefined>> | readonly ErrorSummaryItem[] | undefined
  title?: string
  /** Focus this after a failed submit so keyboard and screen reader users land on the summary. */
  ref?: Ref<HTMLDivElement>
  className?: string
}

function toItems(errors: ErrorSummaryProps['errors']): ErrorSummaryItem[] {
  if (!errors) return []
  if (Array.isArray(errors)) return [...(errors as readonly ErrorSummaryItem[])]
  return Object.entries(errors as Partial<Record<string, readonly string[] | undefined>>).flatMap(
    ([fieldId, messages]) => (messages ?? []).filter(Boolean).map((message) => ({ fieldId, message })),
  )
}

/**
 * The box at the top of a form listing every problem, each linking to its
 * field. It is focusable (`tabIndex={-1}`) but not in the tab order, so a form
 * can move focus to it with `ref.current?.focus()` after a failed submit.
 */
export function ErrorSummary({ errors, title = 'There is a problem', ref, className }: ErrorSummaryProps) {
  const titleId = useId()
  const items = toItems(errors)
  if (items.length === 0) return null

  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby={titleId}
      className={cn('rounded-lg border-2 border-red-700 bg-surface p-5 [--focus-ring:var(--color-red-800)]', className)}
    >
      <h2 id={titleId} className="text-lg font-semibold text-red-800">
        {title}
      </h2>
      <ul className="mt-3 space-y-1.5">
        {items.map((item) => (
          <li key={`${item.fieldId}:${item.message}`}>
            <a
              href={`#${item.fieldId}`}
              className="font-medium text-red-700 underline underline-offset-2 hover:text-red-900 hover:decoration-2"
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

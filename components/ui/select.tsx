import type { ComponentProps } from 'react'
import { cn } from '@/lib/utils'
import { controlClassName } from './input'

export type SelectProps = ComponentProps<'select'>

/**
 * A styled native `<select>` (native for keyboard and screen reader support).
 * Pass `<option>` elements as children; `className` applies to the select.
 */
export function Select({ className, children, ...props }: SelectProps) {
  return (
    <div className="relative">
      <select
        className={cn(controlClassName, 'h-11 appearance-none pr-10', props.multiple && 'h-auto py-2 pr-3', className)}
        {...props}
      >
        {children}
      </select>
      {props.multiple ? null : (
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          fill="currentColor"
          className="pointer-events-none absolute top-1/2 right-3 size-5 -translate-y-1/2 text-ink-muted"
        >
          <path
            fillRule="evenodd"
            d="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z"
            clipRule="evenodd"
          />
        </svg>
      )}
    </div>
  )
}

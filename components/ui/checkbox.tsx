import type { ComponentProps } from 'react'
import { cn } from '@/lib/utils'

export type CheckboxProps = Omit<ComponentProps<'input'>, 'type'>

/**
 * A native checkbox in the brand colour. It renders only the box: pair it with
 * a `<label htmlFor>` or use `CheckboxField`, which wires the label and errors.
 */
export function Checkbox({ className, ...props }: CheckboxProps) {
  return (
    <input
      type="checkbox"
      className={cn(
        'size-5 shrink-0 accent-primary-700 disabled:cursor-not-allowed disabled:opacity-60',
        className,
      )}
      {...props}
    />
  )
}

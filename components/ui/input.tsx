import type { ComponentProps } from 'react'
import { cn } from '@/lib/utils'

/** Shared look of text-like form controls (input, textarea, select). */
export const controlClassName =
  'block w-full rounded-md border border-line-strong bg-surface px-3 text-base text-ink shadow-xs placeholder:text-ink-muted/80 disabled:cursor-not-allowed disabled:bg-canvas disabled:text-ink-muted aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700'

export type InputProps = ComponentProps<'input'>

/** A styled native `<input>`; error styling follows `aria-invalid`. */
export function Input({ className, type = 'text', ...props }: InputProps) {
  return (
    <input
      type={type}
      className={cn(
        controlClassName,
        'h-11 file:mr-3 file:rounded-sm file:border-0 file:bg-primary-50 file:px-3 file:py-1 file:text-sm file:font-medium file:text-primary-800 [&[type=file]]:py-2 [&[type=file]]:h-auto',
        className,
      )}
      {...props}
    />
  )
}

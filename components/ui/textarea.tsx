import type { ComponentProps } from 'react'
import { cn } from '@/lib/utils'
import { controlClassName } from './input'

export type TextareaProps = ComponentProps<'textarea'>

/** A styled native `<textarea>` that grows only when the user resizes it. */
export function Textarea({ className, rows = 5, ...props }: TextareaProps) {
  return (
    <textarea
      rows={rows}
      className={cn(controlClassName, 'min-h-24 resize-y py-2 leading-relaxed', className)}
      {...props}
    />
  )
}

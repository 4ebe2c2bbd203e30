import type { ComponentProps } from 'react'
import { cn } from '@/lib/utils'

export type BadgeTone = 'neutral' | 'green' | 'amber' | 'red' | 'blue'

const tones: Record<BadgeTone, string> = {
  neutral: 'border-stone-300 bg-stone-100 text-stone-800',
  green: 'border-green-300 bg-green-50 text-green-800',
  amber: 'border-amber-300 bg-amber-50 text-amber-900',
  red: 'border-red-300 bg-red-50 text-red-800',
  blue: 'border-blue-300 bg-blue-50 text-blue-800',
}

export type BadgeProps = ComponentProps<'span'> & {
  tone?: BadgeTone
}

/** A small inline label for a status or category. Colour is never the only signal: always give it text. */
export function Badge({ tone = 'neutral', className, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-xs font-medium whitespace-nowrap',
        tones[tone],
        className,
      )}
      {...props}
    />
  )
}

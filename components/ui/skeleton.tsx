import type { ComponentProps } from 'react'
import { cn } from '@/lib/utils'

/**
 * A grey placeholder block for `<Suspense fallback>`; size it with `className`.
 * It is hidden from assistive technology: label the loading region instead
 * (for example `aria-busy` on its container).
 */
export function Skeleton({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div aria-hidden="true" className={cn('rounded-md bg-stone-200 motion-safe:animate-pulse', className)} {...props} />
  )
}

type SkeletonTextProps = {
  lines?: number
  className?: string
}

/** Several skeleton lines of text, the last one shorter. */
export function SkeletonText({ lines = 3, className }: SkeletonTextProps) {
  return (
    <div aria-hidden="true" className={cn('space-y-2', className)}>
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} className={cn('h-4', index === lines - 1 && lines > 1 ? 'w-2/3' : 'w-full')} />
      ))}
    </div>
  )
}

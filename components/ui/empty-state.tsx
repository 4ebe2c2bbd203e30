import type { ReactNode } from 'react'
import { cn } from '@/lib/utils'

export type EmptyStateProps = {
  title: string
  children?: ReactNode
  /** A button or link, e.g. `<ButtonLink href="…/new">Add the first one</ButtonLink>`. */
  action?: ReactNode
  /** Heading level of the title; 2 under a page's h1, 3 inside a section. */
  headingLevel?: 2 | 3
  className?: string
}

/** What a list shows when it has nothing in it (or nothing matches the filters). */
export function EmptyState({ title, children, action, headingLevel = 2, className }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <div
      className={cn(
        'flex flex-col items-center rounded-xl border border-dashed border-line-strong/60 bg-surface px-6 py-12 text-center',
        className,
      )}
    >
      <svg aria-hidden="true" viewBox="0 0 48 48" fill="none" className="size-12 text-primary-300">
        <path d="M6 30c6-4 12-4 18 0s12 4 18 0" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        <path d="M6 38c6-4 12-4 18 0s12 4 18 0" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        <path d="M6 22c6-4 12-4 18 0s12 4 18 0" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" opacity=".5" />
      </svg>
      <Heading className="mt-4 text-lg font-semibold text-ink">{title}</Heading>
      {children ? <div className="mt-2 max-w-md text-ink-muted">{children}</div> : null}
      {action ? <div className="mt-6">{action}</div> : null}
    </div>
  )
}

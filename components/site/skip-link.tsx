import type { ReactNode } from 'react'

export type SkipLinkProps = {
  /** The fragment of the main region; its element needs `tabIndex={-1}` to take focus. */
  href?: string
  children?: ReactNode
}

/** The first focusable element on every page: hidden until focused, then jumps past the navigation. */
export function SkipLink({ href = '#main', children = 'Skip to main content' }: SkipLinkProps) {
  return (
    <a
      href={href}
      className="sr-only z-50 rounded-md bg-surface font-semibold text-primary-900 underline shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:px-4 focus:py-3"
    >
      {children}
    </a>
  )
}

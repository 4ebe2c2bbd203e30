'use client'

import type { MouseEvent } from 'react'
import { useFormStatus } from 'react-dom'
import { Button, type ButtonProps } from '@/components/ui/button'

export type SubmitButtonProps = Omit<ButtonProps, 'type'> & {
  /** Shown while the form's action runs, e.g. "Saving…". */
  pendingLabel?: string
}

/**
 * A submit button that reflects the status of its enclosing `<form action>`.
 * While the action runs it is marked `aria-disabled` and ignores clicks (and
 * Enter in a text field), which prevents double submits. It stays focusable
 * so keyboard focus is not lost mid-submit.
 */
export function SubmitButton({ children, pendingLabel = 'Saving…', onClick, ...props }: SubmitButtonProps) {
  const { pending } = useFormStatus()

  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (pending) {
      event.preventDefault()
      return
    }
    onClick?.(event)
  }

  return (
    <Button {...props} type="submit" aria-disabled={pending || undefined} onClick={handleClick}>
      {pending ? (
        <>
          <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" className="motion-safe:animate-spin">
            <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity=".3" strokeWidth="3" />
            <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
          </svg>
          {pendingLabel}
        </>
      ) : (
        children
      )}
    </Button>
  )
}

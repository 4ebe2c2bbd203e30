'use client'

import { useId, useRef } from 'react'
import { Button, type ButtonSize } from '@/components/ui/button'
import { SubmitButton } from './submit-button'

export type DeleteButtonProps = {
  /** The item's title, quoted in the confirmation question. */
  title: string
  /** A server action, usually bound to the id: `deleteNewsAction.bind(null, id)`. */
  action: (formData: FormData) => void | Promise<void>
  /** Text of the trigger button; also used as its accessible name together with the title. */
  label?: string
  /** What confirming does, shown under the question. */
  description?: string
  size?: ButtonSize
  className?: string
}

/**
 * A delete button that asks for confirmation in a native modal `<dialog>`
 * before submitting `action`. The dialog is modal, closes on Escape or a click
 * on the backdrop, opens with focus on "Cancel" (the first control) so Enter
 * never deletes by accident, and returns focus to the trigger when it closes.
 * Opening the dialog needs JavaScript.
 */
export function DeleteButton({
  title,
  action,
  label = 'Delete',
  description = 'This cannot be undone.',
  size = 'sm',
  className,
}: DeleteButtonProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const headingId = useId()
  const descriptionId = useId()

  function close() {
    dialogRef.current?.close()
  }

  // The dialog closes itself once the action settles, for the case where the
  // page stays in place (the action revalidates instead of redirecting).
  async function confirm(formData: FormData) {
    await action(formData)
    close()
  }

  return (
    <>
      <Button
        ref={triggerRef}
        variant="danger"
        size={size}
        className={className}
        aria-haspopup="dialog"
        onClick={() => dialogRef.current?.showModal()}
      >
        {label}
        <span className="sr-only"> “{title}”</span>
      </Button>

      <dialog
        ref={dialogRef}
        aria-labelledby={headingId}
        aria-describedby={descriptionId}
        onClose={() => triggerRef.current?.focus()}
        onClick={(event) => {
          // A click on the backdrop lands on the dialog element itself.
          if (event.target === event.currentTarget) close()
        }}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl border border-line bg-surface p-0 text-ink shadow-2xl backdrop:bg-primary-950/60"
      >
        <div className="p-6">
          <h2 id={headingId} className="text-lg font-semibold text-ink">
            Delete “{title}”?
          </h2>
          <p id={descriptionId} className="mt-2 text-ink-muted">
            {description}
          </p>
          <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <form action={confirm}>
              <SubmitButton variant="danger" pendingLabel="Deleting…" className="w-full sm:w-auto">
                Delete
              </SubmitButton>
            </form>
          </div>
        </div>
      </dialog>
    </>
  )
}

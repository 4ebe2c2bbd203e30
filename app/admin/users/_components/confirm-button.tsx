'use client'

import { useId, useRef, type ReactNode } from 'react'
import { SubmitButton } from '@/components/admin/submit-button'
import { Button, type ButtonVariant } from '@/components/ui/button'

export type ConfirmButtonProps = {
  /** Text of the trigger and of the confirming button, e.g. "Deactivate". */
  label: string
  /** The dialog's heading, a question such as `Deactivate “Ana Lima”?`. */
  question: string
  /** What will happen, in a sentence or two. */
  children: ReactNode
  /** A server action, usually bound to the user's id. */
  action: (formData: FormData) => void | Promise<void>
  pendingLabel: string
  variant?: Extract<ButtonVariant, 'primary' | 'danger'>
}

/**
 * A button that asks for confirmation in a native modal `<dialog>`, like
 * DeleteButton but with wording for changes that are not deletions. Focus
 * starts on "Cancel" so Enter never confirms by accident, Escape and a click
 * on the backdrop close it, and focus returns to the trigger afterwards.
 */
export function ConfirmButton({ label, question, children, action, pendingLabel, variant = 'danger' }: ConfirmButtonProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const headingId = useId()
  const descriptionId = useId()

  function close() {
    dialogRef.current?.close()
  }

  async function confirm(formData: FormData) {
    await action(formData)
    close()
  }

  return (
    <>
      <Button ref={triggerRef} variant={variant} aria-haspopup="dialog" onClick={() => dialogRef.current?.showModal()}>
        {label}
      </Button>
      <dialog
        ref={dialogRef}
        aria-labelledby={headingId}
        aria-describedby={descriptionId}
        onClose={() => triggerRef.current?.focus()}
        onClick={(event) => {
          if (event.target === event.currentTarget) close()
        }}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl border border-line bg-surface p-0 text-ink shadow-2xl backdrop:bg-primary-950/60"
      >
        <div className="p-6">
          <h2 id={headingId} className="text-lg font-semibold text-ink">
            {question}
          </h2>
          <div id={descriptionId} className="mt-2 text-ink-muted">
            {children}
          </div>
          <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <form action={confirm}>
              <SubmitButton variant={variant} pendingLabel={pendingLabel} className="w-full sm:w-auto">
                {label}
              </SubmitButton>
            </form>
          </div>
        </div>
      </dialog>
    </>
  )
}

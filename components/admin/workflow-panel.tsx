'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import type { WorkflowFormState } from '@/app/admin/[type]/actions'
import type { WorkflowAction } from '@/lib/editorial/workflow'
import { ACTION_LABELS } from '@/lib/editorial/workflow'

const variants: Record<WorkflowAction, 'primary' | 'secondary'> = {
  PUBLISH: 'primary',
  SUBMIT: 'primary',
  RETURN_TO_DRAFT: 'secondary',
  UNPUBLISH: 'secondary',
  ARCHIVE: 'secondary',
}

/**
 * The workflow buttons of the editor page: only the steps the user's role may
 * take from the item's state are offered (the server checks again). When
 * publishing is refused, the problems are listed with links to the fields.
 */
export function WorkflowPanel({
  action,
  version,
  actions,
  labels = {},
}: {
  action: (state: WorkflowFormState, formData: FormData) => Promise<WorkflowFormState>
  version: number
  actions: WorkflowAction[]
  labels?: Partial<Record<WorkflowAction, string>>
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as WorkflowFormState)
  if (actions.length === 0) return null
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="version" value={version} />
      <div className="flex flex-wrap gap-2">
        {actions.map((a) => (
          <Button key={a} type="submit" name="action" value={a} variant={variants[a]} size="sm" aria-disabled={pending || undefined}
            onClick={(e) => { if (pending) e.preventDefault() }}>
            {labels[a] ?? ACTION_LABELS[a]}
          </Button>
        ))}
      </div>
      <div aria-live="polite">
        {state.status === 'error' ? (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-medium">{state.message}</p>
            {state.problems?.length ? (
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {state.problems.map((p) => (
                  <li key={p.field}>
                    <a href={`#${p.field}`} className="underline">
                      {p.label}
                    </a>
                    : {p.messages.join(' ')}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </form>
  )
}

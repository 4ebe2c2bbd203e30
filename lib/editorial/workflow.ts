import type { ContentStatus, Role } from '@/lib/generated/prisma/enums'

/**
 * The editorial state machine, kept pure so every rule is unit-tested:
 *
 *   draft ──submit──▶ in review ──publish──▶ published ──archive──▶ archived
 *     ▲                  │  return to draft      │ unpublish            │
 *     └──────────────────┴───────────────────────┘◀── return to draft ──┘
 *
 * A published item may carry a pending draft (changes not yet live), which
 * can itself be submitted for review and is applied when published.
 */
export const WORKFLOW_ACTIONS = ['SUBMIT', 'RETURN_TO_DRAFT', 'PUBLISH', 'UNPUBLISH', 'ARCHIVE'] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/** Pending changes of a published item: none, a draft, or a draft submitted for review. */
export type Pending = 'none' | 'draft' | 'review'

export type WorkflowState = { status: ContentStatus; pending: Pending }

export type Decision =
  | {
      ok: true
      status: ContentStatus
      pending: Pending
      /** Copy the pending draft into the live columns and drop it. */
      applyPending: boolean
      /** The working copy must pass the full (publish) schema first. */
      validateForPublish: boolean
    }
  | { ok: false; reason: 'forbidden' | 'not-allowed'; message: string }

const rank: Record<Role, number> = { CONTRIBUTOR: 1, EDITOR: 2, ADMIN: 3 }

/** The lowest role allowed to take each action. */
export const ACTION_ROLE: Record<WorkflowAction, Role> = {
  SUBMIT: 'CONTRIBUTOR',
  RETURN_TO_DRAFT: 'CONTRIBUTOR',
  PUBLISH: 'EDITOR',
  UNPUBLISH: 'EDITOR',
  ARCHIVE: 'EDITOR',
}

export const ACTION_LABELS: Record<WorkflowAction, string> = {
  SUBMIT: 'Submit for review',
  RETURN_TO_DRAFT: 'Return to draft',
  PUBLISH: 'Publish',
  UNPUBLISH: 'Unpublish',
  ARCHIVE: 'Archive',
}

function allowed(state: WorkflowState, action: WorkflowAction, role: Role): Decision {
  const { status, pending } = state
  const ok = (next: ContentStatus, nextPending: Pending, extra: Partial<{ applyPending: boolean; validateForPublish: boolean }> = {}) =>
    ({ ok: true, status: next, pending: nextPending, applyPending: false, validateForPublish: false, ...extra }) as const
  const no = (message: string) => ({ ok: false, reason: 'not-allowed', message }) as const

  switch (action) {
    case 'SUBMIT':
      if (status === 'DRAFT') return ok('IN_REVIEW', 'none')
      if (status === 'PUBLISHED' && pending === 'draft') return ok('PUBLISHED', 'review')
      return no('Only a draft, or unpublished changes, can be submitted for review.')
    case 'RETURN_TO_DRAFT':
      if (status === 'IN_REVIEW') return ok('DRAFT', 'none')
      if (status === 'PUBLISHED' && pending === 'review') return ok('PUBLISHED', 'draft')
      // Taking an item out of the archive is an editor's decision.
      if (status === 'ARCHIVED' && rank[role] >= rank.EDITOR) return ok('DRAFT', 'none')
      return no('Only an item in review or in the archive can be returned to draft.')
    case 'PUBLISH':
      if (status === 'PUBLISHED')
        return pending === 'none'
          ? no('This item is already published and has no unpublished changes.')
          : ok('PUBLISHED', 'none', { applyPending: true, validateForPublish: true })
      return ok('PUBLISHED', 'none', { validateForPublish: true })
    case 'UNPUBLISH':
      if (status !== 'PUBLISHED') return no('Only a published item can be unpublished.')
      return ok('DRAFT', 'none', { applyPending: pending !== 'none' })
    case 'ARCHIVE':
      if (status === 'ARCHIVED') return no('This item is already archived.')
      return ok('ARCHIVED', 'none', { applyPending: pending !== 'none' })
  }
}

/** Whether `role` may take `action` on an item in `state`, and what follows. */
export function decide(state: WorkflowState, action: WorkflowAction, role: Role): Decision {
  if (rank[role] < rank[ACTION_ROLE[action]])
    return { ok: false, reason: 'forbidden', message: 'Your role does not allow this. Ask an editor.' }
  return allowed(state, action, role)
}

/** The actions to offer `role` for an item in `state`, in button order. */
export function availableActions(state: WorkflowState, role: Role): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => decide(state, action, role).ok)
}

/** True when the item is already where `action` would take it: a repeated click is then a no-op, not an error. */
export function alreadyDone(state: WorkflowState, action: WorkflowAction): boolean {
  switch (action) {
    case 'SUBMIT':
      return state.status === 'IN_REVIEW' || (state.status === 'PUBLISHED' && state.pending === 'review')
    case 'RETURN_TO_DRAFT':
      return state.status === 'DRAFT'
    case 'PUBLISH':
      return state.status === 'PUBLISHED' && state.pending === 'none'
    case 'UNPUBLISH':
      return state.status === 'DRAFT'
    case 'ARCHIVE':
      return state.status === 'ARCHIVED'
  }
}

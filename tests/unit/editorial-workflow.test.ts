import { describe, expect, it } from 'vitest'
import { alreadyDone, availableActions, decide, type WorkflowState } from '@/lib/editorial/workflow'

const draft: WorkflowState = { status: 'DRAFT', pending: 'none' }
const review: WorkflowState = { status: 'IN_REVIEW', pending: 'none' }
const live: WorkflowState = { status: 'PUBLISHED', pending: 'none' }
const liveWithDraft: WorkflowState = { status: 'PUBLISHED', pending: 'draft' }
const liveWithReview: WorkflowState = { status: 'PUBLISHED', pending: 'review' }
const archived: WorkflowState = { status: 'ARCHIVED', pending: 'none' }

describe('decide', () => {
  it('lets a contributor submit and withdraw, nothing more', () => {
    expect(decide(draft, 'SUBMIT', 'CONTRIBUTOR')).toMatchObject({ ok: true, status: 'IN_REVIEW' })
    expect(decide(review, 'RETURN_TO_DRAFT', 'CONTRIBUTOR')).toMatchObject({ ok: true, status: 'DRAFT' })
    for (const action of ['PUBLISH', 'UNPUBLISH', 'ARCHIVE'] as const)
      expect(decide(review, action, 'CONTRIBUTOR')).toMatchObject({ ok: false, reason: 'forbidden' })
    // Taking an item out of the archive is for editors.
    expect(decide(archived, 'RETURN_TO_DRAFT', 'CONTRIBUTOR')).toMatchObject({ ok: false, reason: 'not-allowed' })
    expect(decide(archived, 'RETURN_TO_DRAFT', 'EDITOR')).toMatchObject({ ok: true, status: 'DRAFT' })
  })

  it('validates the full schema when publishing and applies a pending draft', () => {
    expect(decide(review, 'PUBLISH', 'EDITOR')).toEqual({
      ok: true,
      status: 'PUBLISHED',
      pending: 'none',
      applyPending: false,
      validateForPublish: true,
    })
    expect(decide(liveWithReview, 'PUBLISH', 'EDITOR')).toMatchObject({ ok: true, applyPending: true, validateForPublish: true })
    expect(decide(live, 'PUBLISH', 'ADMIN')).toMatchObject({ ok: false, reason: 'not-allowed' })
  })

  it('moves a pending draft in and out of review without touching the live status', () => {
    expect(decide(liveWithDraft, 'SUBMIT', 'CONTRIBUTOR')).toMatchObject({ ok: true, status: 'PUBLISHED', pending: 'review' })
    expect(decide(liveWithReview, 'RETURN_TO_DRAFT', 'EDITOR')).toMatchObject({ ok: true, status: 'PUBLISHED', pending: 'draft' })
    expect(decide(live, 'SUBMIT', 'CONTRIBUTOR')).toMatchObject({ ok: false })
  })

  it('keeps pending changes as the working copy when a published item leaves the site', () => {
    expect(decide(liveWithDraft, 'UNPUBLISH', 'EDITOR')).toMatchObject({ ok: true, status: 'DRAFT', applyPending: true, validateForPublish: false })
    expect(decide(liveWithDraft, 'ARCHIVE', 'EDITOR')).toMatchObject({ ok: true, status: 'ARCHIVED', applyPending: true })
    expect(decide(draft, 'UNPUBLISH', 'EDITOR')).toMatchObject({ ok: false, reason: 'not-allowed' })
  })
})

describe('availableActions', () => {
  it('offers each role only what it may do from the state', () => {
    expect(availableActions(draft, 'CONTRIBUTOR')).toEqual(['SUBMIT'])
    expect(availableActions(draft, 'EDITOR')).toEqual(['SUBMIT', 'PUBLISH', 'ARCHIVE'])
    expect(availableActions(review, 'EDITOR')).toEqual(['RETURN_TO_DRAFT', 'PUBLISH', 'ARCHIVE'])
    expect(availableActions(live, 'EDITOR')).toEqual(['UNPUBLISH', 'ARCHIVE'])
    expect(availableActions(liveWithDraft, 'CONTRIBUTOR')).toEqual(['SUBMIT'])
    expect(availableActions(archived, 'CONTRIBUTOR')).toEqual([])
  })
})

describe('alreadyDone', () => {
  it('recognises a repeated click', () => {
    expect(alreadyDone(live, 'PUBLISH')).toBe(true)
    expect(alreadyDone(liveWithDraft, 'PUBLISH')).toBe(false)
    expect(alreadyDone(review, 'SUBMIT')).toBe(true)
    expect(alreadyDone(draft, 'UNPUBLISH')).toBe(true)
    expect(alreadyDone(live, 'ARCHIVE')).toBe(false)
  })
})

'use server'

import { notFound, redirect } from 'next/navigation'
import { z } from 'zod'
import type { ContentFormState } from '@/components/admin/content-form'
import { attempt } from '@/lib/action-attempt'
import { adapterForSegment } from '@/lib/editorial/registry'
import {
  type SaveResult,
  cancelSchedule,
  createItem,
  describeChosenItems,
  purgeItem,
  restoreItem,
  restoreRevision,
  saveItem,
  scheduleItem,
  transitionItem,
  trashItem,
} from '@/lib/editorial/service'
import type { ContentAdapter, FormValues } from '@/lib/editorial/types'
import { WORKFLOW_ACTIONS } from '@/lib/editorial/workflow'
import {
  acceptedFields,
  errorState,
  formValues,
  invalidState,
  rejectUnexpectedFields,
  unexpectedFields,
  unexpectedFieldsMessage,
} from '@/lib/forms'
import { IdSchema, OptionalDateTimeSchema } from '@/lib/validation/common'

type AnyAdapter = ContentAdapter<{ slug: string }>

const VersionSchema = z.coerce.number().int().min(1)
const SubmissionSchema = z.uuid().optional()

// The editorial core expires the cached public pages a change affects
// (lib/editorial/invalidate.ts); admin pages are rendered on every request.

function adapterOr404(segment: string) {
  const adapter = adapterForSegment(segment)
  if (!adapter) notFound()
  return adapter
}

const staleMessage = (noun: string) =>
  `Someone else saved this ${noun} after you opened it, so your changes were not saved. Your input is still in the form below. Compare it with their changes, reload the page to get the latest version, and apply your changes again.`

/** The form state for a save that did not succeed. */
function failedSave(result: Exclude<SaveResult, { ok: true }>, noun: string, values: FormValues): ContentFormState {
  switch (result.reason) {
    case 'invalid':
      return invalidState(result.error, values)
    case 'slug-taken':
      return errorState(`The ${noun} was not saved.`, values, {
        slug: [`Another ${noun} already uses this slug. Choose a different one.`],
      })
    case 'conflict':
      return {
        ...errorState(staleMessage(noun), values),
        conflict: { ...result.conflict, at: result.conflict.at.toISOString() },
      }
    case 'not-found':
      return errorState(`This ${noun} has been deleted or moved to the trash. Your input is still below.`, values)
    case 'forbidden':
      return errorState(result.message, values)
  }
}

export async function saveContentAction(
  segment: string,
  id: string | null,
  _prev: ContentFormState,
  formData: FormData,
): Promise<ContentFormState> {
  const adapter = adapterOr404(segment)
  const values = formValues(formData)
  const outcome = await save(adapter, id, values)
  if (typeof outcome === 'string') redirect(outcome)
  return withChosenNames(adapter, outcome)
}

/** Saves the submitted values: the address of the saved item, or the form state to show again. */
async function save(adapter: AnyAdapter, id: string | null, values: FormValues): Promise<string | ContentFormState> {
  // The content fields are checked by the type's strict draft schema and the
  // editorial core drops the hidden `version` and `submissionId`; a new item
  // has no version yet, so its form never sends one.
  if (id === null && 'version' in values) return errorState(unexpectedFieldsMessage(['version']), values)
  const submissionId = SubmissionSchema.safeParse(values.submissionId || undefined).data
  let run: () => Promise<SaveResult>
  if (id === null) {
    run = () => createItem(adapter, values, { submissionId })
  } else {
    const version = VersionSchema.safeParse(values.version)
    if (!version.success) return errorState('The form is out of date. Reload the page.', values)
    const itemId = IdSchema.parse(id)
    run = () => saveItem(adapter, itemId, values, version.data, { submissionId })
  }
  const outcome = await attempt(run)
  if (!outcome.ok) return errorState(outcome.message, values)
  const result = outcome.value
  if (!result.ok) return failedSave(result, adapter.noun, values)
  return `/admin/${adapter.segment}/${result.id}?notice=${id === null ? 'created' : 'saved'}`
}

/**
 * A failed save's state with the names of the rows its pickers have chosen.
 * A picker that searches the server knows only the names the page was loaded
 * with; without these, what the editor found and ticked since could not be
 * shown again. When the names cannot be read (the database is down, the
 * session ended), the picker still keeps the chosen ids.
 */
async function withChosenNames(adapter: AnyAdapter, state: ContentFormState): Promise<ContentFormState> {
  const values = state.values
  if (!values) return state
  const named = await attempt(() => describeChosenItems(adapter, values))
  return named.ok && Object.keys(named.value).length > 0 ? { ...state, chosen: named.value } : state
}

export type WorkflowFormState = {
  status: 'idle' | 'error'
  message?: string
  problems?: Array<{ field: string; label: string; messages: string[] }>
}

export async function transitionAction(
  segment: string,
  id: string,
  _prev: WorkflowFormState,
  formData: FormData,
): Promise<WorkflowFormState> {
  const adapter = adapterOr404(segment)
  const stray = unexpectedFields(formData, ['action', 'version'])
  if (stray.length > 0) return { status: 'error', message: unexpectedFieldsMessage(stray) }
  const action = z.enum(WORKFLOW_ACTIONS).safeParse(formData.get('action'))
  const version = VersionSchema.safeParse(formData.get('version'))
  if (!action.success || !version.success) return { status: 'error', message: 'The page is out of date. Reload it.' }
  const outcome = await attempt(() => transitionItem(adapter, IdSchema.parse(id), action.data, version.data))
  if (!outcome.ok) return { status: 'error', message: outcome.message }
  const result = outcome.value
  if (!result.ok) {
    switch (result.reason) {
      case 'invalid': {
        const { fieldErrors, formErrors } = z.flattenError(result.error)
        const labels = new Map(adapter.fields.map((f) => [f.name, f.label]))
        return {
          status: 'error',
          message: formErrors[0] ?? `This ${adapter.noun} cannot be published yet. Complete these fields and save first:`,
          problems: Object.entries(fieldErrors as Record<string, string[]>).map(([field, messages]) => ({
            field,
            label: labels.get(field) ?? field,
            messages,
          })),
        }
      }
      case 'conflict':
        return { status: 'error', message: `Someone else changed this ${adapter.noun} after you opened it. Reload the page and try again.` }
      case 'slug-taken':
        return { status: 'error', message: `Another ${adapter.noun} already uses this slug. Change the slug and save first.` }
      case 'not-found':
        return { status: 'error', message: `This ${adapter.noun} has been deleted or moved to the trash.` }
      case 'forbidden':
        return { status: 'error', message: result.message }
    }
  }
  redirect(`/admin/${segment}/${id}?notice=${action.data.toLowerCase()}`)
}

export type ScheduleFormState = { status: 'idle' | 'error'; message?: string; fieldErrors?: { runAt?: string[] }; values?: FormValues }

const ScheduleSchema = z.object({
  action: z.enum(['PUBLISH', 'UNPUBLISH'], { error: 'Choose what should happen' }),
  runAt: OptionalDateTimeSchema.refine((v) => v !== undefined, 'Enter the date and time'),
})

export async function scheduleAction(
  segment: string,
  id: string,
  _prev: ScheduleFormState,
  formData: FormData,
): Promise<ScheduleFormState> {
  const adapter = adapterOr404(segment)
  const values = formValues(formData)
  const stray = rejectUnexpectedFields(formData, acceptedFields(ScheduleSchema), values)
  if (stray) return { status: 'error', message: stray.message, values }
  const parsed = ScheduleSchema.safeParse(values)
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error)
    return { status: 'error', message: 'The schedule was not saved.', fieldErrors: { runAt: fieldErrors.runAt }, values }
  }
  const outcome = await attempt(() => scheduleItem(adapter, IdSchema.parse(id), parsed.data.action, parsed.data.runAt!))
  if (!outcome.ok) return { status: 'error', message: outcome.message, values }
  const result = outcome.value
  if (!result.ok)
    return {
      status: 'error',
      message: result.field ? 'The schedule was not saved.' : result.message,
      fieldErrors: result.field ? { runAt: [result.message] } : undefined,
      values,
    }
  redirect(`/admin/${segment}/${id}?notice=scheduled`)
}

export async function cancelScheduleAction(segment: string, id: string, scheduleId: string) {
  const adapter = adapterOr404(segment)
  await cancelSchedule(adapter, IdSchema.parse(id), IdSchema.parse(scheduleId))
  redirect(`/admin/${segment}/${id}?notice=unscheduled`)
}

export async function trashAction(segment: string, id: string) {
  const adapter = adapterOr404(segment)
  await trashItem(adapter, IdSchema.parse(id))
  redirect(`/admin/${segment}?notice=trashed`)
}

export async function restoreFromTrashAction(segment: string, id: string) {
  const adapter = adapterOr404(segment)
  await restoreItem(adapter, IdSchema.parse(id))
  redirect(`/admin/${segment}/${id}?notice=restored`)
}

export async function purgeAction(segment: string, id: string) {
  const adapter = adapterOr404(segment)
  const result = await purgeItem(adapter, IdSchema.parse(id))
  if (!result.ok && result.reason === 'forbidden') redirect(`/admin/trash?notice=not-in-trash`)
  redirect('/admin/trash?notice=purged')
}

export type RestoreRevisionState = { status: 'idle' | 'error'; message?: string }

export async function restoreRevisionAction(
  segment: string,
  id: string,
  revisionId: string,
  _prev: RestoreRevisionState,
  formData: FormData,
): Promise<RestoreRevisionState> {
  const adapter = adapterOr404(segment)
  const stray = unexpectedFields(formData, ['version'])
  if (stray.length > 0) return { status: 'error', message: unexpectedFieldsMessage(stray) }
  const version = VersionSchema.safeParse(formData.get('version'))
  if (!version.success) return { status: 'error', message: 'The page is out of date. Reload it.' }
  const outcome = await attempt(() => restoreRevision(adapter, IdSchema.parse(id), IdSchema.parse(revisionId), version.data))
  if (!outcome.ok) return { status: 'error', message: outcome.message }
  const result = outcome.value
  if (!result.ok) {
    const message =
      result.reason === 'conflict'
        ? `Someone else changed this ${adapter.noun} after you opened this page. Reload it and try again.`
        : result.reason === 'invalid'
          ? 'This revision no longer passes the form’s checks (a linked item may have been deleted). Open the form and copy what you need instead.'
          : result.reason === 'slug-taken'
            ? `Another ${adapter.noun} now uses this revision’s slug.`
            : result.reason === 'forbidden'
              ? result.message
              : `This ${adapter.noun} has been deleted.`
    return { status: 'error', message }
  }
  redirect(`/admin/${segment}/${id}?notice=revision-restored`)
}

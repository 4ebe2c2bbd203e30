'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { failureMessage } from '@/lib/action-attempt'
import { NotFoundError, isUniqueViolation } from '@/lib/data/errors'
import {
  type InvitationResult,
  UserRuleError,
  changeRole,
  createUser,
  deactivateUser,
  reactivateUser,
  resendInvitation,
} from '@/lib/data/users'
import { type FormState, errorState, formValues, invalidState } from '@/lib/forms'
import { IdSchema } from '@/lib/validation/common'
import { ChangeRoleSchema, type ChangeRoleInput, type CreateUserInput, CreateUserSchema } from '@/lib/validation/users'

/** The invitation link, shown to the administrator once after inviting or re-inviting. */
export type ShownInvitation = Omit<InvitationResult, 'expiresAt'> & { expiresAt: string }

export type InviteFormState = FormState<CreateUserInput> & { invitation?: ShownInvitation }
export type ResendFormState = FormState & { invitation?: ShownInvitation }
export type RoleFormState = FormState<ChangeRoleInput>

function shown(result: InvitationResult): ShownInvitation {
  return { ...result, expiresAt: result.expiresAt.toISOString() }
}

function revalidateUsers(id?: string) {
  revalidatePath('/admin/users')
  if (id) revalidatePath(`/admin/users/${id}`)
  revalidatePath('/admin/audit')
}

export async function createUserAction(_prev: InviteFormState, formData: FormData): Promise<InviteFormState> {
  const values = formValues(formData)
  const parsed = CreateUserSchema.safeParse(values)
  if (!parsed.success) return invalidState(parsed.error, values)
  let result: InvitationResult
  try {
    result = await createUser(parsed.data)
  } catch (error) {
    if (isUniqueViolation(error, 'email'))
      return errorState('The user was not created.', values, { email: ['A user with this e-mail exists'] })
    const message = failureMessage(error)
    if (message) return errorState(message, values)
    throw error
  }
  revalidateUsers(result.userId)
  return { status: 'success', message: `${result.name} has been invited.`, invitation: shown(result) }
}

export async function resendInvitationAction(id: string, _prev: ResendFormState): Promise<ResendFormState> {
  const userId = IdSchema.parse(id)
  let result: InvitationResult
  try {
    result = await resendInvitation(userId)
  } catch (error) {
    if (error instanceof UserRuleError || error instanceof NotFoundError) return errorState(error.message, {})
    throw error
  }
  revalidateUsers(userId)
  return {
    status: 'success',
    message: 'A new invitation link has been created; the previous link no longer works.',
    invitation: shown(result),
  }
}

export async function changeRoleAction(id: string, _prev: RoleFormState, formData: FormData): Promise<RoleFormState> {
  const userId = IdSchema.parse(id)
  const values = formValues(formData)
  const parsed = ChangeRoleSchema.safeParse(values)
  if (!parsed.success) return invalidState(parsed.error, values)
  let outcome: { changed: boolean }
  try {
    outcome = await changeRole(userId, parsed.data.role)
  } catch (error) {
    if (error instanceof UserRuleError || error instanceof NotFoundError)
      return errorState('The role was not changed.', values, { role: [error.message] })
    const message = failureMessage(error)
    if (message) return errorState(message, values)
    throw error
  }
  revalidateUsers(userId)
  return { status: 'success', message: outcome.changed ? 'Role changed.' : 'The user already has this role.', values }
}

// Deactivating and reactivating are confirmed in a dialog and answer with a
// redirect, so their outcome travels in the URL as a notice or an error code.
async function setActive(id: string, change: (id: string) => Promise<{ changed: boolean }>, notice: string) {
  const userId = IdSchema.parse(id)
  try {
    await change(userId)
  } catch (error) {
    if (error instanceof UserRuleError) redirect(`/admin/users/${userId}?error=${error.rule}`)
    if (error instanceof NotFoundError) redirect('/admin/users?notice=not-found')
    throw error
  }
  revalidateUsers(userId)
  redirect(`/admin/users/${userId}?notice=${notice}`)
}

export async function deactivateUserAction(id: string) {
  await setActive(id, deactivateUser, 'deactivated')
}

export async function reactivateUserAction(id: string) {
  await setActive(id, reactivateUser, 'reactivated')
}

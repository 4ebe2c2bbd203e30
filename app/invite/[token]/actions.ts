'use server'

import { redirect } from 'next/navigation'
import { InvitationError, acceptInvitation } from '@/lib/data/users'
import { type FormState, acceptedFields, errorState, invalidState, rejectUnexpectedFields } from '@/lib/forms'
import { type AcceptInvitationInput, AcceptInvitationSchema } from '@/lib/validation/users'

export type AcceptInvitationState = FormState<AcceptInvitationInput> & {
  /** Set when the link itself cannot be used, so the form is replaced by the explanation. */
  linkProblem?: 'invalid' | 'expired'
}

// Passwords are never echoed back: the fields start empty after an error, as
// on any sign-in form, so a password does not travel back to the page.
const noValues: Record<string, string> = {}

export async function acceptInvitationAction(
  token: string,
  _prev: AcceptInvitationState,
  formData: FormData,
): Promise<AcceptInvitationState> {
  // `username` is the form's read-only e-mail field, there for password managers.
  const stray = rejectUnexpectedFields<AcceptInvitationInput>(
    formData,
    acceptedFields(AcceptInvitationSchema, ['username']),
    noValues,
  )
  if (stray) return stray
  const parsed = AcceptInvitationSchema.safeParse({
    password: formData.get('password') ?? '',
    confirmPassword: formData.get('confirmPassword') ?? '',
  })
  if (!parsed.success) return invalidState(parsed.error, noValues)
  try {
    await acceptInvitation(token, parsed.data.password)
  } catch (error) {
    if (error instanceof InvitationError) return { ...errorState(error.message, noValues), linkProblem: error.reason }
    throw error
  }
  // A page of its own, because the used link now shows "cannot be used" and
  // the form's own state is lost when the browser submits without JavaScript.
  redirect('/invite/done')
}

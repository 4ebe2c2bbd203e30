'use server'

import { AuthError, CredentialsSignin } from 'next-auth'
import { z } from 'zod'
import { signIn } from '@/auth'
import { safeRedirectPath } from '@/lib/auth/redirect'
import { isDatabaseUnavailable } from '@/lib/db-errors'
import { type FormState, acceptedFields, formValues, invalidState, rejectUnexpectedFields } from '@/lib/forms'
import { PASSWORD_MAX_LENGTH } from '@/lib/validation/users'

// The same limits as account addresses and passwords have (lib/validation/users.ts),
// so an oversized value is refused here, before it reaches the password hash.
const LoginSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address')
    .max(254, 'An email address has at most 254 characters')
    .email('Enter a valid email address, like name@example.org'),
  password: z
    .string()
    .min(1, 'Enter your password')
    .max(PASSWORD_MAX_LENGTH, `A password has at most ${PASSWORD_MAX_LENGTH} characters`),
})

export type LoginFields = z.infer<typeof LoginSchema>

/** What a sign-in answers while the database cannot be reached: nothing about the account, and when to try again. */
const SIGN_IN_UNAVAILABLE_MESSAGE =
  'Signing in is not possible right now because the database cannot be reached. Nothing about your account has changed; try again in a few minutes.'

/**
 * Whether a failed sign-in failed because the database could not be reached.
 * Auth.js wraps an error thrown while checking the password in an error of
 * its own, with the original as `cause.err`.
 */
function databaseUnavailable(error: unknown): boolean {
  if (isDatabaseUnavailable(error)) return true
  const cause = error instanceof AuthError ? (error.cause as { err?: unknown } | undefined) : undefined
  return isDatabaseUnavailable(cause?.err)
}

export async function loginAction(_prev: FormState<LoginFields>, formData: FormData): Promise<FormState<LoginFields>> {
  const { password: _password, ...values } = formValues(formData)
  const stray = rejectUnexpectedFields<LoginFields>(formData, acceptedFields(LoginSchema, ['callbackUrl']), values)
  if (stray) return stray
  const parsed = LoginSchema.safeParse({ email: formData.get('email'), password: formData.get('password') })
  if (!parsed.success) return invalidState(parsed.error, values)
  try {
    await signIn('credentials', {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeRedirectPath(formData.get('callbackUrl')),
    })
  } catch (error) {
    // The same message for an unknown email and a wrong password, so the form
    // does not reveal which accounts exist. Throttling is keyed by the address
    // typed, so it too reads the same for real and unknown accounts. Anything
    // else (including the redirect after success) is rethrown, except an
    // unreachable database, which the form reports as such.
    if (databaseUnavailable(error)) {
      // Logged for the operators; the form keeps the address typed.
      console.error('A sign-in failed because the database could not be reached:', error)
      return { status: 'error', message: SIGN_IN_UNAVAILABLE_MESSAGE, values }
    }
    if (error instanceof CredentialsSignin && error.code === 'throttled') {
      return { status: 'error', message: 'Too many attempts. Try again in a few minutes.', values }
    }
    if (error instanceof AuthError) {
      return { status: 'error', message: 'The email or password is incorrect.', values }
    }
    throw error
  }
  return { status: 'success' }
}

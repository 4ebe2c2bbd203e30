'use server'

import { AuthError, CredentialsSignin } from 'next-auth'
import { z } from 'zod'
import { signIn } from '@/auth'
import { safeRedirectPath } from '@/lib/auth/redirect'
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
    // else (including the redirect after success) is rethrown.
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

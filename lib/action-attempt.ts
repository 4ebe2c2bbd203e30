import 'server-only'
import { AuthorizationError } from '@/lib/auth/guards'
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/lib/db-errors'

/** The outcome of a server action's call into the data layer: its result, or what to tell the user. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; message: string }

/**
 * Runs the data-layer call of an admin server action and turns the failures
 * a user can do something about into a message for the form, which the
 * action returns together with the submitted values:
 *
 * - the data layer refused the user (their role changed, their account was
 *   deactivated): its own message;
 * - the database cannot be reached: nothing was saved, and the form keeps
 *   the input so that the user can save again once it is back.
 *
 * Any other error is a bug and is thrown on, to the error page (and the log).
 * Every content save, workflow, schedule and translation action goes through
 * here, so they all answer an outage the same way.
 */
export async function attempt<T>(run: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await run() }
  } catch (error) {
    const message = failureMessage(error)
    if (message === null) throw error
    return { ok: false, message }
  }
}

/**
 * What to tell the user about an error of the data layer that they can do
 * something about (the two cases of `attempt`), or null for any other error.
 * For actions that also handle errors of their own (media, users) in one
 * `catch`.
 */
export function failureMessage(error: unknown): string | null {
  if (error instanceof AuthorizationError) return error.message
  if (isDatabaseUnavailable(error)) {
    // Logged for the operators; the user only needs to know to try again.
    console.error('A save failed because the database could not be reached:', error)
    return DATABASE_UNAVAILABLE_MESSAGE
  }
  return null
}

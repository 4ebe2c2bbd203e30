import 'server-only'
import { auth } from '@/auth'
import { readSession } from './session-token'

/**
 * The id of the signed-in user according to the session cookie, or null.
 * `auth()` runs the `jwt` callback (lib/auth/session-token.ts), which checks
 * the server-side session row, so a revoked, idle or expired session comes
 * back as null here even while its cookie is still in the browser.
 *
 * When the session cannot be checked because the database is down, the
 * database's error is thrown (instead of reporting the visitor as signed
 * out), so that a save can say what went wrong (lib/action-attempt.ts).
 */
export async function getSessionUserId(): Promise<string | null> {
  const session = await readSession(() => auth())
  return session?.user?.id ?? null
}

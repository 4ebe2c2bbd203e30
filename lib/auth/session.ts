import 'server-only'
import { auth } from '@/auth'

/**
 * The id of the signed-in user according to the session cookie, or null.
 * `auth()` runs the `jwt` callback (lib/auth/session-token.ts), which checks
 * the server-side session row, so a revoked, idle or expired session comes
 * back as null here even while its cookie is still in the browser.
 */
export async function getSessionUserId(): Promise<string | null> {
  const session = await auth()
  return session?.user?.id ?? null
}

import 'server-only'
import { auth } from '@/auth'

/** The id of the signed-in user according to the session cookie, or null. */
export async function getSessionUserId(): Promise<string | null> {
  const session = await auth()
  return session?.user?.id ?? null
}

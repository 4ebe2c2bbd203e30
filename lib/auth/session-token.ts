import 'server-only'
import { AsyncLocalStorage } from 'node:async_hooks'
import { headers } from 'next/headers'
import type { JWT } from 'next-auth/jwt'
import { getClientIp } from './authenticate'
import { isDatabaseUnavailable } from '@/lib/db-errors'
import { createSession, resolveSession, revokeSession } from './sessions'

/**
 * Auth.js catches any error of the `jwt` callback and reports the visitor as
 * signed out. When the session row could not be read because the database is
 * down, that would tell a signed-in editor "You must be signed in." instead of
 * "the database cannot be reached", so the callback records the error here
 * and `readSession` throws it to its caller.
 */
const sessionCheck = new AsyncLocalStorage<{ unavailable?: unknown }>()

/**
 * Runs `read` (Auth.js's `auth()`) and throws the database error that kept
 * it from checking the session, if there was one; otherwise returns its result.
 */
export async function readSession<T>(read: () => Promise<T>): Promise<T> {
  const check: { unavailable?: unknown } = {}
  const result = await sessionCheck.run(check, read)
  if (check.unavailable !== undefined) throw check.unavailable
  return result
}

async function resolveSessionOf(sid: string, now: Date): Promise<string | null> {
  try {
    return await resolveSession(sid, now)
  } catch (error) {
    const check = sessionCheck.getStore()
    if (check && isDatabaseUnavailable(error)) check.unavailable = error
    throw error
  }
}

async function userAgent(): Promise<string | null> {
  try {
    return (await headers()).get('user-agent')
  } catch {
    // Outside a request (scripts, tests) there is no browser to describe.
    return null
  }
}

/**
 * The Auth.js `jwt` callback. At sign-in it opens a server-side session and
 * the cookie keeps only that session's token and the user id; the name and
 * e-mail Auth.js would add are left out, since every page reads them fresh
 * from the database. On every later read it checks the session row and
 * returns null when the session has ended, which makes Auth.js treat the
 * visitor as signed out and clear the cookie where it can.
 */
export async function sessionJwt(
  params: { token: JWT; user?: { id?: string | null } | null; trigger?: 'signIn' | 'signUp' | 'update' },
  now = new Date(),
): Promise<JWT | null> {
  const { token, user, trigger } = params
  if (trigger === 'signIn' || trigger === 'signUp') {
    if (!user?.id) return null
    const sid = await createSession(user.id, { ip: await getClientIp(), userAgent: await userAgent() }, now)
    return { sub: user.id, sid }
  }
  // Cookies issued before server-side sessions existed carry no session token
  // and cannot be revoked, so they are no longer accepted.
  if (typeof token.sid !== 'string' || typeof token.sub !== 'string') return null
  const userId = await resolveSessionOf(token.sid, now)
  return userId !== null && userId === token.sub ? token : null
}

/** The Auth.js `signOut` event: ends the server-side session of the cookie being cleared. */
export async function endSessionOf(token: JWT | null | undefined): Promise<void> {
  if (typeof token?.sid === 'string') await revokeSession(token.sid)
}

/**
 * The Auth.js callbacks and events that tie the cookie to the server-side
 * session, spread into the configuration in auth.ts.
 */
export const sessionWiring = {
  callbacks: {
    jwt: (params: Parameters<typeof sessionJwt>[0]) => sessionJwt(params),
    session<S extends { user: { id?: string } }>({ session, token }: { session: S; token: JWT }): S {
      if (token.sub) session.user.id = token.sub
      return session
    },
  },
  events: {
    async signOut(message: { token?: JWT | null } | { session?: unknown }) {
      if ('token' in message) await endSessionOf(message.token)
    },
  },
}

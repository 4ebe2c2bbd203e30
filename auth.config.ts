import type { NextAuthConfig } from 'next-auth'
import { SESSION_LIMITS } from '@/lib/auth/session-limits'

/**
 * Settings shared by everything that uses Auth.js. The session cookie is a
 * signed, encrypted JWT holding only a server-side session token; whether the
 * session still works (sign-out, revocation, idle and absolute timeouts) is
 * decided by its database row. The cookie itself lasts no longer than the
 * absolute limit.
 *
 * Cookie flags are Auth.js's defaults, which are what we want: HttpOnly,
 * SameSite=Lax, Path=/, and Secure with the `__Secure-` name prefix
 * whenever the site is served over https (taken from the request URL, or
 * X-Forwarded-Proto behind a proxy, since `trustHost` is set).
 */
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: SESSION_LIMITS.absoluteMs / 1000 },
  trustHost: true,
  providers: [],
} satisfies NextAuthConfig

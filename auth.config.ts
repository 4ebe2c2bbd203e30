import type { NextAuthConfig } from 'next-auth'

/**
 * Settings shared by everything that uses Auth.js. Sessions are signed JWT
 * cookies that expire eight hours after sign-in; the proxy never refreshes
 * them, so that is an absolute limit.
 */
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  trustHost: true,
  providers: [],
} satisfies NextAuthConfig

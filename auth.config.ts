import type { NextAuthConfig } from 'next-auth'

/**
 * The part of the auth configuration that needs no database, shared by the
 * proxy. Its `authorized` check is only an optimistic redirect for /admin:
 * every admin page, action and data function checks the user again.
 */
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname, search } = request.nextUrl
      if (!pathname.startsWith('/admin') || auth?.user) return true
      // Send the path (not a full URL) back as callbackUrl: the login page
      // accepts same-origin paths only.
      const login = new URL('/login', request.nextUrl)
      login.searchParams.set('callbackUrl', `${pathname}${search}`)
      return Response.redirect(login)
    },
  },
} satisfies NextAuthConfig

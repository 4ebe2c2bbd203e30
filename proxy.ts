import { type NextRequest, NextResponse } from 'next/server'

// Auth.js names its session cookie this way; large sessions are split into .0, .1, …
const sessionCookie = /^(__Secure-)?authjs\.session-token(\.\d+)?$/

/**
 * Optimistic redirect of visitors without a session cookie away from /admin
 * pages. It only looks for the cookie and never issues one, so nothing here
 * can revive a session that signing out has ended. It is not the security
 * boundary: pages, actions and the data layer check the user themselves.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.getAll().some((c) => sessionCookie.test(c.name))) return NextResponse.next()
  const { pathname, search } = request.nextUrl
  const login = new URL('/login', request.nextUrl)
  // A path, not a full URL: the login page accepts same-origin paths only.
  login.searchParams.set('callbackUrl', `${pathname}${search}`)
  return NextResponse.redirect(login)
}

export const config = {
  // Server actions are left to check the user themselves and answer with an error page.
  matcher: [{ source: '/admin/:path*', missing: [{ type: 'header', key: 'next-action' }] }],
}

import { type NextRequest, NextResponse } from 'next/server'
import { contentSecurityPolicy, createNonce } from './lib/security-headers'

// Auth.js names its session cookie this way; large sessions are split into .0, .1, …
const sessionCookie = /^(__Secure-)?authjs\.session-token(\.\d+)?$/

const development = process.env.NODE_ENV === 'development'

/**
 * The staff pages (/admin, /login, /invite/<token>) are rendered per request, so each
 * response gets a content security policy with a nonce of its own instead of
 * the static policy with inline scripts allowed (lib/security-headers.ts).
 * Next.js reads the nonce from the request's Content-Security-Policy header
 * and writes it on every script it renders; the browser reads the response's.
 *
 * For /admin pages, visitors without a session cookie are also redirected
 * to the login page. That redirect is optimistic: it only looks for the
 * cookie and never issues one, so nothing here can revive a session that
 * signing out has ended. It is not the security boundary: pages, actions and
 * the data layer check the user themselves.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const policy = contentSecurityPolicy({ nonce: createNonce() }, development)

  let response: NextResponse
  if (pathname.startsWith('/admin') && !request.cookies.getAll().some((c) => sessionCookie.test(c.name))) {
    const login = new URL('/login', request.nextUrl)
    // A path, not a full URL: the login page accepts same-origin paths only.
    login.searchParams.set('callbackUrl', `${pathname}${search}`)
    response = NextResponse.redirect(login)
  } else {
    const headers = new Headers(request.headers)
    headers.set('Content-Security-Policy', policy)
    response = NextResponse.next({ request: { headers } })
  }
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  // Must stay literal (Next.js reads it without running the module) and
  // match staffPathPatterns in lib/security-headers.ts, which the unit test
  // checks. Server actions are left to check the user themselves and answer
  // with an error page; their bodies (media uploads) are then not buffered
  // here either. next.config.ts gives their answers a policy.
  matcher: [
    { source: '/admin/:path*', missing: [{ type: 'header', key: 'next-action' }] },
    { source: '/login', missing: [{ type: 'header', key: 'next-action' }] },
    { source: '/invite/:token((?!done$)[^/]+)', missing: [{ type: 'header', key: 'next-action' }] },
  ],
}

import { type NextRequest, NextResponse } from 'next/server'
import { isDatabaseUp } from './lib/db-health'
import { outageResponse } from './lib/outage-page'
import { contentSecurityPolicy, createNonce } from './lib/security-headers'

// Auth.js names its session cookie this way; large sessions are split into .0, .1, …
const sessionCookie = /^(__Secure-)?authjs\.session-token(\.\d+)?$/

const development = process.env.NODE_ENV === 'development'

/**
 * The proxy runs for the pages that are rendered per request and read the
 * database: the staff pages (/admin, /login, /invite/<token>), the search
 * page and the lists' filtered or later pages (see `config` below). Prerendered
 * pages never come here, so they keep being served while the database is down.
 *
 * While the database cannot be reached (lib/db-health.ts, a cached
 * `SELECT 1`), these pages are answered at once with a branded 503 page
 * (lib/outage-page.ts) instead of a render that would wait for a connection
 * and then fail with a generic error and status 500.
 *
 * Every page that comes here is rendered per request, so each response gets a
 * content security policy with a nonce of its own (lib/security-headers.ts).
 * Next.js reads the nonce from the request's Content-Security-Policy header
 * and writes it on every script it renders; the browser reads the response's.
 * This policy replaces the static one of next.config.ts. That holds for the
 * public pages among them too (search, filtered lists): their prerendered
 * shell is empty (`instant = false`), so all of their HTML, scripts included,
 * comes from the per-request render and carries the nonce. (Prerendered pages
 * get a policy with the hashes of their own inline scripts instead:
 * lib/prerendered-page-cache.mjs.)
 *
 * For /admin pages, visitors without a session cookie are also redirected
 * to the login page. That redirect is optimistic: it only looks for the
 * cookie and never issues one, so nothing here can revive a session that
 * signing out has ended. It is not the security boundary: pages, actions and
 * the data layer check the user themselves.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname, search } = request.nextUrl

  if (pathname.startsWith('/admin') && !request.cookies.getAll().some((c) => sessionCookie.test(c.name))) {
    const login = new URL('/login', request.nextUrl)
    // A path, not a full URL: the login page accepts same-origin paths only.
    login.searchParams.set('callbackUrl', `${pathname}${search}`)
    const response = NextResponse.redirect(login)
    response.headers.set('Content-Security-Policy', contentSecurityPolicy({ nonce: createNonce() }, development))
    return response
  }

  if (!(await isDatabaseUp())) return outageResponse(pathname, development)

  const policy = contentSecurityPolicy({ nonce: createNonce() }, development)
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  // Must stay literal (Next.js reads it without running the module).
  //
  // The staff pages first: they match staffPathPatterns in
  // lib/security-headers.ts, which the unit test checks. Server actions are
  // left to check the user themselves and answer with an error page (or, for
  // a save while the database is down, a form message); their bodies (media
  // uploads) are then not buffered here either. next.config.ts gives their
  // answers a policy.
  //
  // Then the public pages rendered per request: the search page and a list
  // request carrying one of its list parameters, the same conditions as the
  // rewrites of lib/list-routes.ts (LIST_QUERY_KEYS, one entry per parameter
  // naming the lists that read it; tests/unit/proxy-matcher.test.ts checks
  // both ways). The unfiltered lists are prerendered and never come here.
  matcher: [
    { source: '/admin/:path*', missing: [{ type: 'header', key: 'next-action' }] },
    { source: '/login', missing: [{ type: 'header', key: 'next-action' }] },
    { source: '/invite/:token((?!done$)[^/]+)', missing: [{ type: 'header', key: 'next-action' }] },
    { source: '/:locale(zh|ja)?/search' },
    { source: '/:locale(zh|ja)?/:list(organizations|projects|mous|conferences|trainings|news)', has: [{ type: 'query', key: 'page' }] },
    { source: '/:locale(zh|ja)?/:list(organizations|projects|mous|trainings)', has: [{ type: 'query', key: 'country' }] },
    { source: '/:locale(zh|ja)?/:list(projects|mous)', has: [{ type: 'query', key: 'status' }] },
    { source: '/:locale(zh|ja)?/:list(conferences|trainings)', has: [{ type: 'query', key: 'year' }] },
    { source: '/:locale(zh|ja)?/:list(organizations)', has: [{ type: 'query', key: 'kind' }] },
    { source: '/:locale(zh|ja)?/:list(projects)', has: [{ type: 'query', key: 'topic' }] },
    { source: '/:locale(zh|ja)?/:list(projects)', has: [{ type: 'query', key: 'scope' }] },
    { source: '/:locale(zh|ja)?/:list(conferences)', has: [{ type: 'query', key: 'when' }] },
  ],
}

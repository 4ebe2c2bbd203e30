import { z } from 'zod'
import { AuthorizationError, getCurrentUser } from '@/lib/auth/guards'
import { searchPickerOptions } from '@/lib/editorial/pickers'

// Answered per request (it reads the session and the address) and never
// stored by a browser or a proxy: the answer depends on who asks, and lists
// drafts that are not public.
const headers = { 'Cache-Control': 'no-store' }

function answer(body: unknown, status = 200) {
  return Response.json(body, { status, headers })
}

/**
 * `GET /admin/options/<source>?q=…&exclude=<id>`: the search of a
 * relationship picker with more candidates than a page lists, e.g.
 * `/admin/options/organizations?q=geolog`. Answers
 * `{ results: [{ value, label, hint? }], more }`: at most 20 results by
 * label, and whether there are more. The data layer checks the role; a
 * caller without one gets 401 (not signed in) or 403 and a message, never
 * data.
 */
export async function GET(request: Request, ctx: RouteContext<'/admin/options/[source]'>) {
  const { source } = await ctx.params
  const params = new URL(request.url).searchParams
  try {
    const result = await searchPickerOptions({
      source,
      q: params.get('q') ?? undefined,
      exclude: params.get('exclude') ?? undefined,
    })
    if (result.ok) return answer({ results: result.results, more: result.more })
    const { fieldErrors } = z.flattenError(result.error)
    if (fieldErrors.source) return answer({ error: 'There is nothing to search here.' }, 404)
    return answer({ error: fieldErrors.q?.[0] ?? fieldErrors.exclude?.[0] ?? 'The search is not valid.' }, 400)
  } catch (error) {
    if (!(error instanceof AuthorizationError)) throw error
    const signedIn = (await getCurrentUser()) !== null
    return answer(
      { error: signedIn ? 'You are not allowed to search these items.' : 'Your session has ended. Sign in again to search.' },
      signedIn ? 403 : 401,
    )
  }
}

import { NextRequest } from 'next/server'
import { handlers } from '@/auth'
import { AUTH_BODY_LIMIT_BYTES, limitBody, payloadTooLarge } from '@/lib/http/body-limit'

export const { GET } = handlers

// Auth.js reads the whole form body of these endpoints into memory, and
// route handlers have no size limit of their own (the server actions' limit
// does not apply to them), so a body over a few kilobytes is refused first.
export async function POST(request: NextRequest) {
  const limited = await limitBody(request, AUTH_BODY_LIMIT_BYTES, (body) =>
    new NextRequest(request.url, { method: request.method, headers: request.headers, body }),
  )
  if (!limited) return payloadTooLarge(AUTH_BODY_LIMIT_BYTES)
  return handlers.POST(limited)
}

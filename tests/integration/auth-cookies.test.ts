import { Auth, type AuthConfig, skipCSRFCheck } from '@auth/core'
import Credentials from '@auth/core/providers/credentials'
import { decode } from '@auth/core/jwt'
import { describe, expect, it } from 'vitest'
import { createUser } from '../fixtures/factories'
import { authConfig } from '@/auth.config'
import { authenticate } from '@/lib/auth/authenticate'
import { sessionWiring } from '@/lib/auth/session-token'
import { db } from '@/lib/db'

// The Auth.js core with the site's shared settings (auth.config.ts) and the
// session wiring that auth.ts uses, driven through real HTTP requests. The
// provider here calls the same `authenticate`; auth.ts adds only input
// validation and error mapping around it.
const secret = 'cookie-test-secret-0123456789-0123456789'
const config: AuthConfig = {
  ...authConfig,
  ...sessionWiring,
  secret,
  basePath: '/api/auth',
  skipCSRFCheck,
  logger: { error: () => {}, warn: () => {}, debug: () => {} },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: async (raw) => authenticate(String(raw.email), String(raw.password), { ip: null }),
    }),
  ],
}

const password = 'correct horse battery staple'

async function signIn(origin: string, email: string) {
  return Auth(
    new Request(`${origin}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password, callbackUrl: `${origin}/admin` }),
    }),
    config,
  )
}

function sessionCookie(response: Response) {
  const header = response.headers.getSetCookie().find((c) => /authjs\.session-token=/.test(c))
  if (!header) throw new Error('No session cookie was set')
  const [pair, ...attributes] = header.split(';').map((part) => part.trim())
  const [name, value] = pair!.split(/=(.*)/s) as [string, string]
  return { name, value, attributes: attributes.map((a) => a.toLowerCase()) }
}

async function readSession(origin: string, cookie: { name: string; value: string }) {
  const response = await Auth(new Request(`${origin}/api/auth/session`, { headers: { cookie: `${cookie.name}=${cookie.value}` } }), config)
  return (await response.json()) as { user?: { id?: string } } | null
}

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax and Secure with the __Secure- prefix over https', async () => {
    const user = await createUser('EDITOR', { password })
    const cookie = sessionCookie(await signIn('https://geocoop.test', user.email))
    expect(cookie.name).toBe('__Secure-authjs.session-token')
    expect(cookie.attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'secure', 'path=/']))
  })

  it('is not marked Secure over plain http (local development), but still HttpOnly and SameSite=Lax', async () => {
    const user = await createUser('EDITOR', { password })
    const cookie = sessionCookie(await signIn('http://localhost:3000', user.email))
    expect(cookie.name).toBe('authjs.session-token')
    expect(cookie.attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax']))
    expect(cookie.attributes).not.toContain('secure')
  })

  it('lasts no longer than the absolute session limit', async () => {
    const user = await createUser('EDITOR', { password })
    const cookie = sessionCookie(await signIn('https://geocoop.test', user.email))
    const expires = cookie.attributes.find((a) => a.startsWith('expires='))
    expect(expires).toBeDefined()
    const ms = new Date(expires!.slice('expires='.length)).getTime() - Date.now()
    expect(ms).toBeLessThanOrEqual(8 * 60 * 60 * 1000 + 5000)
  })

  it('carries only the user id and a session token, which sign-out revokes', async () => {
    const origin = 'https://geocoop.test'
    const user = await createUser('EDITOR', { password })
    const cookie = sessionCookie(await signIn(origin, user.email))
    const payload = await decode({ token: cookie.value, secret, salt: cookie.name })
    expect(payload).toMatchObject({ sub: user.id, sid: expect.any(String) })
    expect(payload).not.toHaveProperty('email')
    expect(payload).not.toHaveProperty('name')
    expect(await db.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(1)
    expect((await readSession(origin, cookie))?.user?.id).toBe(user.id)

    await Auth(new Request(`${origin}/api/auth/signout`, { method: 'POST', headers: { cookie: `${cookie.name}=${cookie.value}` } }), config)

    expect(await db.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0)
    // The same cookie, replayed after sign-out, no longer opens a session.
    expect(await readSession(origin, cookie)).toBeNull()
  })
})

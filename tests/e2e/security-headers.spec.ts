import type { APIResponse } from '@playwright/test'
import { expect, test } from './fixtures'

/** The sources of one directive of a response's content security policy. */
function sources(response: APIResponse, directive: string): string[] {
  const policy = response.headers()['content-security-policy'] ?? ''
  const found = policy.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === directive)
  return found?.slice(1) ?? []
}

/** The nonce a policy allows scripts with; fails when there is none. */
function nonceOf(response: APIResponse): string {
  const source = sources(response, 'script-src').find((s) => s.startsWith("'nonce-"))
  expect(source, `no nonce in the policy of ${response.url()}`).toBeTruthy()
  return source!.slice("'nonce-".length, -1)
}

/** Every <script> start tag in a page's HTML. */
function scriptTags(html: string): string[] {
  return html.match(/<script\b[^>]*>/gi) ?? []
}

/**
 * A staff page's answer: a policy with a nonce and 'strict-dynamic', inline
 * scripts not allowed, and the nonce on every script of the HTML.
 */
async function expectNoncePolicy(response: APIResponse): Promise<string> {
  expect(response.status()).toBe(200)
  const scripts = sources(response, 'script-src')
  expect(scripts).toContain("'strict-dynamic'")
  expect(scripts).not.toContain("'unsafe-inline'")
  expect(scripts).not.toContain("'unsafe-eval'")
  const nonce = nonceOf(response)
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
  const tags = scriptTags(await response.text())
  expect(tags.length).toBeGreaterThan(0)
  for (const tag of tags) expect(tag, 'a script without this response’s nonce').toContain(` nonce="${nonce}"`)
  return nonce
}

// Every kind of response: prerendered and per-request pages, a 404, the
// API, a feed, a static file of the framework, a redirect and the sign-in page.
const paths = ['/', '/projects', '/projects?page=2', '/no-such-page', '/api/v1/projects', '/news/rss.xml', '/maps/world.svg', '/admin', '/login']

test.describe('security headers', () => {
  for (const path of paths) {
    test(`${path} carries the security headers`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 })
      const headers = response.headers()
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(headers['content-security-policy']).toContain("object-src 'none'")
      expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/)
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['x-frame-options']).toBe('DENY')
      expect(headers['x-powered-by']).toBeUndefined()
    })
  }

  test('the framework’s script files carry them too, and their source maps are not served', async ({ page, request }) => {
    await page.goto('/')
    const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src')
    expect(script).toBeTruthy()
    const response = await request.get(script!)
    expect(response.status()).toBe(200)
    expect(response.headers()['x-content-type-options']).toBe('nosniff')
    expect((await request.get(`${script!}.map`)).status()).toBe(404)
  })

  test('uploaded files keep their own sandboxing policy', async ({ request }) => {
    const response = await request.get('/media/0123456789abcdef/w640.webp')
    expect(response.status()).toBe(404)
    expect(response.headers()['content-security-policy']).toContain('sandbox')
    expect(response.headers()['x-content-type-options']).toContain('nosniff')
  })

  test('configuration, source and repository files are not served', async ({ request }) => {
    for (const path of ['/.env', '/.env.local', '/.env.example', '/.git/config', '/.git/HEAD', '/package.json', '/next.config.ts', '/prisma/schema.prisma', '/.next/BUILD_ID', '/lib/env.ts']) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(404)
      const body = await response.text()
      expect(body, path).not.toContain('DATABASE_URL')
      expect(body, path).not.toContain('[core]')
    }
  })

  test('the sign-in page allows only scripts with a fresh nonce, and all its scripts carry it', async ({ request }) => {
    const first = await expectNoncePolicy(await request.get('/login'))
    const second = await expectNoncePolicy(await request.get('/login'))
    expect(second).not.toBe(first)
    // An invitation link, valid or not, is a staff page too.
    await expectNoncePolicy(await request.get('/invite/not-a-real-invitation-token'))
  })

  test('admin pages allow only scripts with a fresh nonce, and the signed-in admin works under it', async ({ page, login }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text())
    })
    page.on('pageerror', (error) => violations.push(error.message))

    await login('editor')

    const first = await expectNoncePolicy(await page.request.get('/admin/news'))
    const second = await expectNoncePolicy(await page.request.get('/admin/news'))
    expect(second).not.toBe(first)

    // Client-side navigation only works when the framework's scripts ran.
    await page.goto('/admin/news')
    await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible()
    await page.evaluate(() => {
      ;(window as unknown as { notReloaded?: boolean }).notReloaded = true
    })
    await page.getByRole('navigation', { name: /admin/i }).getByRole('link', { name: 'Projects' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible()
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
    await page.getByRole('link', { name: 'New project' }).click()
    await expect(page.getByLabel('Title')).toBeVisible()

    // Signing out is a server action posted by the page's script. It redirects
    // to /login, and Next.js answers with that page's payload and headers, so
    // the answer has the sign-in page's policy: no inline scripts either.
    const signOut = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.request().headers()['next-action'] !== undefined,
    )
    await page.getByRole('button', { name: 'Sign out' }).click()
    const answer = await signOut
    expect(answer.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(answer.headers()['content-security-policy']).toMatch(/script-src 'self'( 'nonce-[^']+' 'strict-dynamic')?;/)
    await expect(page).toHaveURL(/\/login/)
    expect(violations).toEqual([])
  })

  test('server action answers on staff pages, which the proxy leaves alone, allow no inline scripts', async ({ request }) => {
    // An action id no build has: Next.js refuses it without running anything.
    for (const path of ['/admin', '/admin/news', '/login']) {
      const response = await request.post(path, {
        headers: { 'next-action': '00'.repeat(21), 'content-type': 'text/plain;charset=UTF-8' },
        data: '[]',
        maxRedirects: 0,
      })
      expect(response.status(), path).toBeGreaterThanOrEqual(400)
      expect(sources(response, 'script-src'), path).toEqual(["'self'"])
      expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'")
    }
  })

  test('public pages, and the prerendered page after an invitation, keep the static policy and run their scripts', async ({ page, request }) => {
    for (const path of ['/', '/projects', '/news', '/invite/done']) {
      const response = await request.get(path)
      const scripts = sources(response, 'script-src')
      expect(scripts, path).toContain("'unsafe-inline'")
      expect(scripts.some((s) => s.startsWith("'nonce-")), path).toBe(false)
      expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'")
    }
    const violations: string[] = []
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text())
    })
    await page.goto('/invite/done')
    await page.goto('/')
    expect(violations).toEqual([])
  })
})

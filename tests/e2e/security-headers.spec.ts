import { randomUUID } from 'node:crypto'
import type { APIResponse, Page } from '@playwright/test'
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
 * The answer of a page rendered per request (staff pages, search, filtered
 * lists): a policy with a nonce and 'strict-dynamic', inline scripts not
 * allowed, and the nonce on every script of the HTML.
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

type Header = { name: string; value: string }

/**
 * Every content security policy of an answer. Each header is one policy;
 * a header may also list several, separated by commas (as Playwright joins
 * repeated headers).
 */
function policiesOf(headers: Header[]): string[] {
  return headers
    .filter((h) => h.name.toLowerCase() === 'content-security-policy')
    .flatMap((h) => h.value.split(/[\n,]/))
    .map((policy) => policy.trim())
    .filter(Boolean)
}

/** A policy's directives, by name. */
function directivesOf(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]))
}

const HASH_SOURCE = /^'sha256-[A-Za-z0-9+/]{43}='$/

/**
 * A prerendered page's answer: the static policy of every path, plus a
 * policy that allows scripts from the site and inline scripts only by hash.
 * Returns those hashes.
 */
function expectHashPolicy(headers: Header[], path: string): string[] {
  const policies = policiesOf(headers)
  expect(policies, `${path}: the static policy and the hash policy`).toHaveLength(2)
  const [staticPolicy, hashPolicy] = policies.map(directivesOf)
  expect(staticPolicy?.get('frame-ancestors'), path).toEqual(["'none'"])
  expect([...(hashPolicy?.keys() ?? [])], path).toEqual(['script-src'])
  const [self, ...hashes] = hashPolicy?.get('script-src') ?? []
  expect(self, path).toBe("'self'")
  expect(hashes.length, `${path}: no inline script hashed`).toBeGreaterThan(0)
  for (const hash of hashes) expect(hash, path).toMatch(HASH_SOURCE)
  return hashes
}

/**
 * The hash sources of the inline scripts of the page's document that a
 * browser runs, as it parsed them (data blocks such as JSON-LD are not run).
 */
async function documentScriptHashes(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const scripts = Array.from(document.querySelectorAll<HTMLScriptElement>('script:not([src])')).filter(
      (script) => script.type === '' || /javascript|^module$/i.test(script.type),
    )
    return Promise.all(
      scripts.map(async (script) => {
        const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script.textContent ?? ''))
        return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`
      }),
    )
  })
}

type ViolationWindow = Window & { cspViolations?: string[]; notReloaded?: boolean; injected?: number }

type Violations = { consoleErrors: string[]; events: () => Promise<string[]> }
const watched = new WeakMap<Page, Violations>()

/**
 * Collects what the browser reports as content security policy violations on
 * `page`: console errors and `securitypolicyviolation` events (of the current
 * document). Call before the first navigation; once per page is enough.
 */
async function watchViolations(page: Page): Promise<Violations> {
  const known = watched.get(page)
  if (known) return known
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) consoleErrors.push(message.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const w = window as ViolationWindow
      w.cspViolations = [...(w.cspViolations ?? []), `${event.effectiveDirective} ${event.blockedURI}`]
    })
  })
  const violations = { consoleErrors, events: () => page.evaluate(() => (window as ViolationWindow).cspViolations ?? []) }
  watched.set(page, violations)
  return violations
}

/**
 * Follows a link of the page and checks that the page's scripts handled it
 * (a client-side navigation keeps the window), so the page has hydrated.
 */
async function expectClientNavigation(page: Page, href: string) {
  await page.evaluate(() => {
    ;(window as ViolationWindow).notReloaded = true
  })
  await page.locator(`a[href="${href}"]:visible`).first().click()
  await expect(page).toHaveURL((url) => url.pathname === href)
  expect(await page.evaluate(() => (window as ViolationWindow).notReloaded), `${href} was loaded, not navigated to`).toBe(true)
}

/**
 * Opens a prerendered page and checks its answer: the hash policy lists
 * exactly the inline scripts of the document, and the page runs (hydrates,
 * navigates) without any violation.
 */
async function expectPrerenderedPage(page: Page, path: string, { status = 200, link }: { status?: number; link: string }) {
  const violations = await watchViolations(page)
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(status)
  const hashes = expectHashPolicy(await response!.headersArray(), path)
  const documentHashes = await documentScriptHashes(page)
  expect(documentHashes.length, path).toBeGreaterThan(0)
  expect([...new Set(documentHashes)].sort(), `${path}: the policy lists exactly the inline scripts of the page`).toEqual([...hashes].sort())
  const body = await response!.text()
  await expectClientNavigation(page, link)
  expect(violations.consoleErrors, path).toEqual([])
  expect(await violations.events(), path).toEqual([])
  return { headers: response!.headers(), body }
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

  // The public pages in two languages, a page outside the public layout and
  // the answer to an unknown address, each with a link its scripts follow.
  const prerendered = [
    { path: '/', link: '/countries' },
    { path: '/zh', link: '/zh/countries' },
    { path: '/about', link: '/countries' },
    { path: '/invite/done', link: '/' },
    { path: '/no-such-page', status: 404, link: '/countries' },
  ]
  for (const { path, ...expected } of prerendered) {
    test(`${path}, a prerendered page, allows only its own inline scripts, by hash, and runs them`, async ({ page }) => {
      await expectPrerenderedPage(page, path, expected)
    })
  }

  test('an inline script the server did not write does not run on a prerendered page', async ({ page }) => {
    // The real answer with its real headers, plus one script in the document.
    await page.route('**/about', async (route) => {
      const response = await route.fetch()
      const html = await response.text()
      expect(html).toContain('</head>')
      const headers = { ...response.headers() }
      expect(headers['content-security-policy']).toContain("'sha256-")
      // The body changes, so its length does, and Playwright has decoded it.
      delete headers['content-length']
      delete headers['content-encoding']
      await route.fulfill({
        status: response.status(),
        headers,
        body: html.replace('</head>', '<script>window.injected = 1</script></head>'),
      })
    })
    const violations = await watchViolations(page)
    await page.goto('/about')
    expect(await page.evaluate(() => (window as ViolationWindow).injected)).toBeUndefined()
    // Only the injected script is refused; the page's own scripts still run.
    expect(await violations.events()).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/)])
    await expectClientNavigation(page, '/countries')
  })

  test('a page rendered again after a change allows its new inline scripts from its first answer on', async ({ browser, page, login }) => {
    const id = randomUUID().slice(0, 8)
    const title = `Survey cooperation update ${id}`
    const slug = `survey-cooperation-update-${id}`
    await login('editor')
    await page.goto('/admin/news/new')
    await page.getByLabel('Title').fill(title)
    await page.getByLabel('Slug').fill(slug)
    await page.getByLabel('Summary').fill('A short update for the security check.')
    await page.getByLabel(/^Text\b/).fill('The update has two paragraphs.\n\nThis is the second one.')
    await page.getByRole('button', { name: 'Create draft' }).click()
    await expect(page.getByText('Draft created.')).toBeVisible()
    // Publishing expires the news list in every language: its next request renders it again.
    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    await expect(page.getByText('Published. The public page shows this version now.')).toBeVisible()

    // A reader's first request for the Japanese list (which no admin page links
    // to) is the one that renders it again; then the new article's page, which
    // no build has prerendered.
    const reader = await browser.newPage()
    try {
      const list = await expectPrerenderedPage(reader, '/ja/news', { link: '/ja/countries' })
      expect(list.headers['x-nextjs-cache'], 'not the answer that rendered the page').toBe('MISS')
      expect(list.body).toContain(title)
      // The editor's pages may have prefetched this one already; either way it was rendered at run time.
      const article = await expectPrerenderedPage(reader, `/news/${slug}`, { link: '/countries' })
      expect(article.body).toContain(title)
    } finally {
      await reader.close()
    }
  })

  test('public pages rendered per request allow only scripts with a fresh nonce, and run them', async ({ page, request }) => {
    const violations = await watchViolations(page)
    for (const { path, link } of [
      { path: '/search?q=geology', link: '/countries' },
      { path: '/zh/organizations?page=2', link: '/zh/countries' },
    ]) {
      const response = await request.get(path)
      // The proxy's policy replaces the static one: a single policy, with a nonce.
      expect(policiesOf(response.headersArray()), path).toHaveLength(1)
      const first = await expectNoncePolicy(response)
      expect(await expectNoncePolicy(await request.get(path)), path).not.toBe(first)

      await page.goto(path)
      await expectClientNavigation(page, link)
      expect(violations.consoleErrors, path).toEqual([])
      expect(await violations.events(), path).toEqual([])
    }
  })
})

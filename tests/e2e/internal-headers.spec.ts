import { expect, test } from './fixtures'

// Headers that Next.js uses between its own parts. A visitor who sends them
// must not get past the sign-in check, and asking for the React payload of an
// admin page must not return its content.
const internalHeaders: Array<Record<string, string>> = [
  { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  { 'x-middleware-subrequest': 'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware' },
  { rsc: '1' },
  { rsc: '1', 'next-router-prefetch': '1' },
  { rsc: '1', 'next-router-segment-prefetch': '/_tree' },
  { 'x-invoke-path': '/admin/users', 'x-invoke-query': '{}' },
  { 'x-now-route-matches': '1' },
]

test.describe('requests with internal Next.js headers', () => {
  for (const headers of internalHeaders) {
    test(`gain nothing on the admin: ${JSON.stringify(headers)}`, async ({ request }) => {
      for (const path of ['/admin', '/admin/users', '/admin/news']) {
        const response = await request.get(path, { headers, maxRedirects: 0 })
        const body = await response.text()
        // Either the sign-in redirect, or an answer without admin content.
        if (response.status() === 307 || response.status() === 308) {
          expect(response.headers()['location'], path).toMatch(/\/login\?callbackUrl=/)
        } else {
          expect(response.status(), path).not.toBe(200)
        }
        expect(body, path).not.toContain('editor@geocoop.example')
        expect(body, path).not.toContain('Signed in as')
      }
    })
  }

  test('the proxy cannot be skipped into an admin page that then trusts the visitor', async ({ request }) => {
    // Even if a header made the proxy step aside, the page checks the session itself.
    const response = await request.get('/admin/users', {
      headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy', cookie: 'authjs.session-token=forged' },
      maxRedirects: 0,
    })
    const body = await response.text()
    expect(body).not.toContain('editor@geocoop.example')
    expect(body).not.toContain('Invite user')
  })

  test('a signed-in editor’s public pages and their prefetches carry nothing from the session', async ({ page, login }) => {
    await login('editor')
    for (const path of ['/', '/projects', '/projects?page=2', '/search?q=geology', '/news']) {
      const variants: Array<Record<string, string>> = [{}, { rsc: '1' }, { rsc: '1', 'next-router-prefetch': '1' }]
      for (const headers of variants) {
        // The browser context's request API sends the editor's session cookie.
        const response = await page.request.get(path, { headers })
        const body = await response.text()
        // A prefetch of a page rendered per request may be answered without content (404); what
        // matters here is that no answer carries anything from the session.
        expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBeLessThan(500)
        expect(body, `${path} ${JSON.stringify(headers)}`).not.toContain('editor@geocoop.example')
        expect(body, `${path} ${JSON.stringify(headers)}`).not.toContain('Eddie Editor')
        expect(body, `${path} ${JSON.stringify(headers)}`).not.toContain('authjs')
      }
    }
  })
})

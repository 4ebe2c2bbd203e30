import { expect, test } from './fixtures'

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
})

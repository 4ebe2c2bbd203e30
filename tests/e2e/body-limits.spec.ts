import { randomUUID } from 'node:crypto'
import { type Page, request as playwrightRequest } from '@playwright/test'
import { Client } from 'pg'
import { expect, test } from './fixtures'

// next.config.ts: serverActions.bodySizeLimit is 32 MB, for media uploads
// (30 MB PDFs); Next.js has no per-action limit, so every action accepts that
// much. Next.js reads an action's body through a counting stream and stops at
// the limit; for an action posted by the page's JavaScript (a fetch with the
// Next-Action header) it then answers 500 with an error payload (its source
// notes that a 413 is not implemented yet), before the action runs. The forms'
// own field limits (zod) then keep each value far smaller.
const LIMIT_BYTES = 32 * 1024 * 1024

async function countNews(slug: string): Promise<number> {
  const connectionString = process.env.E2E_DATABASE_URL
  if (!connectionString) throw new Error('E2E_DATABASE_URL is not set.')
  const client = new Client({ connectionString })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM "NewsArticle" WHERE slug = $1', [slug])
    return Number(rows[0]!.count)
  } finally {
    await client.end()
  }
}

type CapturedAction = { headers: Record<string, string>; body: Buffer }

/**
 * Submits the new-article form and captures the server action request the
 * page's JavaScript sends (its action id, router state and multipart body)
 * without letting it reach the server.
 */
async function captureCreateDraft(page: Page, slug: string): Promise<CapturedAction> {
  let captured: CapturedAction | null = null
  await page.route('**/admin/news/new', async (route) => {
    const request = route.request()
    if (request.method() !== 'POST') return route.continue()
    captured = { headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) }
    await route.abort()
  })
  await page.goto('/admin/news/new')
  await page.getByLabel('Title').fill(`Body limit check ${slug}`)
  await page.getByLabel('Slug').fill(slug)
  await page.getByRole('button', { name: 'Create draft' }).click()
  await expect.poll(() => captured !== null).toBe(true)
  await page.unrouteAll({ behavior: 'ignoreErrors' })
  expect(captured!.headers['next-action']).toBeTruthy()
  expect(captured!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
  return captured!
}

/**
 * The captured request with one more multipart field of `bytes` bytes in
 * front; its name is outside the action's arguments, so only its size counts.
 */
function withPadding(action: CapturedAction, bytes: number): Buffer {
  const boundary = /boundary=(.+)$/.exec(action.headers['content-type']!)![1]!
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="1_padding"\r\n\r\n`)
  return Buffer.concat([head, Buffer.alloc(bytes, 'a'), Buffer.from('\r\n'), action.body])
}

/**
 * Sends the captured action again with `body`, signed in as the page is, on a
 * connection of its own: the server closes a connection whose request body
 * it stopped reading, which must not take the next request down with it.
 */
async function replay(page: Page, action: CapturedAction, body: Buffer): Promise<number> {
  const headers = Object.fromEntries(
    ['next-action', 'next-router-state-tree', 'content-type', 'accept', 'origin'].flatMap((name) =>
      action.headers[name] ? [[name, action.headers[name]!]] : [],
    ),
  )
  const context = await playwrightRequest.newContext({
    baseURL: new URL(page.url()).origin,
    storageState: await page.context().storageState(),
  })
  try {
    const response = await context.post('/admin/news/new', { headers, data: body, maxRedirects: 0, timeout: 60_000 })
    return response.status()
  } finally {
    await context.dispose()
  }
}

test.describe('request body limits', () => {
  test('a server action body over the limit is refused before the action runs, and nothing is written', async ({ page, login }) => {
    test.setTimeout(120_000)
    await login('editor')
    const slug = `body-limit-${randomUUID().slice(0, 8)}`
    const action = await captureCreateDraft(page, slug)

    expect(await replay(page, action, withPadding(action, LIMIT_BYTES + 1024 * 1024))).toBe(500)
    expect(await countNews(slug)).toBe(0)

    // The same request with less padding, under the limit, reaches the action
    // and creates the draft: what was refused above was a real save.
    expect([200, 303]).toContain(await replay(page, action, withPadding(action, 1024 * 1024)))
    await expect.poll(() => countNews(slug)).toBe(1)
  })

  test('a sign-in route handler refuses a body over its limit with 413', async ({ request }) => {
    const response = await request.post('/api/auth/callback/credentials', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      data: `email=a%40b.example&password=${'x'.repeat(100 * 1024)}`,
      maxRedirects: 0,
    })
    expect(response.status()).toBe(413)
    expect(await response.text()).toContain('too large')
  })

  test('an oversized field in an admin form gets a field error and keeps the input', async ({ page, login }) => {
    await login('editor')
    const slug = `too-long-${randomUUID().slice(0, 8)}`
    const summary = `A summary that goes on. ${'And on. '.repeat(40)}`
    expect(summary.length).toBeGreaterThan(300)
    await page.goto('/admin/news/new')
    await page.getByLabel('Title').fill(`Too long a summary ${slug}`)
    await page.getByLabel('Slug').fill(slug)
    await page.getByLabel('Summary').fill(summary)
    await page.getByRole('button', { name: 'Create draft' }).click()

    const errors = page.getByRole('alert').filter({ hasText: 'Please correct the highlighted fields.' })
    await expect(errors.getByRole('link', { name: 'Summary must be at most 300 characters' })).toBeVisible()
    await expect(page.getByLabel('Summary')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Summary')).toHaveValue(summary)
    await expect(page.getByLabel('Title')).toHaveValue(`Too long a summary ${slug}`)
    expect(await countNews(slug)).toBe(0)
  })

  test('an oversized address on the sign-in form gets a field error and keeps the input', async ({ page }) => {
    const email = `${'a'.repeat(250)}@geocoop.example`
    await page.goto('/login')
    await page.getByLabel('Email', { exact: true }).fill(email)
    await page.getByLabel('Password', { exact: true }).fill('whatever it is')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert').getByRole('link', { name: 'An email address has at most 254 characters' })).toBeVisible()
    await expect(page.getByLabel('Email', { exact: true })).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Email', { exact: true })).toHaveValue(email)
  })
})

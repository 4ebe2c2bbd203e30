import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { databaseAddress, startTcpForwarder, type TcpForwarder } from '../fixtures/tcp-forwarder'
import { demoUsers, expect, test } from './fixtures'
import { type SecondServer, startSecondServer } from './second-server'

/*
 * The database goes away while the site is running, and comes back.
 *
 * A second `next start` of the build reaches the e2e database through a
 * loopback TCP forwarder, which the test cuts (every open connection is
 * destroyed and new ones are refused, as when PostgreSQL is stopped) and
 * restores. The same server process runs throughout: nothing is restarted.
 */

const databaseUrl = process.env.E2E_DATABASE_URL!
const port = Number(process.env.E2E_PORT ?? 3200) + 2

const UNAVAILABLE =
  'The database cannot be reached right now, so nothing was saved. Your changes are still in the form: try again in a minute.'

/**
 * Each request of this spec on a connection of its own. The spec pauses for
 * seconds between requests, longer than the server keeps an idle connection
 * open; a request sent on a kept-alive connection just as the server closes
 * it fails with ECONNRESET, which says nothing about the outage.
 */
const ownConnection = { connection: 'close' }

type ProjectRow = { title: string; summary: string; version: number; updatedAt: Date }

/** The project as stored, read directly (not through the server under test). */
async function storedProject(id: string): Promise<ProjectRow> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<ProjectRow>('SELECT title, summary, version, "updatedAt" FROM "Project" WHERE id = $1', [id])
    expect(rows, `project ${id} is not in the database`).toHaveLength(1)
    return rows[0]!
  } finally {
    await client.end()
  }
}

test.describe('while the database is down', () => {
  let forwarder: TcpForwarder | null = null
  let server: SecondServer | null = null

  test.afterEach(async ({}, testInfo) => {
    // The server's own log explains a failure better than the client's view of it.
    if (server && testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('second server log', { body: server.log(), contentType: 'text/plain' })
    }
    server?.stop()
    await forwarder?.close()
  })

  test('cached pages keep serving, other pages answer a branded 503, saves keep the input, and all recovers', async ({
    browser,
    page,
    request,
  }) => {
    test.setTimeout(180_000)
    forwarder = await startTcpForwarder(databaseAddress(databaseUrl))
    server = await startSecondServer(port, forwarder.via(databaseUrl))
    const { origin } = server
    const pid = server.child.pid

    // With the database reachable: a search, and an editor's edit page.
    const search = await request.get(`${origin}/search?q=karst`, { headers: ownConnection })
    expect(search.status()).toBe(200)

    await page.goto(`${origin}/login`)
    await page.getByLabel('Email', { exact: true }).fill(demoUsers.editor.email)
    await page.getByLabel('Password', { exact: true }).fill(demoUsers.editor.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).not.toHaveURL(/\/login(\?|$)/)

    const suffix = randomUUID().slice(0, 8)
    await page.goto(`${origin}/admin/projects/new`)
    await page.getByLabel('Title').fill(`Outage drill ${suffix}`)
    await page.getByLabel('Slug').fill(`outage-drill-${suffix}`)
    await page.getByLabel('Summary').fill('Written before the outage.')
    await page.getByRole('button', { name: 'Create draft' }).click()
    await expect(page).toHaveURL(/\/admin\/projects\/(?!new\b)[\w-]+(\?|$)/)
    await expect(page.getByLabel('Title')).toHaveValue(`Outage drill ${suffix}`)
    const id = new URL(page.url()).pathname.split('/').at(-1)!
    const before = await storedProject(id)

    // The database goes away.
    await forwarder.cut()

    // Prerendered pages are served as before, with their content.
    for (const [path, content] of [
      ['/', 'GeoCoop'],
      ['/projects/atlas-geological-maps-central-asia', 'Atlas of Geological Maps of Central Asia'],
      ['/zh/projects', '项目'],
    ] as const) {
      const response = await request.get(`${origin}${path}`, { headers: ownConnection })
      expect(response.status(), path).toBe(200)
      expect(await response.text(), path).toContain(content)
    }

    // The health check reuses its last answer ("up") for up to 1.5 s
    // (lib/db-health.ts HEALTH_TTL_MS); past that, the outage is known.
    await new Promise((resolve) => setTimeout(resolve, 1_600))

    // Pages rendered per request answer at once with the branded page, in their language.
    for (const [path, lang, heading, home] of [
      ['/search?q=karst', 'en', 'This page is temporarily unavailable', 'href="/"'],
      ['/projects?page=2', 'en', 'This page is temporarily unavailable', 'href="/"'],
      ['/ja/search?q=x', 'ja', 'このページは一時的にご利用いただけません', 'href="/ja"'],
    ] as const) {
      const started = Date.now()
      const response = await request.get(`${origin}${path}`, { headers: ownConnection, maxRedirects: 0 })
      const body = await response.text()
      expect(Date.now() - started, `${path} took too long`).toBeLessThan(3_000)
      expect(response.status(), path).toBe(503)
      const headers = response.headers()
      expect(Number(headers['retry-after'])).toBeGreaterThan(0)
      expect(headers['cache-control']).toBe('no-store')
      expect(headers['content-type']).toMatch(/^text\/html/)
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(headers['content-security-policy']).toContain("object-src 'none'")
      expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/)
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['x-frame-options']).toBe('DENY')
      expect(headers['x-powered-by']).toBeUndefined()
      expect(body).toContain(`<html lang="${lang}">`)
      expect(body).toContain(heading)
      expect(body).toContain('GeoCoop')
      expect(body).toContain(home)
    }
    // The same page, as a visitor sees it (in a browser of their own): a heading and a way back to the site.
    const visitor = await browser.newPage()
    await visitor.goto(`${origin}/zh/search?q=karst`)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('此页面暂时无法访问')
    await visitor.getByRole('link', { name: '前往首页' }).click()
    await expect(visitor).toHaveURL(`${origin}/zh`)
    // The prerendered home page, not another outage page.
    await expect(visitor.getByRole('navigation', { name: '主导航' })).toBeAttached()
    await visitor.close()

    // The editor, whose page was open before the cut, saves: refused clearly, input kept.
    await expect(page.getByLabel('Title')).toHaveValue(`Outage drill ${suffix}`)
    await page.getByLabel('Title').fill(`Outage drill ${suffix} (revised)`)
    await page.getByLabel('Summary').fill('Typed while the database was down.')
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expect(page.getByText(UNAVAILABLE)).toBeVisible({ timeout: 15_000 })
    await expect(page.getByLabel('Title')).toHaveValue(`Outage drill ${suffix} (revised)`)
    await expect(page.getByLabel('Summary')).toHaveValue('Typed while the database was down.')

    // The database comes back: within seconds the same server answers again.
    await forwarder.restore()
    await expect
      .poll(async () => (await request.get(`${origin}/search?q=karst`, { headers: ownConnection })).status(), { timeout: 15_000, intervals: [250, 500, 1_000] })
      .toBe(200)

    // Nothing had been saved.
    expect(await storedProject(id)).toEqual(before)

    // The same save, from the same form, now succeeds.
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expect(page.getByText('Changes saved.')).toBeVisible({ timeout: 15_000 })
    const after = await storedProject(id)
    expect(after.title).toBe(`Outage drill ${suffix} (revised)`)
    expect(after.summary).toBe('Typed while the database was down.')
    expect(after.version).toBe(before.version + 1)

    // Without a restart.
    expect(server.child.pid).toBe(pid)
    expect(server.child.exitCode).toBeNull()
  })
})

/**
 * Many editors saving at once, through the real admin UI: K signed-in
 * browser contexts (Debian's Chromium, driven by Playwright) each edit their
 * own draft article and press "Save draft" a fixed number of times, all
 * editors at the same time. It reports
 *
 * - errors: saves that did not end with the page showing the next version
 *   (must be 0);
 * - lost writes: articles whose stored summary is not the last one their
 *   editor saved, or whose version did not advance once per save (must be 0);
 * - p50/p95 save time, from the click to the page showing the saved version,
 *   and the server's part (request sent to first byte of the answer).
 *
 * Against a running production build on this machine and its database:
 *
 *   DATABASE_URL=postgresql://…/geocoop_bench node --import tsx scripts/bench/editors.ts \
 *     --url http://127.0.0.1:3400 [--editors 4] [--saves 10]
 *
 * It creates (or resets) its own editor accounts and draft articles, whose
 * ids start with "genedit", so it only accepts a throwaway database: one
 * whose name contains "bench" or "e2e". It exits with 1 when a save failed
 * or a write was lost.
 */
import 'dotenv/config'
import { PrismaPg } from '@prisma/adapter-pg'
import { type Browser, chromium, type Page } from '@playwright/test'
import { hashPassword } from '../../lib/auth/password'
import { PrismaClient } from '../../lib/generated/prisma/client'
import { runIfMain } from '../run-if-main'
import { GENERATED_EMAIL_DOMAIN, GENERATED_ID_PREFIX } from './probes'
import { baseUrlOption, formatTable, machineInfo, ms, numberOption, summarize, waitForServer } from './report'

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]

const SAVE_TIMEOUT_MS = 30_000

/** The account and the draft of editor `index`; a re-run resets them. */
function editorFixture(index: number) {
  const n = String(index + 1).padStart(2, '0')
  return {
    userId: `${GENERATED_ID_PREFIX}edituser${n}`,
    email: `bench-editors-${n}@${GENERATED_EMAIL_DOMAIN}`,
    name: `Bench editor ${n}`,
    articleId: `${GENERATED_ID_PREFIX}editdraft${n}`,
    slug: `bench-editors-draft-${n}`,
    title: `Draft ${n}: concurrent editing check`,
  }
}

/** A wrong address or database: printed as its message alone. */
class UsageError extends Error {}

/** Only a throwaway database may receive the accounts and drafts of this script. */
export function assertThrowawayDatabase(connectionString: string): void {
  const name = decodeURIComponent(new URL(connectionString).pathname.replace(/^\//, ''))
  if (!name.includes('bench') && !name.includes('e2e')) {
    throw new UsageError(`Refusing to use database "${name}": use a benchmark or e2e database (its name contains "bench" or "e2e").`)
  }
}

/** Load is only ever generated against this machine's loopback address. */
export function assertLoopback(baseUrl: string): void {
  if (new URL(baseUrl).hostname !== '127.0.0.1') {
    throw new UsageError(`--url must be an http://127.0.0.1:<port> address; got ${baseUrl}`)
  }
}

async function prepare(db: PrismaClient, editors: number, password: string) {
  const passwordHash = await hashPassword(password)
  const fixtures = Array.from({ length: editors }, (_, i) => editorFixture(i))
  for (const f of fixtures) {
    await db.user.upsert({
      where: { id: f.userId },
      create: { id: f.userId, email: f.email, name: f.name, role: 'EDITOR', passwordHash },
      update: { email: f.email, name: f.name, role: 'EDITOR', passwordHash, active: true },
    })
    const draft = {
      slug: f.slug,
      title: f.title,
      summary: 'Not saved by the editors benchmark yet.',
      body: 'A draft that one editor of the benchmark saves over and over.',
      tags: ['Benchmark'],
      status: 'DRAFT' as const,
      publishedAt: null,
      deletedAt: null,
      updatedById: f.userId,
    }
    await db.newsArticle.upsert({
      where: { id: f.articleId },
      create: { id: f.articleId, ...draft, createdById: f.userId },
      update: draft,
    })
  }
  return fixtures
}

type EditorRun = {
  index: number
  articleId: string
  startVersion: number
  saved: number
  lastSummary: string | null
  errors: string[]
  visibleMs: number[]
  serverMs: number[]
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login')
  await page.getByLabel('Email', { exact: true }).fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL((url) => url.pathname.startsWith('/admin'), { timeout: SAVE_TIMEOUT_MS })
}

async function readVersion(page: Page): Promise<number> {
  const label = (await page.getByText(/^Version \d+ ·/).textContent({ timeout: SAVE_TIMEOUT_MS })) ?? ''
  const version = Number(/Version (\d+)/.exec(label)?.[1])
  if (!Number.isInteger(version)) throw new Error(`could not read the version from "${label}"`)
  return version
}

/** One editor: signs in, then saves their own draft `saves` times, one after another. */
async function runEditor(browser: Browser, baseUrl: string, run: EditorRun, email: string, password: string, saves: number) {
  const context = await browser.newContext({ baseURL: baseUrl })
  try {
    const page = await context.newPage()
    page.on('dialog', (dialog) => void dialog.accept())
    await signIn(page, email, password)
    const path = `/admin/news/${run.articleId}`
    await page.goto(path)
    run.startVersion = await readVersion(page)
    for (let i = 1; i <= saves; i++) {
      try {
        const version = await readVersion(page)
        const summary = `Saved by editor ${run.index + 1}, save ${i} of ${saves} (${Date.now()}).`
        await page.getByLabel('Summary', { exact: true }).fill(summary)
        const answer = page.waitForResponse(
          (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === path,
          { timeout: SAVE_TIMEOUT_MS },
        )
        const clickedAt = performance.now()
        await page.getByRole('button', { name: 'Save draft' }).click()
        const response = await answer
        await page.getByText(`Version ${version + 1} ·`).waitFor({ timeout: SAVE_TIMEOUT_MS })
        run.visibleMs.push(performance.now() - clickedAt)
        run.serverMs.push(response.request().timing().responseStart)
        run.saved++
        run.lastSummary = summary
      } catch (error) {
        run.errors.push(`save ${i}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
        // Start the next save from a fresh copy of the page.
        await page.goto(path).catch(() => undefined)
      }
    }
  } catch (error) {
    run.errors.push(`setup: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
  } finally {
    await context.close()
  }
}

async function main() {
  const baseUrl = baseUrlOption('http://127.0.0.1:3400')
  assertLoopback(baseUrl)
  const editors = numberOption('editors', 4, { min: 1, max: 16 })
  const saves = numberOption('saves', 10, { min: 1, max: 200 })
  const connectionString = process.env.DATABASE_URL
  if (!connectionString) throw new UsageError('DATABASE_URL is not set: the running app’s database, to compare what was saved')
  assertThrowawayDatabase(connectionString)
  const password = process.env.BENCH_EDITOR_PASSWORD || 'geocoop-bench-editor'

  await waitForServer(baseUrl)
  const machine = machineInfo()
  console.log(`Measuring ${baseUrl} on ${machine.cpu}, Node ${machine.node}; load average ${machine.loadAverage.join(', ')}`)
  console.log(`${editors} editors × ${saves} saves, all editors at once\n`)

  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) })
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS })
  try {
    const fixtures = await prepare(db, editors, password)
    const runs: EditorRun[] = fixtures.map((f, index) => ({
      index,
      articleId: f.articleId,
      startVersion: 0,
      saved: 0,
      lastSummary: null,
      errors: [],
      visibleMs: [],
      serverMs: [],
    }))
    const started = performance.now()
    await Promise.all(runs.map((run, i) => runEditor(browser, baseUrl, run, fixtures[i]!.email, password, saves)))
    const seconds = (performance.now() - started) / 1000

    // What the database holds now, against what each editor last saw saved.
    const stored = await db.newsArticle.findMany({
      where: { id: { in: runs.map((r) => r.articleId) } },
      select: { id: true, summary: true, version: true },
    })
    const byId = new Map(stored.map((row) => [row.id, row]))
    const lost = runs.filter((run) => {
      const row = byId.get(run.articleId)
      if (!row) return true
      if (run.lastSummary !== null && row.summary !== run.lastSummary) return true
      return run.startVersion > 0 && row.version !== run.startVersion + run.saved
    })

    const errors = runs.flatMap((run) => run.errors.map((e) => `editor ${run.index + 1}, ${e}`))
    const visible = summarize(runs.flatMap((r) => r.visibleMs))
    const server = summarize(runs.flatMap((r) => r.serverMs))
    console.log(
      formatTable(
        ['Measure', 'Value'],
        [
          ['saves confirmed', `${visible.count} of ${editors * saves}`],
          ['errors', String(errors.length)],
          ['lost writes', String(lost.length)],
          ['save → shown p50', ms(visible.p50)],
          ['save → shown p95', ms(visible.p95)],
          ['server p50', ms(server.p50)],
          ['server p95', ms(server.p95)],
          ['duration', `${seconds.toFixed(1)} s`],
        ],
      ),
    )
    for (const error of errors) console.log(`  error: ${error}`)
    for (const run of lost) console.log(`  lost write: ${run.articleId} does not hold editor ${run.index + 1}’s last save`)
    if (errors.length > 0 || lost.length > 0) {
      process.exitCode = 1
      console.log('\nFAIL: every save must succeed and none may be lost.')
    } else {
      console.log('\nPASS: no errors, no lost writes.')
    }
  } finally {
    await browser.close()
    await db.$disconnect()
  }
}

runIfMain(import.meta.url, main, (error): error is UsageError => error instanceof UsageError)

/**
 * The editor's side of the benchmark, measured through the real admin UI in
 * Debian's Chromium (driven by Playwright), because what matters is what a
 * person sees, and the admin's forms post React server actions that only a
 * browser submits faithfully:
 *
 * - publish → visible: an editor clicks "Publish" on a draft article while
 *   this process keeps requesting the article's page, the news list and the
 *   home page as a visitor would; the delay runs from the editor's click
 *   (the form's submit event) to the first visitor response that contains
 *   the article.
 * - save latency: the editor changes the summary and clicks "Save draft",
 *   repeatedly; measured from the click until the page shows the new version
 *   number, and, for the server's part, from the request until its answer
 *   starts to arrive.
 *
 * Times on both sides are wall-clock times of this machine, so the browser's
 * and this process's can be compared.
 */
import { chromium, type Page, type Request, type Response } from '@playwright/test'
import { BENCH_EDITOR, PUBLISH_PROBE_COUNT, SAVE_PROBE, publishProbe } from './probes'
import { summarize } from './report'

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]

/** How often the visitor's side asks again; small next to the 1 s target. */
const POLL_INTERVAL_MS = 20
export const VISIBLE_TIMEOUT_MS = 30_000

/** Wall-clock milliseconds with sub-millisecond precision, comparable with the browser's request timing. */
const now = () => performance.timeOrigin + performance.now()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The value of `promise`, or null if it takes longer than `ms`. */
async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** Runs `work` in a browser signed in as the benchmark editor. */
export async function asEditor<T>(baseUrl: string, work: (page: Page) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
  try {
    const context = await browser.newContext({ baseURL: baseUrl })
    const page = await context.newPage()
    // Leaving a form with unsaved input asks for confirmation; the benchmark always means to leave.
    page.on('dialog', (dialog) => void dialog.accept())
    await page.goto('/login')
    await page.getByLabel('Email').fill(BENCH_EDITOR.email)
    await page.getByLabel('Password').fill(BENCH_EDITOR.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    try {
      await page.waitForURL((url) => url.pathname.startsWith('/admin'), { timeout: 30_000 })
    } catch (error) {
      throw new Error(
        `Could not sign in as ${BENCH_EDITOR.email}. Fill the database with scripts/bench/generate.ts (and the same BENCH_EDITOR_PASSWORD).`,
        { cause: error },
      )
    }
    return await work(page)
  } finally {
    await browser.close()
  }
}

/** When the editor submitted the form and when the awaited text appeared, as wall-clock times. */
type Observed = { submittedAt: number; shownAt: number | null }

/**
 * Arms the page before a click: it notes when the next form is submitted and
 * when `text` enters the page, itself, with a mutation observer. Polling from
 * here instead would add its interval to every figure, and reading the text of
 * a large admin form is not free. The admin's redirects are client-side, so
 * the page keeps its notes across them.
 */
async function observe(page: Page, text: string): Promise<(answer: Response) => Promise<Observed>> {
  await page.evaluate(`(${OBSERVER_SCRIPT})(${JSON.stringify(text)})`)
  return async (answer) => {
    const notes = (await withTimeout(
      page.evaluate(() => {
        const w = window as unknown as { benchShownAt: Promise<number>; benchSubmittedAt?: number }
        return w.benchShownAt.then((shownAt) => ({ shownAt, submittedAt: w.benchSubmittedAt ?? null }))
      }),
      VISIBLE_TIMEOUT_MS,
    ).catch(() => null)) as { shownAt: number; submittedAt: number | null } | null
    // Without the page's note of the click, the request's start is the closest moment known.
    return { shownAt: notes?.shownAt ?? null, submittedAt: notes?.submittedAt ?? answer.request().timing().startTime }
  }
}

// Plain JavaScript in a string: the TypeScript loader would otherwise add
// helpers of its own to the functions, which do not exist inside the page.
const OBSERVER_SCRIPT = `function (text) {
  window.benchSubmittedAt = undefined
  document.addEventListener('submit', function (event) {
    window.benchSubmittedAt = performance.timeOrigin + event.timeStamp
  }, { capture: true, once: true })
  window.benchShownAt = new Promise(function (resolve) {
    function has(node) {
      return node !== null && node.textContent !== null && node.textContent.includes(text)
    }
    var observer = new MutationObserver(function (records) {
      var hit = records.some(function (r) {
        return r.type === 'characterData' ? has(r.target.parentNode) : Array.prototype.some.call(r.addedNodes, has)
      })
      if (hit) {
        observer.disconnect()
        resolve(performance.timeOrigin + performance.now())
      }
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  })
}`

/** Requests `path` until `seen` holds; returns the wall-clock time of that response, or null on time-out. */
async function watch(baseUrl: string, path: string, seen: (status: number, html: string) => boolean, until: number) {
  while (now() < until) {
    const response = await fetch(`${baseUrl}${path}`, { cache: 'no-store', headers: { 'accept-encoding': 'gzip' } })
    const html = await response.text()
    if (seen(response.status, html)) return now()
    await sleep(POLL_INTERVAL_MS)
  }
  return null
}

export type PublishTrial = {
  slug: string
  /** Milliseconds from the editor's click to the confirmation in the admin, and to each public page showing the article. */
  confirmedMs: number | null
  detailMs: number | null
  listMs: number | null
  homeMs: number | null
  /** The slowest of the three public pages: when the article is visible everywhere. */
  visibleMs: number | null
}

export async function measurePublish(baseUrl: string, page: Page, trials: number): Promise<PublishTrial[]> {
  const results: PublishTrial[] = []
  for (let i = 0; i < Math.min(trials, PUBLISH_PROBE_COUNT); i++) {
    const probe = publishProbe(i)
    const editPath = `/admin/news/${probe.id}`
    const detailPath = `/news/${probe.slug}`
    const linked = (html: string) => html.includes(`href="${detailPath}"`)
    const before = await fetch(`${baseUrl}${detailPath}`, { cache: 'no-store' })
    await before.arrayBuffer()
    if (before.status !== 404) {
      throw new Error(`${detailPath} is already public: fill the database again with scripts/bench/generate.ts before measuring.`)
    }

    await page.goto(editPath)
    const button = page.getByRole('button', { name: 'Publish', exact: true })
    await button.waitFor()
    const answer = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === editPath)
    const confirmation = await observe(page, 'Published. The public page shows this version now.')
    const until = now() + VISIBLE_TIMEOUT_MS
    // The visitor's side starts before the click, so it sees the article as soon as the server shows it.
    const watchers = Promise.all([
      watch(baseUrl, detailPath, (status, html) => status === 200 && html.includes(probe.title), until),
      watch(baseUrl, '/news', (_, html) => linked(html), until),
      watch(baseUrl, '/', (_, html) => linked(html), until),
    ])
    await button.click()
    const { submittedAt, shownAt } = await confirmation(await answer)
    const [detailAt, listAt, homeAt] = await watchers
    const since = (at: number | null) => (at === null ? null : Math.max(0, at - submittedAt))
    const visible = [detailAt, listAt, homeAt]
    results.push({
      slug: probe.slug,
      confirmedMs: since(shownAt),
      detailMs: since(detailAt),
      listMs: since(listAt),
      homeMs: since(homeAt),
      visibleMs: visible.includes(null) ? null : since(Math.max(...(visible as number[]))),
    })
  }
  return results
}

export type SaveMeasurement = {
  /** From the editor's click to the page showing the saved version. */
  visible: ReturnType<typeof summarize>
  /**
   * From the browser sending the save to the first byte of the answer: the
   * server has saved by then (the answer's headers carry the redirect to the
   * saved page, whose content follows in the body).
   */
  server: ReturnType<typeof summarize>
}

export async function measureSaves(page: Page, count: number, warmup = 2): Promise<SaveMeasurement> {
  const visible: number[] = []
  const server: number[] = []
  const path = `/admin/news/${SAVE_PROBE.id}`
  const isSave = (r: Request) => r.method() === 'POST' && new URL(r.url()).pathname === path
  await page.goto(path)
  for (let i = 0; i < warmup + count; i++) {
    const label = (await page.getByText(/^Version \d+ ·/).textContent()) ?? ''
    const version = Number(/Version (\d+)/.exec(label)?.[1])
    if (!Number.isInteger(version)) throw new Error(`Could not read the version of ${path}`)
    await page.getByLabel('Summary', { exact: true }).fill(`Review of the regional cooperation programme, revision ${i + 1}.`)
    const response = page.waitForResponse((r) => isSave(r.request()))
    const saved = await observe(page, `Version ${version + 1} ·`)
    await page.getByRole('button', { name: 'Save draft' }).click()
    const answer = await response
    const { submittedAt, shownAt } = await saved(answer)
    if (shownAt === null) throw new Error(`${path} did not show version ${version + 1} within ${VISIBLE_TIMEOUT_MS / 1000} s of saving`)
    if (i < warmup) continue
    visible.push(shownAt - submittedAt)
    // Not the end of the response: the router may stop reading its body once it has what it needs.
    server.push(answer.request().timing().responseStart)
  }
  return { visible: summarize(visible), server: summarize(server) }
}

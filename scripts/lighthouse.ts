/**
 * Lighthouse scores of the home page, a list page and a detail page of a
 * running production build, in Debian's Chromium.
 *
 *   npm run lighthouse -- --url http://127.0.0.1:3400 [--runs 3] [--preset mobile|desktop]
 *
 * Each page is audited `--runs` times and the median score of each category
 * is reported, because the performance score moves from run to run. The
 * default preset is Lighthouse's own: a mid-range phone on a slow 4G
 * connection, simulated. Targets: performance ≥ 95, accessibility, best
 * practices and SEO 100; exits with 1 when a page misses one. The full
 * reports are written to .data/lighthouse/ as HTML.
 *
 * Start the server with SITE_URL set to the address audited (npm run bench
 * does), or the canonical links point elsewhere.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig, generateReport, type Result } from 'lighthouse'
import { baseUrlOption, formatTable, numberOption, option, percentile, waitForServer } from './bench/report'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Category = (typeof CATEGORIES)[number]

export const TARGETS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 }

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run']

/** A detail page: the newest project, found through the open data API like any client would. */
async function detailPath(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/projects?per_page=1`)
  if (!response.ok) throw new Error(`GET /api/v1/projects answered ${response.status}`)
  const body = (await response.json()) as { data: Array<{ slug: string }> }
  const slug = body.data[0]?.slug
  if (!slug) throw new Error('There is no published project to audit.')
  return `/projects/${slug}`
}

/** Why a category lost points: the audits that did not pass, worst first. */
function shortfalls(lhr: Result, category: Category): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? []
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit): audit is NonNullable<typeof audit> => audit !== undefined && audit.score !== null && audit.score < 0.9)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
    .map((audit) => {
      const detail = audit.displayValue ?? firstItem(audit.details)
      return detail ? `${audit.title} (${detail})` : audit.title
    })
}

/** The first row of an audit's table, e.g. which request failed, so the cause shows without opening the report. */
function firstItem(details: unknown): string | undefined {
  const items = (details as { items?: Array<Record<string, unknown>> } | undefined)?.items
  const item = items?.[0]
  if (!item) return undefined
  const location = item.sourceLocation as { url?: string } | undefined
  const text = [item.description, location?.url ?? item.url].filter((v) => typeof v === 'string' && v !== '')
  return text.length > 0 ? text.join(': ') : undefined
}

async function main() {
  const baseUrl = baseUrlOption('http://127.0.0.1:3400')
  const runs = numberOption('runs', 3, { min: 1, max: 9 })
  const preset = option('preset', 'mobile')
  if (preset !== 'mobile' && preset !== 'desktop') throw new Error('--preset takes mobile or desktop')
  const reportDir = path.resolve('.data/lighthouse')

  await waitForServer(baseUrl)
  const pages = [
    { name: 'home', path: '/' },
    { name: 'list', path: '/projects' },
    { name: 'detail', path: await detailPath(baseUrl) },
  ]

  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  })
  const rows: string[][] = []
  const summary: Array<{ name: string; path: string; scores: Record<Category, number>; shortfalls: Record<Category, string[]> }> = []
  try {
    await mkdir(reportDir, { recursive: true })
    for (const page of pages) {
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, [] as number[]])) as Record<Category, number[]>
      let median: Result | undefined
      for (let run = 0; run < runs; run++) {
        process.stdout.write(`  ${page.path} run ${run + 1}/${runs} … `)
        const result = await lighthouse(
          `${baseUrl}${page.path}`,
          { port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          preset === 'desktop' ? desktopConfig : undefined,
        )
        if (!result) throw new Error(`Lighthouse returned no result for ${page.path}`)
        if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${page.path}: ${result.lhr.runtimeError.message}`)
        for (const c of CATEGORIES) scores[c].push(Math.round((result.lhr.categories[c]?.score ?? 0) * 100))
        console.log(`performance ${scores.performance.at(-1)}`)
        // Keep the report of the run whose performance score is the median so far.
        if (!median || scores.performance.at(-1) === percentile(scores.performance, 50)) median = result.lhr
      }
      const medians = Object.fromEntries(CATEGORIES.map((c) => [c, percentile(scores[c], 50)])) as Record<Category, number>
      const lhr = median as Result
      await writeFile(path.join(reportDir, `${page.name}.html`), generateReport(lhr, 'html'))
      const missed = CATEGORIES.filter((c) => medians[c] < TARGETS[c])
      rows.push([page.name, page.path, ...CATEGORIES.map((c) => String(medians[c])), missed.length === 0 ? 'PASS' : 'FAIL'])
      summary.push({
        ...page,
        scores: medians,
        shortfalls: Object.fromEntries(CATEGORIES.map((c) => [c, shortfalls(lhr, c)])) as Record<Category, string[]>,
      })
    }
  } finally {
    chrome.kill()
  }

  console.log(`\nLighthouse (${preset}, median of ${runs}); targets: performance ≥ ${TARGETS.performance}, the others ${TARGETS.seo}\n`)
  console.log(formatTable(['Page', 'Path', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'Target'], rows))
  for (const page of summary) {
    for (const c of CATEGORIES) {
      if (page.scores[c] < TARGETS[c] && page.shortfalls[c].length > 0) {
        console.log(`\n${page.name} – ${c} ${page.scores[c]}:\n  - ${page.shortfalls[c].slice(0, 6).join('\n  - ')}`)
      }
    }
  }
  await writeFile(
    path.join(reportDir, 'summary.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), baseUrl, preset, runs, targets: TARGETS, pages: summary }, null, 2)}\n`,
  )
  console.log(`\nFull reports: ${path.relative(process.cwd(), reportDir)}/{home,list,detail}.html`)
  if (rows.some((r) => r.at(-1) === 'FAIL')) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})

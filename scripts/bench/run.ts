/**
 * Measures a running production build of the app, in one run:
 *
 * - requests/s and p50/p99 latency at 16 connections for a prerendered
 *   reference page (/about), the home page, every list page, one detail page
 *   per content type and the search, each as a ratio of the reference;
 * - search latency for one visitor at a time over a mix of queries;
 * - publish → visible and admin save latency through the admin UI.
 *
 * `npm run bench` (scripts/bench.sh) prepares everything first: a PostgreSQL
 * database filled by generate.ts, `next build` and `next start`. To measure a
 * server you started yourself on such a database:
 *
 *   node --import tsx scripts/bench/run.ts --url http://127.0.0.1:3400
 *     [--connections 16] [--duration 8] [--warmup 2] [--publish-trials 5]
 *     [--saves 30] [--skip-load] [--skip-editorial] [--out .data/bench-results.json]
 *
 * (--skip-load measures only the reference page of the load part, for a
 * quick look at the editorial figures.) It prints a table with PASS/FAIL per target, writes the figures as JSON and
 * exits with 1 when a target is missed. A benchmark on a shared two-core
 * machine is noisy: the report includes the load average at the start.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  VISIBLE_TIMEOUT_MS,
  asEditor,
  measurePublish,
  measureSaves,
  type PublishTrial,
  type SaveMeasurement,
} from './editorial'
import { type LoadResult, type LoadTarget, measureLoad, measureSequential } from './load'
import { baseUrlOption, formatTable, machineInfo, ms, numberOption, option, summarize, waitForServer } from './report'

export const TARGETS = {
  /** Every cached public page serves at least this share of the reference page's requests/s… */
  minRatio: 0.9,
  /** …with a 99th percentile below this, at 16 connections. */
  pageP99Ms: 50,
  publishVisibleMs: 1000,
  /** For the server to save and answer; the time until the editor sees the saved page is reported beside it. */
  saveP95Ms: 150,
  searchP95Ms: 100,
} as const

/** The prerendered page every other page is compared with. */
const REFERENCE_PATH = '/about'

// A mix of what visitors type: single words, phrases, a country, an exclusion,
// and a Chinese query, which takes the slower substring path.
export const SEARCH_QUERIES = [
  'groundwater',
  'geological mapping',
  'earthquake hazard',
  'Kenya',
  'training course',
  'critical minerals',
  'karst',
  '"marine geology"',
  'volcanoes -training',
  '地质调查',
]

const LIST_PAGES = ['news', 'projects', 'organizations', 'mous', 'conferences', 'trainings', 'countries'] as const
const DETAIL_TYPES = ['news', 'projects', 'organizations', 'mous', 'conferences', 'trainings'] as const

type ApiList = { data: Array<{ slug: string; country?: { code: string } }> }

/** One published item per type, found the way any client would: through the open data API. */
async function detailTargets(baseUrl: string): Promise<LoadTarget[]> {
  const targets: LoadTarget[] = []
  let countryCode: string | undefined
  for (const type of DETAIL_TYPES) {
    const response = await fetch(`${baseUrl}/api/v1/${type}?per_page=1`)
    if (!response.ok) throw new Error(`GET /api/v1/${type} answered ${response.status}`)
    const item = ((await response.json()) as ApiList).data[0]
    if (!item) throw new Error(`No published ${type}: fill the database with scripts/bench/generate.ts first`)
    if (type === 'organizations') countryCode = item.country?.code
    targets.push({ name: `${type} detail`, group: 'detail', paths: [`/${type}/${item.slug}`] })
  }
  if (countryCode) targets.push({ name: 'country page', group: 'detail', paths: [`/countries/${countryCode.toLowerCase()}`] })
  return targets
}

const searchPaths = SEARCH_QUERIES.map((q) => `/search?q=${encodeURIComponent(q)}`)

type Verdict = 'PASS' | 'FAIL' | '–'

function pageVerdict(result: LoadResult, reference: LoadResult): { ratio: number; verdict: Verdict } {
  const ratio = reference.requestsPerSecond > 0 ? result.requestsPerSecond / reference.requestsPerSecond : 0
  if (result.group === 'reference') return { ratio, verdict: result.failures === 0 ? '–' : 'FAIL' }
  if (result.group === 'search') return { ratio, verdict: '–' }
  const ok = result.failures === 0 && ratio >= TARGETS.minRatio && result.latency.p99 < TARGETS.pageP99Ms
  return { ratio, verdict: ok ? 'PASS' : 'FAIL' }
}

async function main() {
  const baseUrl = baseUrlOption('http://127.0.0.1:3400')
  const load = {
    connections: numberOption('connections', 16, { min: 1, max: 256 }),
    durationSeconds: numberOption('duration', 8, { min: 1, max: 120 }),
    warmupSeconds: numberOption('warmup', 2, { min: 0, max: 60 }),
  }
  const publishTrials = numberOption('publish-trials', 5, { min: 1, max: 10 })
  const saves = numberOption('saves', 30, { min: 5, max: 500 })
  const skipEditorial = process.argv.includes('--skip-editorial')
  const skipLoad = process.argv.includes('--skip-load')
  const out = path.resolve(option('out', '.data/bench-results.json'))
  const machine = machineInfo()

  await waitForServer(baseUrl)
  console.log(`Measuring ${baseUrl} on ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}`)
  console.log(
    `Load average at start: ${machine.loadAverage.join(', ')} (${os.cpus().length} cores); ` +
      `${load.connections} connections, ${load.warmupSeconds} s warm-up + ${load.durationSeconds} s per target\n`,
  )

  const targets: LoadTarget[] = [
    { name: 'static reference', group: 'reference', paths: [REFERENCE_PATH] },
    { name: 'home', group: 'home', paths: ['/'] },
    ...LIST_PAGES.map((type): LoadTarget => ({ name: `${type} list`, group: 'list', paths: [`/${type}`] })),
    ...(await detailTargets(baseUrl)),
    { name: 'search (10 queries)', group: 'search', paths: searchPaths },
  ]
  const results: LoadResult[] = []
  for (const target of skipLoad ? targets.slice(0, 1) : targets) {
    process.stdout.write(`  ${target.name} ${target.paths[0]} … `)
    const result = await measureLoad(baseUrl, target, load)
    results.push(result)
    console.log(
      result.status !== 200
        ? `answered ${result.status}, not measured`
        : result.requests === 0
          ? `no response within the ${load.durationSeconds} s run`
          : `${Math.round(result.requestsPerSecond)} req/s, p99 ${ms(result.latency.p99)}`,
    )
  }
  const reference = results[0] as LoadResult

  process.stdout.write('  search, one visitor at a time … ')
  const searchSequential = await measureSequential(baseUrl, searchPaths, 100)
  console.log(`p95 ${ms(searchSequential.latency.p95)}`)

  const editorial: { publish: PublishTrial[]; save: SaveMeasurement } | null = skipEditorial
    ? null
    : await asEditor(baseUrl, async (page) => {
        process.stdout.write('  publish → visible … ')
        const publish = await measurePublish(baseUrl, page, publishTrials)
        console.log('done')
        process.stdout.write('  admin saves … ')
        const save = await measureSaves(page, saves)
        console.log('done')
        return { publish, save }
      })

  // ---- Report ----------------------------------------------------------------------
  const pageRows = results.map((r) => {
    const { ratio, verdict } = pageVerdict(r, reference)
    return {
      name: r.name,
      path: r.paths.length > 1 ? `${r.paths[0]} …` : (r.paths[0] as string),
      servedAs: r.servedAs,
      status: r.status,
      kilobytes: Math.round(r.bytes / 100) / 10,
      requestsPerSecond: Math.round(r.requestsPerSecond * 10) / 10,
      ratio: Math.round(ratio * 100) / 100,
      p50: r.latency.p50,
      p95: r.latency.p95,
      p99: r.latency.p99,
      requests: r.requests,
      failures: r.failures,
      verdict,
    }
  })
  console.log(`\nPublic pages at ${load.connections} connections (targets: ≥ ${TARGETS.minRatio} × static and p99 < ${TARGETS.pageP99Ms} ms)\n`)
  console.log(
    formatTable(
      ['Page', 'Path', 'Served as', 'KB', 'req/s', '× static', 'p50', 'p99', 'Errors', 'Target'],
      pageRows.map((r) => [
        r.name,
        r.path,
        r.status === 200 ? r.servedAs : `HTTP ${r.status}`,
        r.kilobytes.toFixed(1),
        r.requestsPerSecond.toFixed(1),
        r.ratio.toFixed(2),
        ms(r.p50),
        ms(r.p99),
        String(r.failures),
        r.verdict,
      ]),
    ),
  )

  const searchLoaded = results.find((r) => r.group === 'search') ?? { requests: 0, latency: summarize([]) }
  const searchOk = searchSequential.failures === 0 && searchSequential.latency.p95 < TARGETS.searchP95Ms
  console.log(`\nSearch over the generated volume (target: p95 < ${TARGETS.searchP95Ms} ms for one visitor)\n`)
  console.log(
    formatTable(
      ['Clients', 'Requests', 'p50', 'p95', 'p99', 'Target'],
      [
        ['1', String(searchSequential.latency.count), ms(searchSequential.latency.p50), ms(searchSequential.latency.p95), ms(searchSequential.latency.p99), searchOk ? 'PASS' : 'FAIL'],
        [String(load.connections), String(searchLoaded.requests), ms(searchLoaded.latency.p50), ms(searchLoaded.latency.p95), ms(searchLoaded.latency.p99), '–'],
      ],
    ),
  )

  let publishOk = true
  let saveOk = true
  if (editorial) {
    const trials = editorial.publish
    const visible = trials.map((t) => t.visibleMs ?? Number.POSITIVE_INFINITY)
    publishOk = visible.every((v) => v < TARGETS.publishVisibleMs)
    const show = (v: number | null) => (v === null ? `> ${VISIBLE_TIMEOUT_MS / 1000} s` : ms(v))
    console.log(`\nPublish → visible, through the admin UI (target: every trial < ${TARGETS.publishVisibleMs} ms)\n`)
    console.log(
      formatTable(
        ['Article', 'Editor sees "Published"', 'Detail page', 'News list', 'Home', 'Visible everywhere'],
        trials.map((t) => [t.slug, show(t.confirmedMs), show(t.detailMs), show(t.listMs), show(t.homeMs), show(t.visibleMs)]),
      ),
    )
    console.log(`Median ${ms(summarize(visible).p50)}, slowest ${ms(Math.max(...visible))}: ${publishOk ? 'PASS' : 'FAIL'}`)

    const s = editorial.save
    saveOk = s.server.count > 0 && s.server.p95 < TARGETS.saveP95Ms
    console.log(`\nAdmin save, ${s.server.count} saves in a row (target: p95 < ${TARGETS.saveP95Ms} ms for the server to save and answer)\n`)
    console.log(
      formatTable(
        ['Measured', 'p50', 'p95', 'max', 'Target'],
        [
          ['request sent → answer (saved)', ms(s.server.p50), ms(s.server.p95), ms(s.server.max), saveOk ? 'PASS' : 'FAIL'],
          ['click → page shows the new version', ms(s.visible.p50), ms(s.visible.p95), ms(s.visible.max), '–'],
        ],
      ),
    )
  }

  const pageFailures = pageRows.filter((r) => r.verdict === 'FAIL').map((r) => r.name)
  const failed = [
    ...pageFailures,
    ...(searchOk ? [] : ['search p95']),
    ...(publishOk ? [] : ['publish → visible']),
    ...(saveOk ? [] : ['admin save p95']),
  ]

  await mkdir(path.dirname(out), { recursive: true })
  await writeFile(
    out,
    `${JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        baseUrl,
        machine,
        settings: { ...load, publishTrials, saves, referencePath: REFERENCE_PATH, searchQueries: SEARCH_QUERIES },
        targets: TARGETS,
        pages: pageRows,
        search: { sequential: searchSequential, loaded: { connections: load.connections, latency: searchLoaded.latency } },
        publish: editorial?.publish ?? null,
        save: editorial?.save ?? null,
        failed,
      },
      null,
      2,
    )}\n`,
  )
  console.log(`\nFigures written to ${path.relative(process.cwd(), out)}`)
  if (failed.length > 0) {
    console.log(`Targets missed (${failed.length}): ${failed.join(', ')}`)
    process.exitCode = 1
  } else {
    console.log('Every target met.')
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})

/**
 * The JavaScript budget: how much gzipped JavaScript each public page makes a
 * browser download, read from the last `next build` (no server needed).
 *
 *   npm run js-budget [-- --budget 110] [-- --dir .next] [-- --json .data/js-budget.json]
 *
 * A route loads the framework's main files (build-manifest.json,
 * `rootMainFiles`) plus the chunks of the client components in its layouts,
 * page and error boundaries (the `entryJSFiles` of the route's client
 * reference manifest): exactly the `<script src>` tags of its HTML. The
 * polyfill file is left out: it is marked `nomodule`, so current browsers do
 * not download it. Sizes are gzip at level 6, as `next start` compresses them;
 * 1 KB = 1,000 bytes. Exits with 1 when a public route exceeds the budget.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import vm from 'node:vm'
import { gzipSync } from 'node:zlib'
import { formatTable, numberOption, option } from './bench/report'

type ClientReferenceManifest = { entryJSFiles?: Record<string, string[]> }

export type RouteBudget = {
  route: string
  files: string[]
  /** Bytes as a browser downloads them (gzip) and as they are on disk. */
  gzipBytes: number
  rawBytes: number
  /** The part of `gzipBytes` that not every public route shares. */
  ownGzipBytes: number
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T
}

/** Client reference manifests are scripts that assign to `globalThis.__RSC_MANIFEST`. */
async function readClientManifest(distDir: string, page: string): Promise<ClientReferenceManifest> {
  const file = path.join(distDir, 'server', 'app', `${page}_client-reference-manifest.js`)
  const sandbox: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {}
  vm.runInNewContext(await readFile(file, 'utf8'), { globalThis: sandbox, self: sandbox })
  const manifest = sandbox.__RSC_MANIFEST?.[page]
  if (!manifest) throw new Error(`${path.relative(process.cwd(), file)} has no manifest for ${page}`)
  return manifest
}

export async function measureRoutes(distDir: string): Promise<{ routes: RouteBudget[]; frameworkGzipBytes: number }> {
  if (!existsSync(path.join(distDir, 'build-manifest.json'))) {
    throw new Error(`No build in ${distDir}: run \`next build\` first.`)
  }
  const buildManifest = await readJson<{ rootMainFiles?: string[] }>(path.join(distDir, 'build-manifest.json'))
  const routes = await readJson<Record<string, string>>(path.join(distDir, 'app-path-routes-manifest.json'))
  const sizes = new Map<string, { gzip: number; raw: number }>()
  const sizeOf = async (file: string) => {
    let size = sizes.get(file)
    if (!size) {
      const content = await readFile(path.join(distDir, file))
      size = { gzip: gzipSync(content, { level: 6 }).byteLength, raw: content.byteLength }
      sizes.set(file, size)
    }
    return size
  }

  const measured: Array<Omit<RouteBudget, 'ownGzipBytes'>> = []
  // Public pages are the ones in the (public) route group.
  for (const [page, route] of Object.entries(routes)) {
    if (!page.startsWith('/(public)/') || !page.endsWith('/page')) continue
    const manifest = await readClientManifest(distDir, page)
    const files = new Set(buildManifest.rootMainFiles ?? [])
    for (const chunks of Object.values(manifest.entryJSFiles ?? {})) for (const chunk of chunks) files.add(chunk)
    let gzipBytes = 0
    let rawBytes = 0
    for (const file of files) {
      const size = await sizeOf(file)
      gzipBytes += size.gzip
      rawBytes += size.raw
    }
    measured.push({ route, files: [...files].sort(), gzipBytes, rawBytes })
  }
  if (measured.length === 0) throw new Error(`No public routes found in ${distDir}/app-path-routes-manifest.json`)

  const shared = measured
    .map((r) => new Set(r.files))
    .reduce((common, files) => new Set([...common].filter((f) => files.has(f))))
  const gzipOf = async (files: Iterable<string>) =>
    (await Promise.all([...files].map(sizeOf))).reduce((sum, s) => sum + s.gzip, 0)
  const sharedBytes = await gzipOf(shared)
  return {
    routes: measured
      .map((r) => ({ ...r, ownGzipBytes: r.gzipBytes - sharedBytes }))
      .sort((a, b) => a.route.localeCompare(b.route)),
    // React, React DOM and the Next.js client runtime, which no page can do without.
    frameworkGzipBytes: await gzipOf(buildManifest.rootMainFiles ?? []),
  }
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1)

async function main() {
  const distDir = path.resolve(option('dir', '.next'))
  const budgetKb = numberOption('budget', 110, { min: 1, max: 10_000 })
  const json = option('json')
  const { routes, frameworkGzipBytes } = await measureRoutes(distDir)
  const over = routes.filter((r) => r.gzipBytes > budgetKb * 1000)

  console.log(`JavaScript per public route (gzip), budget ${budgetKb} KB\n`)
  console.log(
    formatTable(
      ['Route', 'Files', 'KB gzip', 'of which own', 'KB raw', 'Budget'],
      routes.map((r) => [r.route, String(r.files.length), kb(r.gzipBytes), kb(r.ownGzipBytes), kb(r.rawBytes), r.gzipBytes > budgetKb * 1000 ? 'OVER' : 'ok']),
    ),
  )
  const sharedKb = kb((routes[0]?.gzipBytes ?? 0) - (routes[0]?.ownGzipBytes ?? 0))
  console.log(`\n"of which own" is what a route adds to the ${sharedKb} KB that every public route loads;`)
  console.log(`${kb(frameworkGzipBytes)} KB of that is the framework (React, React DOM, the Next.js runtime).`)

  if (json) {
    await mkdir(path.dirname(path.resolve(json)), { recursive: true })
    const report = { measuredAt: new Date().toISOString(), budgetKb, frameworkGzipBytes, routes }
    await writeFile(json, `${JSON.stringify(report, null, 2)}\n`)
  }
  if (over.length > 0) {
    console.log(`${over.length} of ${routes.length} public routes exceed ${budgetKb} KB.`)
    process.exitCode = 1
  } else {
    console.log(`All ${routes.length} public routes are within ${budgetKb} KB.`)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})

/**
 * Throughput and latency of one page under a fixed number of concurrent
 * connections, measured with autocannon against the running app on this
 * machine. Every response time is recorded, so the percentiles are exact
 * rather than read off a histogram.
 */
import autocannon from 'autocannon'
import { summarize } from './report'

export type TargetGroup = 'reference' | 'home' | 'list' | 'detail' | 'search'

export type LoadTarget = {
  name: string
  group: TargetGroup
  /** Requested in turn by each connection; most targets have one. */
  paths: string[]
}

export type LoadResult = LoadTarget & {
  /** How the app served the page, read from the response headers (prerendered, rendered per request, …). */
  servedAs: string
  status: number
  /** Size of one response as sent, gzip included. */
  bytes: number
  requestsPerSecond: number
  requests: number
  latency: { p50: number; p95: number; p99: number; max: number }
  /** Responses other than 2xx, connection errors and timeouts; any of them fails the target. */
  failures: number
}

export type LoadOptions = { connections: number; durationSeconds: number; warmupSeconds: number }

// Browsers ask for compressed pages, and compressing costs the server time.
const headers = { 'accept-encoding': 'gzip' }

/** One request first: a page that does not answer 200 is reported rather than measured. */
async function inspect(baseUrl: string, path: string) {
  const response = await fetch(`${baseUrl}${path}`, { headers, redirect: 'manual' })
  const body = await response.arrayBuffer()
  const h = (name: string) => response.headers.get(name) ?? ''
  let servedAs: string
  if (h('x-nextjs-postponed')) servedAs = 'partly prerendered'
  else if (h('x-nextjs-cache') || h('x-nextjs-prerender')) servedAs = `prerendered (${h('x-nextjs-cache') || 'cache'})`
  else if (/no-store/.test(h('cache-control'))) servedAs = 'rendered per request'
  else servedAs = `rendered (${h('cache-control') || 'no cache-control'})`
  return { status: response.status, servedAs, bytes: Number(h('content-length')) || body.byteLength }
}

function cannon(options: autocannon.Options): Promise<{ result: autocannon.Result; latencies: number[] }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = []
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve({ result, latencies })))
    instance.on('response', (_client, _statusCode, _bytes, responseTime) => latencies.push(responseTime))
  })
}

export async function measureLoad(baseUrl: string, target: LoadTarget, options: LoadOptions): Promise<LoadResult> {
  const first = await inspect(baseUrl, target.paths[0] as string)
  const base = { ...target, ...first, requestsPerSecond: 0, requests: 0, latency: summarize([]), failures: 0 }
  if (first.status !== 200) return { ...base, failures: 1 }

  const common = {
    url: baseUrl,
    connections: options.connections,
    headers,
    requests: target.paths.map((path) => ({ method: 'GET' as const, path })),
    // Slow pages still count: a request is given up (and counted as an error) only after 30 s.
    timeout: 30,
  }
  // The warm-up fills caches and lets the server reach a steady state; its figures are discarded.
  if (options.warmupSeconds > 0) await cannon({ ...common, duration: options.warmupSeconds })
  const started = performance.now()
  const { result, latencies } = await cannon({ ...common, duration: options.durationSeconds })
  const seconds = (performance.now() - started) / 1000
  return {
    ...base,
    requests: result.requests.total,
    requestsPerSecond: result['2xx'] / seconds,
    latency: summarize(latencies),
    failures: result.non2xx + result.errors + result.timeouts,
  }
}

/** Requests in a row from a single client: the latency one visitor sees when the server is otherwise idle. */
export async function measureSequential(baseUrl: string, paths: string[], count: number) {
  const latencies: number[] = []
  let failures = 0
  for (let i = 0; i < count; i++) {
    const started = performance.now()
    const response = await fetch(`${baseUrl}${paths[i % paths.length]}`, { headers })
    await response.arrayBuffer()
    latencies.push(performance.now() - started)
    if (response.status !== 200) failures++
  }
  return { latency: summarize(latencies), failures }
}

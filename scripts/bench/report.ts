/**
 * Small helpers shared by the measurement scripts: percentiles, plain-text
 * tables, command-line options and a description of the machine, so every
 * report says what it was measured on.
 */
import { execFileSync } from 'node:child_process'
import os from 'node:os'

/** The value below which `p` percent of the samples fall (nearest-rank method). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number
}

export function summarize(samples: readonly number[]) {
  return {
    count: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: samples.length === 0 ? Number.NaN : Math.max(...samples),
  }
}

/** Left-aligned text columns, right-aligned numbers. */
export function formatTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => /^[\d<>~–]/.test(r[i] ?? '')))
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd()
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

export const ms = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : '–')

/** `--name value` from the command line, or the fallback. */
export function option(name: string, fallback: string): string
export function option(name: string, fallback?: string): string | undefined
export function option(name: string, fallback?: string): string | undefined {
  const args = process.argv.slice(2)
  const index = args.indexOf(`--${name}`)
  if (index !== -1 && args[index + 1] !== undefined) return args[index + 1]
  const inline = args.find((a) => a.startsWith(`--${name}=`))
  return inline ? inline.slice(name.length + 3) : fallback
}

export function numberOption(name: string, fallback: number, { min, max }: { min: number; max: number }): number {
  const raw = option(name)
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`--${name} takes a number from ${min} to ${max}; got "${raw}"`)
  }
  return value
}

/** Where a server of the app is listening, without a trailing slash. */
export function baseUrlOption(fallback = 'http://127.0.0.1:3000'): string {
  const raw = option('url', process.env.BENCH_URL || fallback)
  const url = new URL(raw)
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    // Load is only ever generated against this machine.
    throw new Error(`--url must point at this machine (127.0.0.1 or localhost); got ${url.host}`)
  }
  return url.origin
}

export function machineInfo() {
  const cpus = os.cpus()
  let commit: string | null = null
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    // Not a git checkout (e.g. an unpacked release): the report simply has no commit.
  }
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    /** Load average when the run started: other work on the machine skews every figure. */
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
    commit,
  }
}

export async function waitForServer(baseUrl: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/about`, { redirect: 'manual' })
      await response.arrayBuffer()
      return
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`No server answered at ${baseUrl} within ${timeoutMs / 1000} s`, { cause: error })
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}

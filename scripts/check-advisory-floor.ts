/**
 * Fails when an installed `next`, `react` or `react-dom` is older than its
 * floor in scripts/advisory-floor.json (the static layer of `npm test` runs
 * it). The versions are read from node_modules, so what is checked is what
 * runs, whatever package.json allows.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runIfMain } from './run-if-main'

/** -1, 0 or 1 as `a` is older than, the same as, or newer than `b` (release versions; a pre-release counts as older). */
export function compareVersions(a: string, b: string): number {
  const parse = (version: string) => {
    const [release = '', pre] = version.trim().replace(/^v/, '').split('-', 2)
    return { parts: release.split('.').map((n) => Number.parseInt(n, 10) || 0), pre: pre !== undefined }
  }
  const x = parse(a)
  const y = parse(b)
  for (let i = 0; i < 3; i++) {
    const diff = (x.parts[i] ?? 0) - (y.parts[i] ?? 0)
    if (diff !== 0) return Math.sign(diff)
  }
  if (x.pre !== y.pre) return x.pre ? -1 : 1
  return 0
}

export type FloorProblem = { name: string; installed: string | null; floor: string }

/** The packages whose installed version is missing or below the floor. */
export function belowFloor(floor: Record<string, string>, installed: Record<string, string | null>): FloorProblem[] {
  return Object.entries(floor)
    .filter(([name, minimum]) => {
      const version = installed[name]
      return !version || compareVersions(version, minimum) < 0
    })
    .map(([name, minimum]) => ({ name, installed: installed[name] ?? null, floor: minimum }))
}

function installedVersion(root: string, name: string): string | null {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }
    return manifest.version ?? null
  } catch {
    return null
  }
}

function main() {
  const root = process.cwd()
  const { floor } = JSON.parse(readFileSync(join(root, 'scripts/advisory-floor.json'), 'utf8')) as {
    floor: Record<string, string>
  }
  const installed = Object.fromEntries(Object.keys(floor).map((name) => [name, installedVersion(root, name)]))
  const problems = belowFloor(floor, installed)
  for (const [name, version] of Object.entries(installed)) console.log(`${name} ${version ?? 'not installed'} (floor ${floor[name]})`)
  if (problems.length > 0) {
    throw new Error(
      problems.map((p) => `${p.name} ${p.installed ?? 'is not installed'}: below the security floor ${p.floor}`).join('\n'),
    )
  }
}

runIfMain(import.meta.url, main)

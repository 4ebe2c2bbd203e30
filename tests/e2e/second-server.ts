import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const nextBin = require.resolve('next/dist/bin/next')

export type Exit = { code: number | null; signal: NodeJS.Signals | null; at: number }

export type SecondServer = {
  child: ChildProcess
  origin: string
  exited: Promise<Exit>
  log: () => string
  /** Kills the process unless it has already ended. */
  stop: () => void
}

/**
 * A second `next start` of the build the suite runs against, with the main
 * server's environment, on `port`; `databaseUrl` defaults to the e2e database.
 * Resolves once it answers.
 */
export async function startSecondServer(port: number, databaseUrl = process.env.E2E_DATABASE_URL): Promise<SecondServer> {
  if (!databaseUrl) throw new Error('E2E_DATABASE_URL is not set.')
  const origin = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: process.env.AUTH_SECRET ?? 'geocoop-test-secret-not-for-production-use-0123456789',
      AUTH_TRUST_HOST: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const exited = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() })))
  const server: SecondServer = {
    child,
    origin,
    exited,
    log: () => log,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    },
  }
  try {
    await waitUntilServing(server)
  } catch (error) {
    server.stop()
    throw error
  }
  return server
}

async function waitUntilServing({ child, origin, log }: SecondServer) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the second server exited:\n${log()}`)
    const answered = await fetch(`${origin}/login`).then(
      async (r) => (await r.arrayBuffer(), r.ok),
      () => false,
    )
    if (answered) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the second server did not answer within 60 s:\n${log()}`)
}

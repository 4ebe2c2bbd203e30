import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)

// The migration commands lean on Prisma internals (the WebAssembly schema
// engine and the driver adapter); this keeps an upgrade that breaks them
// from passing CI.
async function migrate(...args: string[]) {
  return run('npx', ['tsx', 'scripts/db/migrate.ts', ...args], { env: process.env, timeout: 120_000 })
}

describe('migration commands', () => {
  it('find the committed migrations identical to prisma/schema.prisma', async () => {
    const { stdout } = await migrate('check')
    expect(stdout).toContain('Migrations match the schema.')
  })

  it('report the test database as up to date and apply nothing twice', async () => {
    expect((await migrate('status')).stdout).toContain('Database schema is up to date.')
    expect((await migrate('deploy')).stdout).toContain('No pending migrations.')
  })
})

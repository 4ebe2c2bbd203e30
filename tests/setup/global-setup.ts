import { execFileSync } from 'node:child_process'
// Importing the setup file also runs its check on this process's DATABASE_URL.
import { assertTestDatabase } from './integration-setup'

/**
 * Runs once before the integration tests: drops everything in the test
 * database and applies all committed migrations, so every run starts from the
 * schema that production gets.
 */
export default function setup() {
  assertTestDatabase(process.env.DATABASE_URL)
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/db/migrate.ts', 'reset'], {
    stdio: 'inherit',
    env: process.env,
  })
}

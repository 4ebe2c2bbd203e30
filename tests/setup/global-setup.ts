import { execFileSync } from 'node:child_process'

/**
 * Resets the integration database to the committed migrations once per run.
 * Refuses any database whose name does not say it is for tests, so a
 * mistyped DATABASE_URL can never wipe real content.
 */
export default function setup() {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set: run the integration tests through `npm test`.')
  const name = new URL(url).pathname.slice(1)
  if (!/test/i.test(name)) throw new Error(`Refusing to reset "${name}": integration tests need a database named *test*.`)
  execFileSync('npx', ['tsx', 'scripts/db/migrate.ts', 'reset'], { stdio: 'inherit', env: process.env })
}

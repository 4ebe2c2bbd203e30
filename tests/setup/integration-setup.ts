/**
 * Throws unless `url` names a database meant for tests. The integration
 * tests reset and fill the database they are given, so a DATABASE_URL that
 * points at real content must never get this far.
 */
export function assertTestDatabase(url: string | undefined) {
  if (!url)
    throw new Error(
      'DATABASE_URL is not set. Run the integration tests with `npm test` (or `npm test -- integration`), which starts a throwaway PostgreSQL for them.',
    )
  const name = decodeURIComponent(new URL(url).pathname.slice(1))
  if (!/test/i.test(name))
    throw new Error(
      `Refusing to run the integration tests against database "${name}": its name must contain "test". Run them with \`npm test\`.`,
    )
}

assertTestDatabase(process.env.DATABASE_URL)

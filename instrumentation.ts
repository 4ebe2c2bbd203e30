// Runs once when the server starts: importing the env module validates the
// configuration, so a bad deployment fails at start-up, not on first use.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./lib/env')
}

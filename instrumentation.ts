// Runs once when the server starts: importing the env module validates the
// configuration, so a bad deployment fails at start-up, not on first use;
// then the background jobs start.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  await import('./lib/env')
  const { startJobs } = await import('./lib/jobs')
  startJobs()
}

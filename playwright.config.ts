import { defineConfig } from '@playwright/test'

// E2E_PORT lets a second run use another port next to one already on 3200.
const port = Number(process.env.E2E_PORT ?? 3200)
const baseURL = `http://127.0.0.1:${port}`

// `npm test -- e2e` creates, migrates and seeds this database, then builds
// the app against it; the server below only starts the finished build.
const databaseUrl = process.env.E2E_DATABASE_URL
if (!databaseUrl) throw new Error('E2E_DATABASE_URL is not set. Run the end-to-end tests with `npm test -- e2e`.')

export default defineConfig({
  testDir: 'tests/e2e',
  // Several tests run axe-core on four or five pages in a row, which takes a
  // while on a two-core machine.
  timeout: 90_000,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Two cores, and every test shares one seeded database.
  workers: 1,
  reporter: 'list',
  use: {
    baseURL,
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        // Debian's Chromium: `playwright install` would download a browser,
        // which these machines cannot do.
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx next start -p ${port} -H 127.0.0.1`,
    url: baseURL,
    env: {
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: process.env.AUTH_SECRET ?? 'geocoop-test-secret-not-for-production-use-0123456789',
      AUTH_TRUST_HOST: 'true',
    },
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
})

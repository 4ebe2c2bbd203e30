import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('.', import.meta.url))

// lib/env validates process.env when it is imported, so every test process
// needs a well-formed configuration. Unit tests never connect, so a
// placeholder URL is enough for them; integration tests get the real one
// from `npm test`, and their global setup refuses to start without it.
const env = {
  AUTH_SECRET: process.env.AUTH_SECRET ?? 'geocoop-test-secret-not-for-production-use-0123456789',
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://unused@127.0.0.1:1/unused',
}

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Next.js resolves `server-only` to an empty module for server code;
      // the package itself throws outside Next's bundler, so do the same here.
      { find: /^server-only$/, replacement: `${root}/tests/setup/empty-module.ts` },
    ],
  },
  test: {
    // next-auth imports `next/server` without a file extension, which Node's
    // ESM loader cannot resolve; Vitest bundles it instead.
    server: { deps: { inline: ['next-auth'] } },
    projects: [
      {
        // Vitest 4 projects inherit the root options (the aliases) only when asked.
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          env,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          env,
          globalSetup: ['tests/setup/global-setup.ts'],
          setupFiles: ['tests/setup/integration-setup.ts'],
          // The files share one database, so they run one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})

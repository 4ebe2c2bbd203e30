import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = import.meta.dirname
const alias = {
  '@': root,
  // Next.js guards server modules with `import 'server-only'`; tests run them in Node directly.
  'server-only': path.join(root, 'tests/setup/empty-module.ts'),
}
// lib/env validates at import time; unit tests need a syntactically valid configuration.
const env = {
  AUTH_SECRET: 'test-secret-test-secret-test-secret-0000',
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://unused@127.0.0.1:1/unused',
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', env },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          env,
          globalSetup: ['tests/setup/global-setup.ts'],
          // One shared database: run files one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})

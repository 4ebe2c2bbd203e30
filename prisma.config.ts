import 'dotenv/config'
import path from 'node:path'
import { defineConfig } from 'prisma/config'

// Prisma's CLI downloads a native schema engine unless this points at one.
// Generating the client needs no engine, and migrations run on Prisma's
// WebAssembly engine through scripts/db/migrate.ts, so point it at a stub
// that explains this if a `prisma migrate` command is tried.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve('scripts/db/no-native-engine.sh')

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
})

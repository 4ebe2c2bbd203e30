/**
 * Migration commands that work without Prisma's native engine download:
 *
 *   tsx scripts/db/migrate.ts deploy         apply pending migrations
 *   tsx scripts/db/migrate.ts status         list pending / failed / edited migrations (exit 1 if not up to date)
 *   tsx scripts/db/migrate.ts check          exit 1 if prisma/schema.prisma differs from the migrations
 *   tsx scripts/db/migrate.ts create NAME    write a new migration from the schema changes
 *   tsx scripts/db/migrate.ts reset          drop everything and apply all migrations (test databases)
 *
 * All of them run Prisma's own schema engine (WebAssembly build), so the
 * `_prisma_migrations` bookkeeping is the same as `prisma migrate` writes.
 * `create` and `check` replay the migrations on a temporary shadow database
 * and therefore need a real PostgreSQL server, not the embedded one.
 */
import 'dotenv/config'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { MigrationList } from '@prisma/schema-engine-wasm'
import { migrationsDir, openEngine, readSchema } from './engine'

const noFilter = { externalTables: [], externalEnums: [] }

export async function readMigrations(): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => [])
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort()
  const lockPath = path.join(migrationsDir, 'migration_lock.toml')
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: await readFile(lockPath, 'utf8').catch(() => null) },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      dirs.map(async (dir) => ({
        path: dir,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(path.join(migrationsDir, dir, 'migration.sql'), 'utf8').then(
            (sql) => ({ tag: 'ok' as const, value: sql }),
            (error: Error) => ({ tag: 'error' as const, value: error.message }),
          ),
        },
      })),
    ),
  }
}

function timestamp(now = new Date()) {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14)
}

async function main() {
  const [command, name] = process.argv.slice(2)
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set')
  const { engine, close } = await openEngine(url)
  try {
    switch (command) {
      case 'deploy': {
        const { appliedMigrationNames } = await engine.applyMigrations({
          migrationsList: await readMigrations(),
          filters: noFilter,
        })
        console.log(
          appliedMigrationNames.length
            ? `Applied ${appliedMigrationNames.length} migration(s): ${appliedMigrationNames.join(', ')}`
            : 'No pending migrations.',
        )
        return 0
      }
      case 'reset': {
        await engine.reset({ filter: noFilter })
        const { appliedMigrationNames } = await engine.applyMigrations({
          migrationsList: await readMigrations(),
          filters: noFilter,
        })
        console.log(`Database reset; applied ${appliedMigrationNames.length} migration(s).`)
        return 0
      }
      case 'status': {
        const result = await engine.diagnoseMigrationHistory({
          migrationsList: await readMigrations(),
          optInToShadowDatabase: false,
          filters: noFilter,
        })
        const problems = [
          ...result.failedMigrationNames.map((n) => `failed: ${n}`),
          ...result.editedMigrationNames.map((n) => `edited after it was applied: ${n}`),
        ]
        if (result.history?.diagnostic === 'databaseIsBehind')
          problems.push(...result.history.unappliedMigrationNames.map((n) => `pending: ${n}`))
        else if (result.history) problems.push(`history: ${result.history.diagnostic}`)
        console.log(problems.length ? problems.join('\n') : 'Database schema is up to date.')
        return problems.length ? 1 : 0
      }
      case 'check':
      case 'create': {
        if (command === 'create' && !name?.match(/^[a-z0-9_]+$/))
          throw new Error('usage: migrate.ts create name_in_snake_case')
        const migrations = await readMigrations()
        const { stdout } = await engine.diff({
          // With no migrations yet, the baseline is the empty database.
          from: migrations.lockfile.content === null ? { tag: 'empty' } : { tag: 'migrations', ...migrations },
          to: { tag: 'schemaDatamodel', files: [await readSchema()] },
          script: true,
          exitCode: null,
          filters: noFilter,
        })
        const sql = (stdout ?? '').trim()
        const empty = sql === '' || sql === '-- This is an empty migration.'
        if (command === 'check') {
          console.log(empty ? 'Migrations match the schema.' : `The schema differs from the migrations:\n${sql}`)
          return empty ? 0 : 1
        }
        if (empty) {
          console.log('No schema changes: nothing to create.')
          return 0
        }
        const dir = path.join(migrationsDir, `${timestamp()}_${name}`)
        await mkdir(dir, { recursive: true })
        await writeFile(path.join(dir, 'migration.sql'), `${sql}\n`)
        if (migrations.lockfile.content === null)
          await writeFile(path.join(migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n')
        console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql`)
        return 0
      }
      default:
        console.error('usage: migrate.ts deploy|status|check|reset|create NAME')
        return 2
    }
  } finally {
    close()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)

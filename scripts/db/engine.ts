/**
 * Loads Prisma's official schema engine compiled to WebAssembly
 * (@prisma/schema-engine-wasm) and connects it to PostgreSQL through
 * @prisma/adapter-pg. Prisma's CLI would download a native engine from its CDN
 * for migrations; this keeps migrations working on machines without that access.
 */
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import pg, { type PoolConfig } from 'pg'
import type { SchemaEngine } from '@prisma/schema-engine-wasm'

const require = createRequire(import.meta.url)

export type Engine = SchemaEngine

async function loadWasmModule() {
  // The package's entry point imports the .wasm file as an ES module, which
  // Node 20 cannot do; instantiate the bytes ourselves and hand them over.
  const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')
  const pkgDir = path.dirname(bgPath)
  const bg = (await import(pathToFileURL(bgPath).href)) as typeof import('@prisma/schema-engine-wasm/schema_engine_bg') & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void
  }
  const bytes = await readFile(path.join(pkgDir, 'schema_engine_bg.wasm'))
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg })
  bg.__wbg_set_wasm(instance.exports)
  ;(instance.exports.__wbindgen_start as () => void)()
  return bg
}

let modulePromise: ReturnType<typeof loadWasmModule> | undefined

export const schemaPath = path.resolve('prisma/schema.prisma')
export const migrationsDir = path.resolve('prisma/migrations')

export async function readSchema() {
  return { path: schemaPath, content: await readFile(schemaPath, 'utf8') }
}

/**
 * The adapter makes its shadow database by overriding `database` in the pool
 * config; a `connectionString` would win over that and point the shadow at the
 * real database, so pass the parts instead.
 */
export function poolConfigFromUrl(url: string): PoolConfig {
  const u = new URL(url)
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
  }
}

/**
 * Catalog queries return Postgres' internal one-byte "char" type (OID 18),
 * which adapter-pg passes on as a type the engine cannot read; it is plain
 * text for every use the engine has, so report it as text (OID 25).
 */
function charAsTextPool(config: PoolConfig): pg.Pool {
  const pool = new pg.Pool(config)
  // adapter-pg only calls the promise form of query(config).
  const query = pool.query.bind(pool) as (c: pg.QueryConfig) => Promise<pg.QueryResult>
  return Object.assign(pool, {
    async query(c: pg.QueryConfig) {
      const result = await query(c)
      for (const field of result.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25
      return result
    },
  })
}

type ScriptRunner = {
  executeScript(script: string): Promise<void>
  underlyingDriver(): { query(sql: string): Promise<unknown> }
}

/**
 * adapter-pg runs a migration script by splitting it at every ";", which
 * breaks function bodies such as the audit log's trigger. Send the script
 * whole instead: PostgreSQL's simple query protocol runs several statements.
 */
function wholeScripts<T extends ScriptRunner>(conn: T): T {
  const onError = (conn as unknown as { onError(error: unknown): never }).onError.bind(conn)
  return Object.assign(conn, {
    async executeScript(script: string) {
      try {
        await conn.underlyingDriver().query(script)
      } catch (error) {
        onError(error)
      }
    },
  })
}

/**
 * adapter-pg's own shadow database drops the database while its pool still
 * holds a connection, so the drop fails and shadow databases pile up. This
 * factory closes the shadow pool first, then drops the database.
 */
function shadowSafeFactory(config: PoolConfig): SqlMigrationAwareDriverAdapterFactory {
  const adapterFor = (c: PoolConfig) => new PrismaPg(charAsTextPool(c), { disposeExternalPool: true })
  const main = adapterFor(config)
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => wholeScripts(await main.connect()),
    async connectToShadowDb() {
      const name = `geocoop_shadow_${randomUUID().replaceAll('-', '')}`
      const admin = await main.connect()
      await admin.executeScript(`CREATE DATABASE "${name}"`)
      const shadow = wholeScripts(await adapterFor({ ...config, database: name }).connect())
      const closeShadow = shadow.dispose.bind(shadow)
      return Object.assign(shadow, {
        async dispose() {
          await closeShadow()
          await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`)
          await admin.dispose()
        },
      })
    },
  }
}

/** Opens a schema engine on `url`; call `close()` when done. */
export async function openEngine(url: string, log: (line: string) => void = () => {}) {
  modulePromise ??= loadWasmModule()
  const mod = await modulePromise
  const schema = await readSchema()
  // The engine expects the error-capturing wrapper Prisma's CLI puts around adapters.
  const adapter = bindMigrationAwareSqlAdapterFactory(shadowSafeFactory(poolConfigFromUrl(url)))
  const engine = await mod.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    (message: string) => log(message),
    adapter,
  )
  return { engine, close: () => engine.free() }
}

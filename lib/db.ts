import 'server-only'
import { PrismaPg } from '@prisma/adapter-pg'
import { type Prisma, PrismaClient } from '@/lib/generated/prisma/client'
import { env } from '@/lib/env'
import { poolConfig } from '@/lib/db-pool'

// Under test the client also emits an event for every SQL statement it sends,
// so that tests can count the statements a data function needs and catch
// N+1 queries (see onQuery). Elsewhere the option is off and no event object
// is ever built.
const queryEvents: Prisma.LogDefinition[] = env.NODE_ENV === 'test' ? [{ emit: 'event', level: 'query' }] : []

function createClient() {
  const adapter = new PrismaPg(
    poolConfig(env.DATABASE_URL, { max: env.DATABASE_POOL_MAX, statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS }),
  )
  return new PrismaClient({
    adapter,
    log: queryEvents,
    // Under load every pooled connection may be busy for a moment: a
    // transaction waits up to 5 s for one (Prisma's default, 2 s, failed
    // scheduled publishing while editors saved), and is rolled back after 15 s.
    transactionOptions: { maxWait: 5_000, timeout: 15_000 },
  })
}

type Client = ReturnType<typeof createClient>

// Reuse one client across hot reloads in development; each reload would
// otherwise open a new connection pool.
const globalForDb = globalThis as unknown as { geocoopDb?: Client }

const client = globalForDb.geocoopDb ?? createClient()
if (env.NODE_ENV !== 'production') globalForDb.geocoopDb = client

export const db: PrismaClient = client

/**
 * Calls `listener` with every SQL statement the client sends from now on.
 * Only available under test (NODE_ENV=test), the one setting in which the
 * client is created with query events.
 */
export function onQuery(listener: (event: Prisma.QueryEvent) => void): void {
  if (env.NODE_ENV !== 'test') throw new Error('Query events are only emitted when NODE_ENV is "test".')
  client.$on('query', listener)
}

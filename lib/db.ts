import 'server-only'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { env } from '@/lib/env'

function createClient() {
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX })
  return new PrismaClient({ adapter })
}

// Reuse one client across hot reloads in development; each reload would
// otherwise open a new connection pool.
const globalForDb = globalThis as unknown as { geocoopDb?: PrismaClient }

export const db = globalForDb.geocoopDb ?? createClient()
if (env.NODE_ENV !== 'production') globalForDb.geocoopDb = db

import { z } from 'zod'

// Validated once at start-up so a misconfigured deployment fails loudly
// instead of half-working. Only lib/ reads process.env.
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is required (postgresql://user:password@host:port/database)' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  AUTH_SECRET: z
    .string({ error: 'AUTH_SECRET is required: generate one with `openssl rand -base64 32`' })
    .min(32, 'AUTH_SECRET must be at least 32 characters'),
})

export type Env = z.infer<typeof EnvSchema>

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')
    throw new Error(`Invalid environment configuration:\n${problems}`)
  }
  return result.data
}

export const env = parseEnv(process.env)

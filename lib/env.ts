import path from 'node:path'
import { z } from 'zod'
import { parseSiteUrl } from './site-url'

// Validated once at start-up so a misconfigured deployment fails loudly
// instead of half-working. Only lib/ reads process.env.
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is required (postgresql://user:password@host:port/database)' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Milliseconds after which PostgreSQL cancels a statement (lib/db-pool.ts). */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** smtp://user:pass@host:port — where reminder e-mails go; unset means no e-mail is sent. */
  SMTP_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().regex(/^smtps?:\/\//, 'SMTP_URL must be an smtp:// or smtps:// URL').optional(),
  ),
  /** The public address of the site, used in links inside e-mails and feeds. */
  SITE_URL: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseSiteUrl(value)
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message })
        return z.NEVER
      }
    }),
  MAIL_FROM: z.string().default('GeoCoop <no-reply@geocoop.example>'),
  /** Who receives MOU end-date reminders (comma-separated addresses). */
  MOU_REMINDER_TO: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  AUTH_SECRET: z
    .string({ error: 'AUTH_SECRET is required: generate one with `openssl rand -base64 32`' })
    .min(32, 'AUTH_SECRET must be at least 32 characters'),
  /**
   * The directory that holds uploaded images and PDFs, absolute or relative to
   * the working directory; default `.data/media`. Parsed to an absolute path.
   * It must lie outside public/: files are only ever served through
   * /media/<key>/<file>, which checks that the item still exists and sets safe
   * headers, and a copy under public/ would bypass both.
   */
  MEDIA_ROOT: z
    .preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().optional())
    .transform((value, ctx) => {
      const raw = value?.trim() ?? '.data/media'
      if (raw.includes('\0') || /^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
        ctx.addIssue({ code: 'custom', message: 'MEDIA_ROOT must be a directory path, e.g. /var/lib/geocoop/media' })
        return z.NEVER
      }
      const resolved = path.resolve(process.cwd(), raw)
      const publicDir = path.resolve(process.cwd(), 'public')
      if (resolved === path.parse(resolved).root) {
        ctx.addIssue({ code: 'custom', message: 'MEDIA_ROOT must not be the root of the file system' })
        return z.NEVER
      }
      if (resolved === publicDir || resolved.startsWith(publicDir + path.sep)) {
        ctx.addIssue({ code: 'custom', message: 'MEDIA_ROOT must be outside public/, which is served without any checks' })
        return z.NEVER
      }
      return resolved
    }),
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

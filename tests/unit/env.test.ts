import { describe, expect, it } from 'vitest'
import { parseEnv } from '@/lib/env'

const base = { DATABASE_URL: 'postgresql://u:p@127.0.0.1:5432/db', AUTH_SECRET: 'x'.repeat(32) }

describe('parseEnv', () => {
  it('accepts a complete configuration and applies defaults', () => {
    expect(parseEnv(base)).toMatchObject({ DATABASE_POOL_MAX: 10, NODE_ENV: 'development' })
  })
  it('names every missing or invalid variable', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x', AUTH_SECRET: 'short' })).toThrow(
      /DATABASE_URL: DATABASE_URL must be a postgresql:\/\/ URL[\s\S]*AUTH_SECRET: AUTH_SECRET must be at least 32/,
    )
  })
})

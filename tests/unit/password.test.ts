import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from '@/lib/auth/password'

describe('password hashing', () => {
  it('produces salted argon2id hashes that verify only the right password', async () => {
    const a = await hashPassword('geology rocks')
    const b = await hashPassword('geology rocks')
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(a).not.toBe(b)
    expect(await verifyPassword(a, 'geology rocks')).toBe(true)
    expect(await verifyPassword(a, 'Geology rocks')).toBe(false)
  })
  it('treats a malformed stored hash as a failed login', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false)
  })
})

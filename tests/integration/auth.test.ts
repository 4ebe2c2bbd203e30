import { describe, expect, it } from 'vitest'
import { createUser } from '../fixtures/factories'
import { authenticate } from '@/lib/auth/authenticate'
import { db } from '@/lib/db'

describe('authenticate', () => {
  it('accepts the right password, case-insensitively on the email', async () => {
    const user = await createUser('EDITOR', { password: 'right password' })
    expect(await authenticate(user.email.toUpperCase(), 'right password')).toMatchObject({ id: user.id })
  })

  it('refuses a wrong password, an unknown email and a deactivated account alike', async () => {
    const user = await createUser('EDITOR', { password: 'right password' })
    const inactive = await createUser('EDITOR', { password: 'right password', active: false })
    expect(await authenticate(user.email, 'wrong password')).toBeNull()
    expect(await authenticate('nobody@test.example', 'right password')).toBeNull()
    expect(await authenticate(inactive.email, 'right password')).toBeNull()
  })

  it('stores argon2id hashes, never the password', async () => {
    const user = await createUser('ADMIN', { password: 'a secret phrase' })
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$/)
    expect(passwordHash).not.toContain('a secret phrase')
  })
})

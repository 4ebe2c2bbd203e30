import 'server-only'
import { db } from '@/lib/db'
import { hashPassword, verifyPassword } from './password'

// Verifying against a fixed hash when the account does not exist keeps the
// response time of "unknown email" close to that of "wrong password".
let decoyHash: Promise<string> | undefined

/** Returns the active user whose email and password match, or null. */
export async function authenticate(email: string, password: string) {
  const user = await db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, email: true, name: true, active: true, passwordHash: true },
  })
  // No account, or an invited user who has not chosen a password yet.
  if (!user?.passwordHash) {
    decoyHash ??= hashPassword('decoy-password-for-timing')
    await verifyPassword(await decoyHash, password)
    return null
  }
  const ok = await verifyPassword(user.passwordHash, password)
  if (!ok || !user.active) return null
  return { id: user.id, email: user.email, name: user.name }
}

import 'server-only'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import { db } from '@/lib/db'
import type { Role } from '@/lib/generated/prisma/enums'
import { getSessionUserId } from './session'

export class AuthorizationError extends Error {
  constructor(message = 'You are not allowed to do this.') {
    super(message)
    this.name = 'AuthorizationError'
  }
}

const rank: Record<Role, number> = { CONTRIBUTOR: 1, EDITOR: 2, ADMIN: 3 }

/** True when `role` is `required` or a role above it. */
export function hasRole(role: Role, required: Role): boolean {
  return rank[role] >= rank[required]
}

/**
 * The signed-in user, read from the database on every request (once, thanks
 * to `cache`), so a deactivated account or a changed role takes effect at once
 * even though the session cookie still exists.
 */
export const getCurrentUser = cache(async () => {
  const id = await getSessionUserId()
  if (!id) return null
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, active: true },
  })
  return user?.active ? user : null
})

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>

/** For pages: the signed-in user, or a redirect to the login page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser()
  if (!user) redirect('/login')
  return user
}

/**
 * For the data layer: the signed-in user if their role is at least `role`;
 * throws AuthorizationError otherwise. Every admin read and write calls it.
 */
export async function requireRole(role: Role): Promise<CurrentUser> {
  const user = await getCurrentUser()
  if (!user) throw new AuthorizationError('You must be signed in.')
  if (!hasRole(user.role, role)) throw new AuthorizationError()
  return user
}

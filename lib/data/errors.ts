import { Prisma } from '@/lib/generated/prisma/client'

/** The row was changed by someone else since the editor loaded it. */
export class ConflictError extends Error {
  constructor(message = 'Someone else saved this item after you opened it.') {
    super(message)
    this.name = 'ConflictError'
  }
}

export class NotFoundError extends Error {
  constructor(message = 'This item no longer exists.') {
    super(message)
    this.name = 'NotFoundError'
  }
}

/** True when `error` is a unique-constraint violation on `field`. */
export function isUniqueViolation(error: unknown, field: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return false
  return JSON.stringify(error.meta ?? {}).includes(field) || error.message.includes(field)
}

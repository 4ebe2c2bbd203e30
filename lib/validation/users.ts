import { z } from 'zod'
import type { AuditAction } from '@/lib/audit'
import type { Role } from '@/lib/generated/prisma/enums'
import { IdSchema } from './common'

export const ROLES = ['CONTRIBUTOR', 'EDITOR', 'ADMIN'] as const satisfies readonly Role[]

/** What each role is called in the admin and in invitation e-mails. */
export const ROLE_LABELS: Record<Role, string> = {
  CONTRIBUTOR: 'Contributor',
  EDITOR: 'Editor',
  ADMIN: 'Administrator',
}

/** What each role may do, shown where an administrator chooses one. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  CONTRIBUTOR: 'Writes drafts and submits them for review; cannot publish.',
  EDITOR: 'Edits, reviews, publishes and archives all content.',
  ADMIN: 'Everything an editor can do, plus managing users, deleting content and reading the audit log.',
}

/** Active: can sign in. Invited: has not chosen a password yet. Deactivated: cannot sign in. */
export const USER_STATUSES = ['ACTIVE', 'INVITED', 'DEACTIVATED'] as const
export type UserStatus = (typeof USER_STATUSES)[number]

export const USER_STATUS_LABELS: Record<UserStatus, string> = {
  ACTIVE: 'Active',
  INVITED: 'Invited',
  DEACTIVATED: 'Deactivated',
}

const RoleSchema = z.enum(ROLES, { error: 'Choose a role' })

// The address is stored lower-cased because sign-in looks it up lower-cased;
// two spellings of one mailbox must not become two accounts.
const EmailSchema = z
  .string({ error: 'Enter an e-mail address' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter an e-mail address')
  .max(254, 'An e-mail address has at most 254 characters')
  .pipe(z.email('Enter a valid e-mail address, like name@example.org'))

export const CreateUserSchema = z
  .object({
    name: z
      .string({ error: 'Enter the person’s name' })
      .trim()
      .min(1, 'Enter the person’s name')
      .max(120, 'The name must be at most 120 characters'),
    email: EmailSchema,
    role: RoleSchema,
  })
  .strict()

export type CreateUserInput = z.infer<typeof CreateUserSchema>

export const ChangeRoleSchema = z.object({ role: RoleSchema }).strict()

export type ChangeRoleInput = z.infer<typeof ChangeRoleSchema>

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 200

// Passwords are not trimmed: spaces are valid characters in a passphrase.
export const AcceptInvitationSchema = z
  .object({
    password: z
      .string({ error: 'Choose a password' })
      .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
      .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`),
    confirmPassword: z.string({ error: 'Type the password again' }).min(1, 'Type the password again'),
  })
  .strict()
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords do not match',
  })

export type AcceptInvitationInput = z.infer<typeof AcceptInvitationSchema>

/** An invitation token as it appears in the link: 32 random bytes in base64url. */
export const InvitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/)

/** `?q=&role=&status=&page=` of the user list; junk becomes "no filter". */
export const UserListQuerySchema = z.object({
  q: z.string().trim().max(200).catch(''),
  role: RoleSchema.optional().catch(undefined),
  status: z.enum(USER_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
})

export type UserListQuery = z.infer<typeof UserListQuerySchema>

// ---- Audit log filters ----------------------------------------------------
// The audit log is part of user administration: it is where an administrator
// checks who signed in and who changed what.

/** Entity types in the audit log: the content types plus users and media. */
export const AUDIT_ENTITY_TYPES = [
  'ORGANIZATION',
  'PROJECT',
  'MOU',
  'CONFERENCE',
  'TRAINING',
  'NEWS',
  'USER',
  'MEDIA',
] as const
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number]

/** The user filter's value for entries without a signed-in actor, such as failed logins. */
export const NO_ACTOR = 'none'

const DayPattern = /^\d{4}-\d{2}-\d{2}$/

/** A calendar day from `<input type="date">` as UTC midnight; anything else means no limit. */
const OptionalDaySchema = z
  .string()
  .regex(DayPattern)
  .transform((value, ctx) => {
    const date = new Date(`${value}T00:00:00Z`)
    // `new Date` rolls 2025-02-31 over to March; such a day does not exist.
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: 'custom', message: 'Not a calendar day' })
      return z.NEVER
    }
    return date
  })
  .optional()
  .catch(undefined)

export const AuditListQuerySchema = z.object({
  user: z.union([z.literal(NO_ACTOR), IdSchema.regex(/^[A-Za-z0-9_-]+$/)]).optional().catch(undefined),
  type: z.enum(AUDIT_ENTITY_TYPES).optional().catch(undefined),
  action: z
    .string()
    .regex(/^[A-Z_]{1,40}$/)
    .optional()
    .catch(undefined),
  from: OptionalDaySchema,
  to: OptionalDaySchema,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
})

export type AuditListQuery = z.infer<typeof AuditListQuerySchema>

/** `YYYY-MM-DD` of a UTC day, for refilling a date input. */
export function toDayInput(date: Date | undefined): string {
  return date ? date.toISOString().slice(0, 10) : ''
}

/** How each entity type is named in the audit log. */
export const AUDIT_ENTITY_LABELS: Record<AuditEntityType, string> = {
  ORGANIZATION: 'Organization',
  PROJECT: 'Project',
  MOU: 'MOU',
  CONFERENCE: 'Conference',
  TRAINING: 'Training',
  NEWS: 'News article',
  USER: 'User',
  MEDIA: 'Media file',
}

/** Every action the log records, with the name the audit page shows. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  LOGIN_SUCCEEDED: 'Signed in',
  LOGIN_FAILED: 'Sign-in failed',
  CREATE: 'Created',
  EDIT: 'Edited',
  SUBMIT: 'Submitted for review',
  RETURN_TO_DRAFT: 'Returned to draft',
  PUBLISH: 'Published',
  UNPUBLISH: 'Unpublished',
  ARCHIVE: 'Archived',
  SCHEDULE: 'Scheduled',
  UNSCHEDULE: 'Schedule cancelled',
  SCHEDULE_FAILED: 'Scheduled change failed',
  RESTORE_REVISION: 'Revision restored',
  DELETE: 'Deleted',
  RESTORE: 'Restored from trash',
  PURGE: 'Deleted for good',
  TRANSLATE: 'Translation updated',
  USER_CREATE: 'User created',
  USER_INVITE: 'Invitation sent',
  USER_ACTIVATE: 'Invitation accepted',
  ROLE_CHANGE: 'Role changed',
  USER_DEACTIVATE: 'User deactivated',
  USER_REACTIVATE: 'User reactivated',
  MEDIA_UPLOAD: 'Media uploaded',
  MEDIA_EDIT: 'Media edited',
  MEDIA_DELETE: 'Media deleted',
}

/** The label of an action, or the stored name for one this list does not know. */
export function auditActionLabel(action: string): string {
  return Object.hasOwn(AUDIT_ACTION_LABELS, action) ? AUDIT_ACTION_LABELS[action as AuditAction] : action
}

const ADMIN_SEGMENTS: Partial<Record<AuditEntityType, string>> = {
  ORGANIZATION: 'organizations',
  PROJECT: 'projects',
  MOU: 'mous',
  CONFERENCE: 'conferences',
  TRAINING: 'trainings',
  NEWS: 'news',
  USER: 'users',
}

/** Where the admin shows the item an audit entry is about; null when it has no page (media, logins without an account). */
export function auditEntityHref(entityType: string | null, entityId: string | null): string | null {
  if (!entityType || !entityId || !Object.hasOwn(ADMIN_SEGMENTS, entityType)) return null
  const segment = ADMIN_SEGMENTS[entityType as AuditEntityType]
  return segment ? `/admin/${segment}/${encodeURIComponent(entityId)}` : null
}

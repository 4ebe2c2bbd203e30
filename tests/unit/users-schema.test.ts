import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  AcceptInvitationSchema,
  AuditListQuerySchema,
  ChangeRoleSchema,
  CreateUserSchema,
  InvitationTokenSchema,
  UserListQuerySchema,
  auditActionLabel,
  auditEntityHref,
  toDayInput,
} from '@/lib/validation/users'

describe('CreateUserSchema', () => {
  it('trims the name and lower-cases the e-mail address', () => {
    const parsed = CreateUserSchema.parse({ name: '  Ana Lima ', email: ' Ana.Lima@Survey.EXAMPLE ', role: 'EDITOR' })
    expect(parsed).toEqual({ name: 'Ana Lima', email: 'ana.lima@survey.example', role: 'EDITOR' })
  })

  it('reports every invalid field at once with readable messages', () => {
    const result = CreateUserSchema.safeParse({ name: ' ', email: 'not-an-address', role: 'OWNER' })
    expect(result.success).toBe(false)
    const { fieldErrors } = z.flattenError(result.error!)
    expect(fieldErrors.name).toEqual(['Enter the person’s name'])
    expect(fieldErrors.email?.[0]).toMatch(/valid e-mail address/)
    expect(fieldErrors.role).toEqual(['Choose a role'])
  })

  it('requires a role and refuses fields the form does not have', () => {
    expect(CreateUserSchema.safeParse({ name: 'Ana', email: 'ana@x.example' }).success).toBe(false)
    expect(
      CreateUserSchema.safeParse({ name: 'Ana', email: 'ana@x.example', role: 'EDITOR', active: 'false' }).success,
    ).toBe(false)
  })
})

describe('ChangeRoleSchema', () => {
  it('accepts the three roles only', () => {
    for (const role of ['CONTRIBUTOR', 'EDITOR', 'ADMIN']) expect(ChangeRoleSchema.parse({ role })).toEqual({ role })
    expect(ChangeRoleSchema.safeParse({ role: 'admin' }).success).toBe(false)
  })
})

describe('AcceptInvitationSchema', () => {
  const password = 'granite basalt 42'

  it('accepts a password of 12 to 200 characters that is typed twice the same', () => {
    expect(AcceptInvitationSchema.safeParse({ password, confirmPassword: password }).success).toBe(true)
    const longest = 'x'.repeat(200)
    expect(AcceptInvitationSchema.safeParse({ password: longest, confirmPassword: longest }).success).toBe(true)
  })

  it('refuses passwords shorter than 12 or longer than 200 characters', () => {
    const short = AcceptInvitationSchema.safeParse({ password: 'x'.repeat(11), confirmPassword: 'x'.repeat(11) })
    expect(z.flattenError(short.error!).fieldErrors.password).toEqual(['Use at least 12 characters'])
    const long = AcceptInvitationSchema.safeParse({ password: 'x'.repeat(201), confirmPassword: 'x'.repeat(201) })
    expect(z.flattenError(long.error!).fieldErrors.password).toEqual(['Use at most 200 characters'])
  })

  it('puts a mismatch on the confirmation field', () => {
    const result = AcceptInvitationSchema.safeParse({ password, confirmPassword: `${password}!` })
    expect(result.success).toBe(false)
    const { fieldErrors } = z.flattenError(result.error!)
    expect(fieldErrors.confirmPassword).toEqual(['The two passwords do not match'])
    expect(fieldErrors.password).toBeUndefined()
  })

  it('keeps leading and trailing spaces, which are part of the password', () => {
    const spaced = '  twelve chars  '
    expect(AcceptInvitationSchema.parse({ password: spaced, confirmPassword: spaced }).password).toBe(spaced)
  })
})

describe('InvitationTokenSchema', () => {
  it('accepts 43 base64url characters only', () => {
    expect(InvitationTokenSchema.safeParse('A'.repeat(42) + '_').success).toBe(true)
    expect(InvitationTokenSchema.safeParse('A'.repeat(42)).success).toBe(false)
    expect(InvitationTokenSchema.safeParse(`${'A'.repeat(42)}=`).success).toBe(false)
  })
})

describe('UserListQuerySchema', () => {
  it('turns junk query parameters into "no filter"', () => {
    expect(UserListQuerySchema.parse({ q: ' ana ', role: 'ROOT', status: 'GONE', page: '0' })).toEqual({
      q: 'ana',
      role: undefined,
      status: undefined,
      page: 1,
    })
    expect(UserListQuerySchema.parse({ role: 'EDITOR', status: 'INVITED', page: '3' })).toMatchObject({
      role: 'EDITOR',
      status: 'INVITED',
      page: 3,
    })
  })
})

describe('AuditListQuerySchema', () => {
  it('reads days from date inputs as UTC midnight', () => {
    const query = AuditListQuerySchema.parse({ from: '2026-03-01', to: '2026-03-31' })
    expect(query.from?.toISOString()).toBe('2026-03-01T00:00:00.000Z')
    expect(query.to?.toISOString()).toBe('2026-03-31T00:00:00.000Z')
    expect(toDayInput(query.from)).toBe('2026-03-01')
  })

  it('ignores days that do not exist and values that are not filters', () => {
    expect(
      AuditListQuerySchema.parse({ from: '2026-02-31', to: 'yesterday', type: 'PAGE', action: 'drop table', user: '' }),
    ).toEqual({ from: undefined, to: undefined, type: undefined, action: undefined, user: undefined, page: 1 })
  })

  it('accepts the entity types, an action name and the "no signed-in user" choice', () => {
    expect(AuditListQuerySchema.parse({ type: 'USER', action: 'LOGIN_FAILED', user: 'none' })).toMatchObject({
      type: 'USER',
      action: 'LOGIN_FAILED',
      user: 'none',
    })
  })
})

describe('audit log labels and links', () => {
  it('links content items and users to their admin pages', () => {
    expect(auditEntityHref('NEWS', 'abc123')).toBe('/admin/news/abc123')
    expect(auditEntityHref('MOU', 'abc123')).toBe('/admin/mous/abc123')
    expect(auditEntityHref('ORGANIZATION', 'x')).toBe('/admin/organizations/x')
    expect(auditEntityHref('PROJECT', 'x')).toBe('/admin/projects/x')
    expect(auditEntityHref('CONFERENCE', 'x')).toBe('/admin/conferences/x')
    expect(auditEntityHref('TRAINING', 'x')).toBe('/admin/trainings/x')
    expect(auditEntityHref('USER', 'u1')).toBe('/admin/users/u1')
  })

  it('gives no link for media, unknown types, entries without an item, or inherited property names', () => {
    expect(auditEntityHref('MEDIA', 'm1')).toBeNull()
    expect(auditEntityHref('PAGE', 'p1')).toBeNull()
    expect(auditEntityHref('toString', 'p1')).toBeNull()
    expect(auditEntityHref(null, null)).toBeNull()
    expect(auditEntityHref('NEWS', null)).toBeNull()
  })

  it('encodes the id so it cannot change the path', () => {
    expect(auditEntityHref('USER', '../settings')).toBe('/admin/users/..%2Fsettings')
  })

  it('names known actions and shows unknown ones as stored', () => {
    expect(auditActionLabel('LOGIN_FAILED')).toBe('Sign-in failed')
    expect(auditActionLabel('ROLE_CHANGE')).toBe('Role changed')
    expect(auditActionLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW')
    expect(auditActionLabel('constructor')).toBe('constructor')
  })
})

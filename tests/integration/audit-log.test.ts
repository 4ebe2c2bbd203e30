import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { actAs } from '../fixtures/session'
import { createUser, unique } from '../fixtures/factories'
import { AuthorizationError } from '@/lib/auth/guards'
import { db } from '@/lib/db'
import { listAudit, listRecentAuditForUser } from '@/lib/data/audit'
import { AuditListQuerySchema } from '@/lib/validation/users'

let admin: { id: string; email: string; name: string }
let editor: { id: string; email: string; name: string }
let tag: string

// Entries from the year 2001, which nothing else in the test database uses,
// so the date filters can be checked against exact sets.
function at(iso: string) {
  return new Date(iso)
}

async function entry(data: {
  at: Date
  actor?: { id: string; email: string } | null
  action: string
  entityType?: string
  entityId?: string
}) {
  return db.auditLog.create({
    data: {
      at: data.at,
      actorId: data.actor?.id ?? null,
      actorEmail: data.actor?.email ?? `stranger-${tag}@test.example`,
      action: data.action,
      entityType: data.entityType ?? null,
      entityId: data.entityId ?? null,
      summary: `Test entry ${tag}`,
    },
    select: { id: true },
  })
}

let ids: Record<'newsByEditor' | 'mouByAdmin' | 'userByAdmin' | 'failedLogin' | 'lastDay', string>

beforeAll(async () => {
  admin = await createUser('ADMIN')
  editor = await createUser('EDITOR')
  tag = unique()
  const news = `news-${tag}`
  ids = {
    newsByEditor: (await entry({ at: at('2001-03-01T00:00:00Z'), actor: editor, action: 'PUBLISH', entityType: 'NEWS', entityId: news })).id,
    mouByAdmin: (await entry({ at: at('2001-03-02T12:00:00Z'), actor: admin, action: 'EDIT', entityType: 'MOU', entityId: `mou-${tag}` })).id,
    userByAdmin: (await entry({ at: at('2001-03-03T08:00:00Z'), actor: admin, action: 'ROLE_CHANGE', entityType: 'USER', entityId: editor.id })).id,
    failedLogin: (await entry({ at: at('2001-03-04T09:30:00Z'), action: 'LOGIN_FAILED' })).id,
    lastDay: (await entry({ at: at('2001-03-05T23:59:59.999Z'), actor: editor, action: 'EDIT', entityType: 'NEWS', entityId: news })).id,
  }
})

afterEach(() => actAs(null))

/** The ids of this file's entries that a filter returns, newest first. */
async function found(query: Record<string, string>) {
  const filters = AuditListQuerySchema.parse({ from: '2001-01-01', to: '2001-12-31', ...query })
  const { items } = await listAudit({ ...filters, pageSize: 1000 })
  const mine = new Set(Object.values(ids))
  return items.filter((i) => mine.has(i.id)).map((i) => i.id)
}

describe('the audit log viewer', () => {
  it('lists entries newest first, with the names of actors and of users the entries are about', async () => {
    actAs(admin)
    expect(await found({})).toEqual([ids.lastDay, ids.failedLogin, ids.userByAdmin, ids.mouByAdmin, ids.newsByEditor])
    const { items } = await listAudit({ from: at('2001-03-03T00:00:00Z'), to: at('2001-03-03T00:00:00Z'), pageSize: 1000 })
    const roleChange = items.find((i) => i.id === ids.userByAdmin)
    expect(roleChange).toMatchObject({ actorName: admin.name, entityName: editor.name })
  })

  it('filters by user, including entries without a signed-in user', async () => {
    actAs(admin)
    expect(await found({ user: editor.id })).toEqual([ids.lastDay, ids.newsByEditor])
    expect(await found({ user: admin.id })).toEqual([ids.userByAdmin, ids.mouByAdmin])
    expect(await found({ user: 'none' })).toEqual([ids.failedLogin])
  })

  it('filters by entity type and by action', async () => {
    actAs(admin)
    expect(await found({ type: 'NEWS' })).toEqual([ids.lastDay, ids.newsByEditor])
    expect(await found({ type: 'USER' })).toEqual([ids.userByAdmin])
    expect(await found({ action: 'EDIT' })).toEqual([ids.lastDay, ids.mouByAdmin])
    expect(await found({ type: 'NEWS', action: 'EDIT', user: editor.id })).toEqual([ids.lastDay])
  })

  it('treats both ends of the date range as whole UTC days, inclusive', async () => {
    actAs(admin)
    expect(await found({ from: '2001-03-02', to: '2001-03-04' })).toEqual([ids.failedLogin, ids.userByAdmin, ids.mouByAdmin])
    // The last millisecond of the "to" day is in; the first of the "from" day too.
    expect(await found({ from: '2001-03-05', to: '2001-03-05' })).toEqual([ids.lastDay])
    expect(await found({ from: '2001-03-01', to: '2001-03-01' })).toEqual([ids.newsByEditor])
    expect(await found({ from: '2001-03-06', to: '2001-03-31' })).toEqual([])
  })

  it('pages through the results', async () => {
    actAs(admin)
    const filters = { ...AuditListQuerySchema.parse({ from: '2001-03-01', to: '2001-03-05' }), pageSize: 2 }
    const first = await listAudit({ ...filters, page: 1 })
    const third = await listAudit({ ...filters, page: 3 })
    expect(first.total).toBeGreaterThanOrEqual(5)
    expect(first.items).toHaveLength(2)
    expect(first.totalPages).toBe(Math.ceil(first.total / 2))
    expect(third.items.map((i) => i.id)).not.toContain(first.items[0]?.id)
  })

  it('shows a user’s recent entries, by them and about them', async () => {
    actAs(admin)
    const entries = await listRecentAuditForUser(editor.id, 100)
    const entryIds = entries.map((e) => e.id)
    expect(entryIds).toEqual(expect.arrayContaining([ids.lastDay, ids.newsByEditor, ids.userByAdmin]))
    expect(entryIds).not.toContain(ids.mouByAdmin)
  })

  it('is refused to editors, contributors and anonymous visitors', async () => {
    for (const user of [editor, await createUser('CONTRIBUTOR'), null]) {
      actAs(user)
      await expect(listAudit({})).rejects.toBeInstanceOf(AuthorizationError)
      await expect(listRecentAuditForUser(editor.id)).rejects.toBeInstanceOf(AuthorizationError)
    }
  })
})

describe('the audit log table', () => {
  it('refuses to change or delete an entry', async () => {
    const id = ids.mouByAdmin
    await expect(db.auditLog.update({ where: { id }, data: { summary: 'Rewritten history' } })).rejects.toThrow(
      /append-only/,
    )
    await expect(db.auditLog.delete({ where: { id } })).rejects.toThrow(/append-only/)
    await expect(db.$executeRaw`DELETE FROM "AuditLog" WHERE id = ${id}`).rejects.toThrow(/append-only/)
    expect(await db.auditLog.findUnique({ where: { id }, select: { summary: true } })).toEqual({
      summary: `Test entry ${tag}`,
    })
  })
})

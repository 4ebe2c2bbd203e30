import { randomBytes } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { updateMediaAction } from '@/app/admin/media/actions'
import { changeRoleAction, createUserAction } from '@/app/admin/users/actions'
import { db } from '@/lib/db'
import { DATABASE_UNAVAILABLE_MESSAGE } from '@/lib/db-errors'
import { createUser } from '../fixtures/factories'
import { actAs } from '../fixtures/session'
import { type CutOffDatabase, cutOffDatabase } from '../fixtures/cut-off-database'

// The media and user forms handle errors of their own, so they answer an
// outage in their own catch: with the message that nothing was saved and the
// values the user typed. The data layer's first database read is the role
// check; here it fails with the error a client whose database is gone really
// throws, taken from a client behind a cut connection.

const outage = vi.hoisted(() => ({ error: null as unknown, down: false }))

vi.mock('@/lib/auth/guards', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/auth/guards')>()
  return {
    ...original,
    requireRole: async (...args: Parameters<typeof original.requireRole>) => {
      if (outage.down) throw outage.error
      return original.requireRole(...args)
    },
  }
})

let database: CutOffDatabase

beforeAll(async () => {
  database = await cutOffDatabase()
  outage.error = await database.outageError()
})

afterAll(async () => {
  await database.close()
})

afterEach(() => {
  vi.restoreAllMocks()
})

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

function unique() {
  return randomBytes(4).toString('hex')
}

/** Runs `call` with the database "down" for the data layer, and with the log quiet. */
async function duringOutage<T>(call: () => Promise<T>): Promise<T> {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  outage.down = true
  try {
    return await call()
  } finally {
    outage.down = false
  }
}

describe('media and user forms while the database cannot be reached', () => {
  it('an invitation keeps the name, address and role and says nothing was saved', async () => {
    const admin = await createUser('ADMIN')
    actAs(admin)
    const email = `outage-${unique()}@test.example`
    const state = await duringOutage(() =>
      createUserAction({ status: 'idle' }, form({ name: 'New Colleague', email, role: 'EDITOR' })),
    )
    expect(state).toMatchObject({
      status: 'error',
      message: DATABASE_UNAVAILABLE_MESSAGE,
      values: { name: 'New Colleague', email, role: 'EDITOR' },
    })
    expect(await db.user.count({ where: { email } })).toBe(0)
  })

  it('a role change keeps the chosen role', async () => {
    const admin = await createUser('ADMIN')
    const editor = await createUser('EDITOR')
    actAs(admin)
    const state = await duringOutage(() => changeRoleAction(editor.id, { status: 'idle' }, form({ role: 'ADMIN' })))
    expect(state).toMatchObject({ status: 'error', message: DATABASE_UNAVAILABLE_MESSAGE, values: { role: 'ADMIN' } })
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe('EDITOR')
  })

  it('a media edit keeps the title and description', async () => {
    const editor = await createUser('EDITOR')
    const media = await db.media.create({
      data: {
        key: randomBytes(16).toString('base64url'),
        kind: 'DOCUMENT',
        title: `Library file ${unique()}`,
        fileName: 'report.pdf',
        mimeType: 'application/pdf',
        size: 1024,
      },
      select: { id: true, title: true },
    })
    actAs(editor)
    const state = await duringOutage(() =>
      updateMediaAction(media.id, { status: 'idle' }, form({ title: 'Annual report 2025', alt: '' })),
    )
    expect(state).toMatchObject({
      status: 'error',
      message: DATABASE_UNAVAILABLE_MESSAGE,
      values: { title: 'Annual report 2025', alt: '' },
    })
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).title).toBe(media.title)
  })
})

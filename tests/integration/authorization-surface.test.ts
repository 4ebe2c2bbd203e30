import { randomBytes, randomUUID } from 'node:crypto'
import { readFile, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { NextRequest } from 'next/server'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { actAs } from '../fixtures/session'
import { createUser, insertNews, unique } from '../fixtures/factories'
import { AuthorizationError } from '@/lib/auth/guards'
import { db } from '@/lib/db'
import { deleteMedia, uploadMedia } from '@/lib/data/media'
import { createUser as inviteUser } from '@/lib/data/users'
import { newsAdapter } from '@/lib/editorial/adapters/news'
import { createItem, saveItem, scheduleItem } from '@/lib/editorial/service'
import type { ContentAdapter } from '@/lib/editorial/types'
import type { Role } from '@/lib/generated/prisma/enums'

// Every server action and route handler of the app, found on disk, called by
// everyone who must be refused. Only the boundaries with Next.js are
// replaced: the session (actAs), the request headers and cookies, and the
// cache calls that need a running server. The guards, the data layer and the
// database are real, and "no write" is checked on every table at once.

const mediaRoot = vi.hoisted(() => {
  const dir = `/tmp/geocoop-authz-test-${process.pid}-${Date.now()}`
  process.env.MEDIA_ROOT = dir
  return dir
})

vi.mock('next/cache', () => ({
  cacheLife: () => {},
  cacheTag: () => {},
  updateTag: () => {},
  revalidateTag: () => {},
  revalidatePath: () => {},
}))

// A request without cookies or forwarding headers, as an anonymous browser sends it.
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: () => undefined,
    getAll: () => [],
    has: () => false,
    set: () => {},
    delete: () => {},
  }),
}))

const root = fileURLToPath(new URL('../..', import.meta.url))
const relative = (file: string) => path.relative(root, file).split(path.sep).join('/')

async function walk(dir: string, keep: (file: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : walk(full, keep)
      return keep(full) ? [full] : []
    }),
  )
  return nested.flat().sort()
}

/** True when the file's first statement is the 'use server' directive (comments may precede it). */
function startsWithUseServer(source: string): boolean {
  const code = source.replace(/^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '')
  return /^(['"])use server\1\s*;?\s*(?:\n|$)/.test(code)
}

type AnyFunction = (...args: unknown[]) => Promise<unknown>

/** Every exported server action, keyed `path#name`. */
async function discoverActions(): Promise<Map<string, AnyFunction>> {
  const files = await walk(path.join(root, 'app'), (f) => /\.tsx?$/.test(f))
  const libFiles = await walk(path.join(root, 'lib'), (f) => /\.tsx?$/.test(f))
  const actions = new Map<string, AnyFunction>()
  for (const file of [...files, ...libFiles]) {
    if (!startsWithUseServer(await readFile(file, 'utf8'))) continue
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'function') actions.set(`${relative(file)}#${name}`, value as AnyFunction)
    }
  }
  return actions
}

// ---- Detecting writes -----------------------------------------------------------

type Fingerprint = Record<string, string>

/** A row count and a hash of every row of every table: any insert, update or delete changes it. */
async function fingerprint(): Promise<Fingerprint> {
  const tables = await db.$queryRaw<Array<{ tablename: string }>>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`
  const result: Fingerprint = {}
  for (const { tablename } of tables) {
    const quotedName = `"${tablename.replaceAll('"', '""')}"`
    const [row] = await db.$queryRawUnsafe<Array<{ n: number; h: string }>>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${quotedName} t`,
    )
    result[tablename] = `${row!.n}:${row!.h}`
  }
  return result
}

function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...names].filter((name) => before[name] !== after[name]).sort()
}

// ---- Outcomes ---------------------------------------------------------------------

type Outcome =
  | { kind: 'error-state'; message: string | undefined }
  | { kind: 'authorization-error'; message: string }
  | { kind: 'redirect'; url: string }
  | { kind: 'not-found' }
  | { kind: 'returned'; value: unknown }

function digestOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('digest' in error)) return null
  return typeof error.digest === 'string' ? error.digest : null
}

async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const value = await call()
    if (typeof value === 'object' && value !== null && 'status' in value && value.status === 'error') {
      const message = 'message' in value && typeof value.message === 'string' ? value.message : undefined
      return { kind: 'error-state', message }
    }
    return { kind: 'returned', value }
  } catch (error) {
    if (error instanceof AuthorizationError) return { kind: 'authorization-error', message: error.message }
    const digest = digestOf(error)
    // Next's redirect() throws `NEXT_REDIRECT;<type>;<url>;<status>;`.
    if (digest?.startsWith('NEXT_REDIRECT;')) return { kind: 'redirect', url: digest.split(';')[2]! }
    if (digest?.startsWith('NEXT_HTTP_ERROR_FALLBACK;404')) return { kind: 'not-found' }
    throw error
  }
}

/** The codebase's three ways of refusing: an error state, an AuthorizationError, a redirect to the login page. */
function isRefusal(outcome: Outcome): boolean {
  if (outcome.kind === 'error-state' || outcome.kind === 'authorization-error') return true
  return outcome.kind === 'redirect' && new URL(outcome.url, 'http://localhost').pathname === '/login'
}

// ---- Fixtures ---------------------------------------------------------------------

type User = Awaited<ReturnType<typeof createUser>>
let users: Record<Role, User>
let deactivatedAdmin: User

const news = newsAdapter as unknown as ContentAdapter<{ slug: string }>

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

function articleFields(): Record<string, string> {
  const id = unique()
  return {
    title: `Survey signs cooperation agreement ${id}`,
    slug: `authz-${id}`,
    summary: 'A short summary.',
    body: 'The text of the article.',
    tags: 'MOU',
    submissionId: randomUUID(),
  }
}

function inAWeek(): string {
  return new Date(Date.now() + 7 * 24 * 3600_000).toISOString().slice(0, 16)
}

const pdfBytes = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
)
const pdfFile = () => new File([new Uint8Array(pdfBytes)], 'report.pdf', { type: 'application/pdf' })

/** Runs `work` as `user`, then signs out again. */
async function as<T>(user: User, work: () => Promise<T>): Promise<T> {
  actAs(user)
  try {
    return await work()
  } finally {
    actAs(null)
  }
}

/** A library row with a well-formed key (and no files), so purging it runs the real file clean-up. */
async function libraryItem(deletedAt: Date | null = null) {
  const id = unique()
  return db.media.create({
    data: {
      key: randomBytes(16).toString('base64url'),
      kind: 'DOCUMENT',
      title: `Library file ${id}`,
      fileName: `document-${id}.pdf`,
      mimeType: 'application/pdf',
      size: 1024,
      deletedAt,
    },
    select: { id: true },
  })
}

async function draftArticle() {
  return insertNews({ status: 'DRAFT' })
}

async function trashedArticle() {
  return insertNews({ status: 'DRAFT', deletedAt: new Date() })
}

/** An article at version 2 whose first revision can be restored. */
async function articleWithHistory() {
  return as(users.EDITOR, async () => {
    const created = await createItem(news, articleFields())
    if (!created.ok) throw new Error(`fixture article not created: ${created.reason}`)
    const fields = { ...articleFields(), slug: created.slug }
    const saved = await saveItem(news, created.id, fields, created.version)
    if (!saved.ok) throw new Error(`fixture article not saved: ${saved.reason}`)
    const first = await db.revision.findFirstOrThrow({ where: { entityId: created.id, version: 1 }, select: { id: true } })
    return { id: created.id, version: saved.version, revisionId: first.id }
  })
}

async function scheduledArticle() {
  const article = await draftArticle()
  await as(users.EDITOR, async () => {
    const result = await scheduleItem(news, article.id, 'PUBLISH', new Date(Date.now() + 7 * 24 * 3600_000))
    if (!result.ok) throw new Error(`fixture schedule not created: ${result.message}`)
  })
  const schedule = await db.scheduledChange.findFirstOrThrow({ where: { entityId: article.id }, select: { id: true } })
  return { id: article.id, scheduleId: schedule.id }
}

/** A fresh invitation, with the token of its link. */
async function invitedUser() {
  const invitation = await as(users.ADMIN, () =>
    inviteUser({ name: `Invited ${unique()}`, email: `invited-${unique()}@test.example`, role: 'EDITOR' }, { mailer: null }),
  )
  return { ...invitation, token: new URL(invitation.url).pathname.split('/').at(-1)! }
}

// ---- The table of actions ------------------------------------------------------------

type Level = Role | 'public'

/**
 * A call made by a caller who holds `minimum` (or more) succeeds; every caller
 * below it, anonymous callers and deactivated accounts are refused without a
 * write. `setup` creates the rows the call needs and returns its arguments;
 * the same arguments are then used for the authorized call, so a refusal is
 * never the result of arguments that could not have worked anyway.
 */
type RoleCase = { label: string; minimum: Role; setup: () => Promise<unknown[]> }

/**
 * Actions anyone may call: they carry their own check (a credential or an
 * invitation token). Each case says what an anonymous caller gets and which
 * tables it may write.
 */
type PublicCase = {
  label: string
  setup: () => Promise<unknown[]>
  expectOutcome: (outcome: Outcome) => void
  /** Tables the call writes to; [] for none. */
  writes: string[]
  /** Checks the rows written, when `writes` is not empty. */
  verify?: (args: unknown[]) => Promise<void>
}

type Entry = { minimum: Level; cases: Array<RoleCase | PublicCase> }

const refusedWith = (message: RegExp) => (outcome: Outcome) => {
  expect(outcome.kind).toBe('error-state')
  expect(outcome.kind === 'error-state' ? outcome.message : '').toMatch(message)
}

const ACTIONS: Record<string, Entry> = {
  // ---- Public: their own checks ----
  'app/(auth)/login/actions.ts#loginAction': {
    minimum: 'public',
    cases: [
      {
        label: 'an invalid form is refused before anything is read',
        setup: async () => [{ status: 'idle' }, form({ email: 'not-an-address', password: '' })],
        expectOutcome: refusedWith(/correct the highlighted fields|valid email/i),
        writes: [],
      },
      {
        // A failed sign-in is recorded by design: one LOGIN_FAILED audit entry
        // and the throttling counters, and nothing else.
        label: 'a wrong password is refused and recorded as exactly one failed sign-in',
        setup: async () => {
          const target = await createUser('EDITOR')
          return [{ status: 'idle' }, form({ email: target.email, password: 'not the password at all', callbackUrl: '/admin' })]
        },
        expectOutcome: refusedWith(/email or password is incorrect/),
        writes: ['AuditLog', 'LoginThrottle'],
        verify: async (args) => {
          const email = String((args[1] as FormData).get('email'))
          const entries = await db.auditLog.findMany({ where: { actorEmail: email } })
          expect(entries).toHaveLength(1)
          expect(entries[0]).toMatchObject({ action: 'LOGIN_FAILED', actorId: null })
        },
      },
    ],
  },
  'app/admin/actions.ts#signOutAction': {
    // Signing out needs no privilege; without a session it ends nothing.
    minimum: 'public',
    cases: [
      {
        label: 'an anonymous sign-out only redirects to the login page',
        setup: async () => [],
        expectOutcome: (outcome) => expect(isRefusal(outcome) && outcome.kind === 'redirect', JSON.stringify(outcome)).toBe(true),
        writes: [],
      },
    ],
  },
  'app/invite/[token]/actions.ts#acceptInvitationAction': {
    // The token in the link is the credential.
    minimum: 'public',
    cases: [
      {
        label: 'an unknown token is refused',
        setup: async () => [
          'A'.repeat(43),
          { status: 'idle' },
          form({ username: 'x@test.example', password: 'a long enough passphrase', confirmPassword: 'a long enough passphrase' }),
        ],
        expectOutcome: refusedWith(/./),
        writes: [],
      },
      {
        label: 'a real token with an extra “role” field is refused',
        setup: async () => {
          const invitation = await invitedUser()
          return [
            invitation.token,
            { status: 'idle' },
            form({ password: 'a long enough passphrase', confirmPassword: 'a long enough passphrase', role: 'ADMIN' }),
          ]
        },
        expectOutcome: refusedWith(/does not accept the field “role”/),
        writes: [],
      },
      {
        label: 'a real token sets the password (control)',
        setup: async () => {
          const invitation = await invitedUser()
          return [
            invitation.token,
            { status: 'idle' },
            form({ username: invitation.email, password: 'a long enough passphrase', confirmPassword: 'a long enough passphrase' }),
          ]
        },
        expectOutcome: (outcome) => expect(outcome).toEqual({ kind: 'redirect', url: '/invite/done' }),
        writes: ['AuditLog', 'User', 'UserInvitation'],
      },
    ],
  },

  // ---- Editorial: lib/editorial/service.ts decides ----
  'app/admin/[type]/actions.ts#saveContentAction': {
    minimum: 'CONTRIBUTOR',
    cases: [
      { label: 'create', minimum: 'CONTRIBUTOR', setup: async () => ['news', null, { status: 'idle' }, form(articleFields())] },
      {
        label: 'edit',
        minimum: 'CONTRIBUTOR',
        setup: async () => {
          const article = await draftArticle()
          return ['news', article.id, { status: 'idle' }, form({ ...articleFields(), version: String(article.version) })]
        },
      },
    ],
  },
  'app/admin/[type]/actions.ts#transitionAction': {
    minimum: 'CONTRIBUTOR',
    cases: [
      {
        label: 'submit for review',
        minimum: 'CONTRIBUTOR',
        setup: async () => {
          const article = await draftArticle()
          return ['news', article.id, { status: 'idle' }, form({ action: 'SUBMIT', version: String(article.version) })]
        },
      },
      {
        // Publishing is an editor's decision: a contributor is refused too.
        label: 'publish',
        minimum: 'EDITOR',
        setup: async () => {
          const article = await draftArticle()
          return ['news', article.id, { status: 'idle' }, form({ action: 'PUBLISH', version: String(article.version) })]
        },
      },
    ],
  },
  'app/admin/[type]/actions.ts#scheduleAction': {
    minimum: 'EDITOR',
    cases: [
      {
        label: 'schedule publishing',
        minimum: 'EDITOR',
        setup: async () => {
          const article = await draftArticle()
          return ['news', article.id, { status: 'idle' }, form({ action: 'PUBLISH', runAt: inAWeek() })]
        },
      },
    ],
  },
  'app/admin/[type]/actions.ts#cancelScheduleAction': {
    minimum: 'EDITOR',
    cases: [
      {
        label: 'cancel a schedule',
        minimum: 'EDITOR',
        setup: async () => {
          const { id, scheduleId } = await scheduledArticle()
          return ['news', id, scheduleId]
        },
      },
    ],
  },
  'app/admin/[type]/actions.ts#trashAction': {
    minimum: 'EDITOR',
    cases: [{ label: 'move to the trash', minimum: 'EDITOR', setup: async () => ['news', (await draftArticle()).id] }],
  },
  'app/admin/[type]/actions.ts#restoreFromTrashAction': {
    minimum: 'EDITOR',
    cases: [{ label: 'restore from the trash', minimum: 'EDITOR', setup: async () => ['news', (await trashedArticle()).id] }],
  },
  'app/admin/[type]/actions.ts#purgeAction': {
    minimum: 'ADMIN',
    cases: [{ label: 'delete for good', minimum: 'ADMIN', setup: async () => ['news', (await trashedArticle()).id] }],
  },
  'app/admin/[type]/actions.ts#restoreRevisionAction': {
    minimum: 'CONTRIBUTOR',
    cases: [
      {
        label: 'restore a revision',
        minimum: 'CONTRIBUTOR',
        setup: async () => {
          const { id, version, revisionId } = await articleWithHistory()
          return ['news', id, revisionId, { status: 'idle' }, form({ version: String(version) })]
        },
      },
    ],
  },

  // ---- Translations: lib/translations/service.ts decides ----
  'app/admin/[type]/[id]/translations/actions.ts#saveTranslationsAction': {
    // A translation changes the live text of the item, like publishing does.
    minimum: 'EDITOR',
    cases: [
      {
        label: 'save a translation',
        minimum: 'EDITOR',
        setup: async () => {
          const article = await draftArticle()
          return ['news', article.id, { status: 'idle' }, form({ locale: 'zh', token: '', title: '两国地调局签署合作协议' })]
        },
      },
    ],
  },

  // ---- Media library: lib/data/media.ts decides ----
  'app/admin/media/actions.ts#uploadMediaAction': {
    minimum: 'CONTRIBUTOR',
    cases: [
      {
        label: 'upload',
        minimum: 'CONTRIBUTOR',
        setup: async () => [{ status: 'idle' }, form({ file: pdfFile(), title: `Report ${unique()}`, alt: '' })],
      },
    ],
  },
  'app/admin/media/actions.ts#updateMediaAction': {
    minimum: 'CONTRIBUTOR',
    cases: [
      {
        label: 'edit the title',
        minimum: 'CONTRIBUTOR',
        setup: async () => [(await libraryItem()).id, { status: 'idle' }, form({ title: `Renamed ${unique()}`, alt: '' })],
      },
    ],
  },
  'app/admin/media/actions.ts#deleteMediaAction': {
    minimum: 'EDITOR',
    cases: [{ label: 'move to the trash', minimum: 'EDITOR', setup: async () => [(await libraryItem()).id] }],
  },
  'app/admin/media/actions.ts#restoreMediaAction': {
    minimum: 'EDITOR',
    cases: [{ label: 'restore', minimum: 'EDITOR', setup: async () => [(await libraryItem(new Date())).id] }],
  },
  'app/admin/media/actions.ts#purgeMediaAction': {
    minimum: 'ADMIN',
    cases: [{ label: 'delete for good', minimum: 'ADMIN', setup: async () => [(await libraryItem(new Date())).id] }],
  },

  // ---- Users: lib/data/users.ts decides; all of it is for administrators ----
  'app/admin/users/actions.ts#createUserAction': {
    minimum: 'ADMIN',
    cases: [
      {
        label: 'invite',
        minimum: 'ADMIN',
        setup: async () => [{ status: 'idle' }, form({ name: 'New Colleague', email: `new-${unique()}@test.example`, role: 'EDITOR' })],
      },
    ],
  },
  'app/admin/users/actions.ts#resendInvitationAction': {
    minimum: 'ADMIN',
    cases: [{ label: 'new invitation link', minimum: 'ADMIN', setup: async () => [(await invitedUser()).userId, { status: 'idle' }] }],
  },
  'app/admin/users/actions.ts#changeRoleAction': {
    minimum: 'ADMIN',
    cases: [
      {
        label: 'make an editor an administrator',
        minimum: 'ADMIN',
        setup: async () => [(await createUser('EDITOR')).id, { status: 'idle' }, form({ role: 'ADMIN' })],
      },
    ],
  },
  'app/admin/users/actions.ts#deactivateUserAction': {
    minimum: 'ADMIN',
    cases: [{ label: 'deactivate', minimum: 'ADMIN', setup: async () => [(await createUser('EDITOR')).id] }],
  },
  'app/admin/users/actions.ts#reactivateUserAction': {
    minimum: 'ADMIN',
    cases: [{ label: 'reactivate', minimum: 'ADMIN', setup: async () => [(await createUser('EDITOR', { active: false })).id] }],
  },
}

const ROLES_ASCENDING: Role[] = ['CONTRIBUTOR', 'EDITOR', 'ADMIN']

/** Anonymous, a deactivated administrator, and every role below `minimum`. */
function refusedCallers(minimum: Role): Array<{ name: string; user: User | null }> {
  const below = ROLES_ASCENDING.slice(0, ROLES_ASCENDING.indexOf(minimum))
  return [
    { name: 'anonymous', user: null },
    { name: 'a deactivated administrator', user: deactivatedAdmin },
    ...below.map((role) => ({ name: role, user: users[role] })),
  ]
}

let actions: Map<string, AnyFunction>

beforeAll(async () => {
  const [contributor, editor, admin, deactivated] = await Promise.all([
    createUser('CONTRIBUTOR'),
    createUser('EDITOR'),
    createUser('ADMIN'),
    createUser('ADMIN', { active: false }),
  ])
  users = { CONTRIBUTOR: contributor, EDITOR: editor, ADMIN: admin }
  deactivatedAdmin = deactivated
  actions = await discoverActions()
})

afterEach(() => actAs(null))

afterAll(async () => {
  await rm(mediaRoot, { recursive: true, force: true })
})

function actionNamed(key: string): AnyFunction {
  const action = actions.get(key)
  if (!action) throw new Error(`${key} is in the table but was not found on disk`)
  return action
}

const isPublicCase = (c: RoleCase | PublicCase): c is PublicCase => !('minimum' in c)

describe('the server actions', () => {
  it('are found on disk, and every one of them is classified in the table', () => {
    const found = [...actions.keys()].sort()
    // The scan itself must work: these modules are known to hold actions.
    expect(found).toEqual(expect.arrayContaining(['app/admin/[type]/actions.ts#saveContentAction', 'app/admin/actions.ts#signOutAction']))
    const unclassified = found.filter((key) => !(key in ACTIONS))
    expect(unclassified, 'server actions without a minimum role in ACTIONS').toEqual([])
    const vanished = Object.keys(ACTIONS).filter((key) => !actions.has(key))
    expect(vanished, 'ACTIONS entries for actions that no longer exist').toEqual([])
    for (const [key, entry] of Object.entries(ACTIONS)) {
      expect(entry.cases.length, key).toBeGreaterThan(0)
      for (const c of entry.cases) expect(isPublicCase(c), `${key}: ${c.label}`).toBe(entry.minimum === 'public')
    }
  })

  const roleCases = Object.entries(ACTIONS).flatMap(([key, entry]) =>
    entry.cases.filter((c): c is RoleCase => !isPublicCase(c)).map((c) => ({ key, ...c })),
  )

  it.each(roleCases)('$key ($label) refuses everyone below $minimum without writing, and works for $minimum', async ({ key, minimum, setup }) => {
    const action = actionNamed(key)
    const args = await setup()
    for (const caller of refusedCallers(minimum)) {
      actAs(caller.user)
      const before = await fingerprint()
      const outcome = await outcomeOf(() => action(...args))
      const after = await fingerprint()
      expect(isRefusal(outcome), `${caller.name}: ${JSON.stringify(outcome)}`).toBe(true)
      expect(changedTables(before, after), `${caller.name} wrote to the database`).toEqual([])
    }

    // The control: the same call by the minimum role gets through and writes,
    // which shows both that the arguments were good and that the fingerprint sees writes.
    actAs(users[minimum])
    const before = await fingerprint()
    const outcome = await outcomeOf(() => action(...args))
    const after = await fingerprint()
    expect(isRefusal(outcome), `${minimum}: ${JSON.stringify(outcome)}`).toBe(false)
    expect(outcome.kind, JSON.stringify(outcome)).not.toBe('not-found')
    expect(changedTables(before, after)).toContain('AuditLog')
  })

  const publicCases = Object.entries(ACTIONS).flatMap(([key, entry]) =>
    entry.cases.filter(isPublicCase).map((c) => ({ key, ...c })),
  )

  it.each(publicCases)('$key: $label', async ({ key, setup, expectOutcome, writes, verify }) => {
    const action = actionNamed(key)
    const args = await setup()
    actAs(null)
    const before = await fingerprint()
    const outcome = await outcomeOf(() => action(...args))
    const after = await fingerprint()
    expectOutcome(outcome)
    expect(changedTables(before, after)).toEqual([...writes].sort())
    if (verify) await verify(args)
  })
})

// ---- Route handlers -------------------------------------------------------------------

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const

type RouteHandler = (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> | Response

/** The URL path of a route file, with its dynamic segments filled from `params`. */
function routeUrl(file: string, params: Record<string, string | string[]>): string {
  const segments = relative(file)
    .replace(/^app\//, '')
    .replace(/\/?route\.ts$/, '')
    .split('/')
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .map((segment) => {
      const name = /^\[(?:\.\.\.)?(.+)\]$/.exec(segment)?.[1]
      if (!name) return segment
      const value = params[name]!
      return Array.isArray(value) ? value.join('/') : value
    })
  return `http://localhost/${segments.join('/')}`
}

/** Sample values for each dynamic segment: nothing that exists, except where a test says otherwise. */
function sampleParams(file: string, overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {}
  for (const match of relative(file).matchAll(/\[(\.\.\.)?([^\]]+)\]/g)) {
    const [, catchAll, name] = match
    params[name!] = catchAll ? ['session'] : `no-such-${name}-${unique()}`
  }
  return { ...params, ...overrides }
}

async function callRoute(file: string, method: string, params: Record<string, string | string[]>) {
  const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>
  const handler = mod[method] as RouteHandler
  const request = new NextRequest(routeUrl(file, params), { method })
  return handler(request, { params: Promise.resolve(params) })
}

describe('the route handlers', () => {
  let routeFiles: string[]

  beforeAll(async () => {
    routeFiles = await walk(path.join(root, 'app'), (f) => path.basename(f) === 'route.ts')
  })

  it('answer anonymous requests for every exported method without writing, and refuse them under /admin', async () => {
    expect(routeFiles.map(relative)).toEqual(
      expect.arrayContaining([
        'app/api/auth/[...nextauth]/route.ts',
        'app/media/[key]/[file]/route.ts',
        'app/admin/options/[source]/route.ts',
      ]),
    )
    let calls = 0
    for (const file of routeFiles) {
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>
      const methods = HTTP_METHODS.filter((method) => typeof mod[method] === 'function')
      expect(methods.length, `${relative(file)} exports no HTTP method`).toBeGreaterThan(0)
      const isAuth = relative(file).startsWith('app/api/auth/')
      // Staff routes answer only the signed-in staff: anyone else gets a refusal and a message, never data.
      const isStaff = relative(file).startsWith('app/admin/')
      for (const method of methods) {
        // Auth.js's own endpoints are exercised through a session read only:
        // its POST endpoints (sign-in, sign-out) are the login action's subject.
        if (isAuth && method !== 'GET') continue
        const before = await fingerprint()
        const response = await callRoute(file, method, sampleParams(file))
        const after = await fingerprint()
        const allowed = isStaff ? [401, 403] : [200, 404]
        expect(allowed, `${method} ${relative(file)} answered ${response.status}`).toContain(response.status)
        expect(changedTables(before, after), `${method} ${relative(file)} wrote to the database`).toEqual([])
        if (isStaff) expect(await response.json(), `${method} ${relative(file)}`).toEqual({ error: expect.any(String) })
        if (isAuth) expect(await response.json()).toBeNull()
        calls += 1
      }
    }
    expect(calls).toBeGreaterThanOrEqual(routeFiles.length)
  })

  it('refuse the pickers’ search to anonymous and deactivated callers, naming no row', async () => {
    const file = routeFiles.find((f) => relative(f) === 'app/admin/options/[source]/route.ts')!
    const organization = await db.organization.create({
      data: { slug: `authz-${unique()}`, name: `Authorization probe survey ${unique()}`, kind: 'GEOLOGICAL_SURVEY', country: 'JP' },
      select: { id: true, name: true },
    })
    const url = `http://localhost/admin/options/organizations?q=${encodeURIComponent(organization.name)}`
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>
    const handler = mod.GET as RouteHandler
    for (const caller of [null, deactivatedAdmin]) {
      actAs(caller)
      const response = await handler(new NextRequest(url), { params: Promise.resolve({ source: 'organizations' }) })
      expect(response.status).toBe(401)
      const body = await response.text()
      expect(body).not.toContain(organization.name)
      expect(body).not.toContain(organization.id)
    }
    // The control: the same request by a contributor finds the row.
    actAs(users.CONTRIBUTOR)
    const found = await handler(new NextRequest(url), { params: Promise.resolve({ source: 'organizations' }) })
    expect(found.status).toBe(200)
    expect(await found.text()).toContain(organization.id)
  })

  it('serve a library file only while it is not in the trash', async () => {
    const file = routeFiles.find((f) => relative(f) === 'app/media/[key]/[file]/route.ts')!
    const media = await as(users.EDITOR, () => uploadMedia({ file: pdfFile(), title: `Served ${unique()}`, alt: '' }))
    const { key } = await db.media.findUniqueOrThrow({ where: { id: media.id }, select: { key: true } })
    const params = { key, file: 'document.pdf' }

    const served = await callRoute(file, 'GET', params)
    expect(served.status).toBe(200)
    expect(served.headers.get('Content-Type')).toBe('application/pdf')

    await as(users.EDITOR, () => deleteMedia(media.id))
    const before = await fingerprint()
    const trashed = await callRoute(file, 'GET', params)
    expect(changedTables(before, await fingerprint())).toEqual([])
    expect(trashed.status).toBe(404)
    expect(await trashed.text()).not.toContain('%PDF')
  })

  it('do not publish drafts through the open-data API', async () => {
    const draft = await insertNews({ status: 'DRAFT' })
    const file = routeFiles.find((f) => relative(f) === 'app/api/v1/news/[slug]/route.ts')!
    const response = await callRoute(file, 'GET', { slug: draft.slug })
    expect(response.status).toBe(404)
    const list = await callRoute(routeFiles.find((f) => relative(f) === 'app/api/v1/news/route.ts')!, 'GET', {})
    expect(list.status).toBe(200)
    expect(await list.text()).not.toContain(draft.slug)
  })
})

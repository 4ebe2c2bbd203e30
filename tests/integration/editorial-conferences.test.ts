import { afterEach, describe, expect, it } from 'vitest'
import { actAs } from '../fixtures/session'
import { contributorAndEditor, createPublished, fieldErrorsOf, liveValues, ok, publish, signInAs } from '../fixtures/editorial'
import { insertNews, unique } from '../fixtures/factories'
import { AuthorizationError } from '@/lib/auth/guards'
import { getPublishedConferenceBySlug } from '@/lib/data/conferences'
import { db } from '@/lib/db'
import { conferenceAdapter } from '@/lib/editorial/adapters/conferences'
import {
  createItem,
  getItemForEdit,
  getRevisionWithChanges,
  listRevisions,
  saveItem,
  transitionItem,
} from '@/lib/editorial/service'
import { ConferenceDraftSchema, conferenceToFormValues } from '@/lib/validation/conferences'

// The database is shared with the other test files: every conference here
// has a unique slug, and assertions are only about rows created here.

afterEach(() => actAs(null))

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** The form values of a draft: what identifies the conference, the rest blank. */
function draftValues() {
  const id = unique()
  return {
    name: `CCOP Annual Session ${id}`,
    edition: '',
    series: '',
    slug: `ccop-annual-session-${id}`,
    summary: '',
    startDate: '2024-11-05',
    endDate: '',
    datePrecision: '',
    city: '',
    country: 'TH',
    role: '',
    participantsCount: '',
    url: '',
  }
}

/** What publishing additionally needs, and some optional details. */
const completion = {
  summary: 'The annual meeting of the CCOP member countries, this year in Bangkok.',
  role: 'CO_SPONSOR',
  edition: '60th',
  series: 'CCOP Annual Session',
  endDate: '2024-11-08',
  city: 'Bangkok',
  participantsCount: '180',
  url: 'https://www.ccop.asia/as60',
}

describe('editing conferences through the editorial core', () => {
  it('stores a contributor’s incomplete draft with blank optional fields as NULL, not public', async () => {
    const contributor = await signInAs('CONTRIBUTOR')
    const values = draftValues()
    const created = ok(await createItem(conferenceAdapter, { ...values, country: 'th' }))
    expect(created.version).toBe(1)

    const row = await db.conference.findUniqueOrThrow({ where: { id: created.id } })
    expect(row).toMatchObject({
      name: values.name,
      slug: values.slug,
      startDate: day('2024-11-05'),
      endDate: null,
      datePrecision: 'DAY',
      country: 'TH',
      city: null,
      edition: null,
      series: null,
      summary: '',
      participantsCount: null,
      url: null,
      status: 'DRAFT',
      publishedAt: null,
      createdById: contributor.id,
    })
    expect(await getPublishedConferenceBySlug(values.slug)).toBeNull()
  })

  it('refuses a draft without its name, slug, start date or country, or ending before it starts', async () => {
    await signInAs('CONTRIBUTOR')
    const missing = fieldErrorsOf(await createItem(conferenceAdapter, { summary: 'Only a summary' }))
    expect(Object.keys(missing).sort()).toEqual(['country', 'name', 'slug', 'startDate'])

    const reversed = fieldErrorsOf(await createItem(conferenceAdapter, { ...draftValues(), endDate: '2024-11-01' }))
    expect(reversed).toEqual({ endDate: ['The end date must be on or after the start date'] })
  })

  it('lets nobody signed out create a conference', async () => {
    actAs(null)
    await expect(createItem(conferenceAdapter, draftValues())).rejects.toBeInstanceOf(AuthorizationError)
  })

  it('publishes only a complete conference, which the public page then shows with its news', async () => {
    const { contributor, editor } = await contributorAndEditor()
    actAs(contributor)
    const values = draftValues()
    const created = ok(await createItem(conferenceAdapter, values))

    actAs(editor)
    const refused = await transitionItem(conferenceAdapter, created.id, 'PUBLISH', created.version)
    expect(fieldErrorsOf(refused)).toEqual({
      summary: ['Enter a summary of at least 20 characters: the public page shows it'],
    })
    expect((await db.conference.findUniqueOrThrow({ where: { id: created.id } })).status).toBe('DRAFT')

    const completed = ok(await saveItem(conferenceAdapter, created.id, { ...values, ...completion }, created.version))
    await publish(conferenceAdapter, created.id, completed.version)
    const news = await insertNews({ title: `Report from the session ${unique()}` })
    await db.conference.update({ where: { id: created.id }, data: { newsArticles: { connect: { id: news.id } } } })

    const shown = await getPublishedConferenceBySlug(values.slug)
    expect(shown).toMatchObject({
      name: values.name,
      edition: '60th',
      series: 'CCOP Annual Session',
      summary: completion.summary,
      startDate: day('2024-11-05'),
      endDate: day('2024-11-08'),
      city: 'Bangkok',
      country: 'TH',
      role: 'CO_SPONSOR',
      participantsCount: 180,
      url: 'https://www.ccop.asia/as60',
    })
    expect(shown?.newsArticles.map((n) => n.id)).toEqual([news.id])
  })

  it('keeps the public page unchanged while a published conference is edited, until it is published again', async () => {
    await signInAs('EDITOR')
    const values = { ...draftValues(), ...completion }
    const { created, published } = await createPublished(conferenceAdapter, values)

    const edit = { ...values, name: `${values.name} (renamed)`, role: 'HOST', city: 'Pattaya' }
    const edited = ok(await saveItem(conferenceAdapter, created.id, edit, published.version))
    expect(await getPublishedConferenceBySlug(values.slug)).toMatchObject({ name: values.name, role: 'CO_SPONSOR', city: 'Bangkok' })
    const forEdit = await getItemForEdit(conferenceAdapter, created.id)
    expect(forEdit?.state.pendingDraft).not.toBeNull()
    expect(forEdit?.values).toMatchObject({ name: edit.name, role: 'HOST', city: 'Pattaya' })

    await publish(conferenceAdapter, created.id, edited.version)
    expect(await getPublishedConferenceBySlug(values.slug)).toMatchObject({ name: edit.name, role: 'HOST', city: 'Pattaya' })
  })

  it('names countries, roles and date precisions in the history instead of their codes', async () => {
    await signInAs('EDITOR')
    const values = draftValues()
    const created = ok(await createItem(conferenceAdapter, values))
    const described = await db.$transaction((tx) =>
      conferenceAdapter.describe!(tx, { ...values, role: 'CO_SPONSOR', datePrecision: 'MONTH', country: 'TH' }),
    )
    expect(described).toMatchObject({ role: 'Co-sponsor', datePrecision: 'Month only', country: 'Thailand', name: values.name })

    ok(await saveItem(conferenceAdapter, created.id, { ...values, role: 'HOST', country: 'LA' }, created.version))
    const [latest] = await listRevisions(conferenceAdapter, created.id)
    const revision = await getRevisionWithChanges(conferenceAdapter, created.id, latest!.id)
    const changes = Object.fromEntries(revision!.changes.map((c) => [c.name, c]))
    expect(changes.country).toMatchObject({ label: 'Country', before: 'Thailand', after: 'Laos' })
    // The first revision records the role the draft left open.
    expect(changes.role).toMatchObject({ label: "The survey's role", before: '', after: 'Host' })
  })

  it('reads back from the database exactly the values that were saved', async () => {
    await signInAs('EDITOR')
    const values = { ...draftValues(), ...completion, datePrecision: 'MONTH' }
    const created = ok(await createItem(conferenceAdapter, values))
    const input = ConferenceDraftSchema.parse(values)

    const live = await liveValues(conferenceAdapter, created.id)
    expect(live).toEqual(conferenceToFormValues(input))
    expect(ConferenceDraftSchema.parse(live)).toEqual(input)
    expect(await liveValues(conferenceAdapter, 'no-such-conference')).toBeNull()
  })
})

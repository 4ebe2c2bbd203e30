import { afterEach, describe, expect, it } from 'vitest'
import { actAs } from '../fixtures/session'
import { contributorAndEditor, createPublished, fieldErrorsOf, liveValues, offeredBy, ok, publish, signInAs } from '../fixtures/editorial'
import { createUser, unique } from '../fixtures/factories'
import { insertTrainingOrganizer, insertTrainingProject } from '../fixtures/training-factories'
import { AuthorizationError } from '@/lib/auth/guards'
import { getPublishedTrainingBySlug } from '@/lib/data/trainings'
import { db } from '@/lib/db'
import { trainingAdapter } from '@/lib/editorial/adapters/trainings'
import {
  createItem,
  getItemForEdit,
  loadFormOptions,
  saveItem,
  transitionItem,
} from '@/lib/editorial/service'
import { TrainingDraftSchema, trainingToFormValues } from '@/lib/validation/trainings'

// The database is shared with the other test files: every training here has
// a unique slug, and assertions are only about rows created here.

afterEach(() => actAs(null))

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** The form values of a draft: what identifies the training, the rest blank. */
function draftValues() {
  const id = unique()
  return {
    title: `Regional workshop on landslide mapping ${id}`,
    slug: `landslide-mapping-${id}`,
    kind: '',
    summary: '',
    body: '',
    startDate: '2023-09-11',
    endDate: '',
    datePrecision: '',
    location: 'Hanoi',
    country: '',
    participantsCount: '',
    topics: '',
    organizerId: '',
    projectId: '',
    participantCountries: '',
  }
}

/** What publishing additionally needs, and some optional details. */
const completion = {
  kind: 'COURSE',
  summary: 'Two weeks of field and GIS work on landslide susceptibility.',
  body: 'Lectures in the morning.\n\nField visits in the afternoon.',
  endDate: '2023-09-22',
  country: 'VN',
  participantsCount: '24',
  topics: 'Landslide inventories\nSusceptibility mapping',
  participantCountries: 'VN:10,LA:,KH:6',
}

async function participantRows(trainingId: string) {
  return db.trainingCountry.findMany({
    where: { trainingId },
    select: { country: true, participants: true },
    orderBy: { country: 'asc' },
  })
}

describe('editing trainings through the editorial core', () => {
  it('stores a contributor’s draft with its organizer, project and participant countries', async () => {
    const contributor = await createUser('CONTRIBUTOR')
    const organizer = await insertTrainingOrganizer({ status: 'DRAFT' })
    const project = await insertTrainingProject()
    actAs(contributor)
    const values = {
      ...draftValues(),
      organizerId: organizer.id,
      projectId: project.id,
      participantCountries: 'TH:5,cn:12,JP:',
      topics: 'GIS\nField work',
    }
    const created = ok(await createItem(trainingAdapter, values))

    const row = await db.training.findUniqueOrThrow({ where: { id: created.id } })
    expect(row).toMatchObject({
      title: values.title,
      slug: values.slug,
      startDate: day('2023-09-11'),
      endDate: null,
      location: 'Hanoi',
      country: null,
      participantsCount: null,
      topics: ['GIS', 'Field work'],
      organizerId: organizer.id,
      projectId: project.id,
      status: 'DRAFT',
      createdById: contributor.id,
    })
    expect(await participantRows(created.id)).toEqual([
      { country: 'CN', participants: 12 },
      { country: 'JP', participants: null },
      { country: 'TH', participants: 5 },
    ])
    expect(await getPublishedTrainingBySlug(values.slug)).toBeNull()
  })

  it('refuses a draft without its title, slug, start date or location', async () => {
    await signInAs('CONTRIBUTOR')
    const errors = fieldErrorsOf(await createItem(trainingAdapter, { summary: 'Only a summary' }))
    expect(Object.keys(errors).sort()).toEqual(['location', 'slug', 'startDate', 'title'])
  })

  it('refuses an organizer or project in the trash, on its field, and stores nothing', async () => {
    await signInAs('EDITOR')
    const trashedOrganizer = await insertTrainingOrganizer({ deletedAt: new Date() })
    const values = { ...draftValues(), organizerId: trashedOrganizer.id }
    expect(fieldErrorsOf(await createItem(trainingAdapter, values))).toEqual({
      organizerId: ['The chosen organizer no longer exists. Choose another one or none.'],
    })
    const trashedProject = await insertTrainingProject({ deletedAt: new Date() })
    expect(fieldErrorsOf(await createItem(trainingAdapter, { ...values, organizerId: '', projectId: trashedProject.id }))).toEqual({
      projectId: ['The chosen project no longer exists. Choose another one or none.'],
    })
    expect(await db.training.count({ where: { slug: values.slug } })).toBe(0)
  })

  it('offers organizations and projects that are not in the trash, published or not', async () => {
    await signInAs('CONTRIBUTOR')
    const draftOrganizer = await insertTrainingOrganizer({ status: 'DRAFT' })
    const trashedOrganizer = await insertTrainingOrganizer({ deletedAt: new Date() })
    const project = await insertTrainingProject({ status: 'IN_REVIEW' })
    const { options, pickers } = await loadFormOptions(trainingAdapter)
    expect((await offeredBy(pickers.organizerId, draftOrganizer.name)).map((o) => o.value)).toContain(draftOrganizer.id)
    expect((await offeredBy(pickers.organizerId, trashedOrganizer.name)).map((o) => o.value)).not.toContain(trashedOrganizer.id)
    expect((await offeredBy(pickers.projectId, project.title)).find((o) => o.value === project.id)?.label).toBe(project.title)
    expect(options.countries?.find((o) => o.value === 'LA')?.label).toBe('Laos')
    expect(options.kinds?.map((o) => o.label)).toEqual(['Course', 'Workshop'])
  })

  it('publishes only a complete training, which the public page then shows with its relations', async () => {
    const { contributor, editor } = await contributorAndEditor()
    const organizer = await insertTrainingOrganizer()
    const project = await insertTrainingProject()
    actAs(contributor)
    const values = { ...draftValues(), organizerId: organizer.id, projectId: project.id }
    const created = ok(await createItem(trainingAdapter, values))

    actAs(editor)
    const refused = await transitionItem(trainingAdapter, created.id, 'PUBLISH', created.version)
    expect(fieldErrorsOf(refused)).toEqual({
      summary: ['Enter a summary: the trainings list and the public page show it'],
      participantCountries: ['Choose at least one participant country'],
    })
    expect((await db.training.findUniqueOrThrow({ where: { id: created.id } })).status).toBe('DRAFT')

    const completed = ok(await saveItem(trainingAdapter, created.id, { ...values, ...completion }, created.version))
    await publish(trainingAdapter, created.id, completed.version)

    const shown = await getPublishedTrainingBySlug(values.slug)
    expect(shown).toMatchObject({
      title: values.title,
      kind: 'COURSE',
      summary: completion.summary,
      body: completion.body,
      startDate: day('2023-09-11'),
      endDate: day('2023-09-22'),
      location: 'Hanoi',
      country: 'VN',
      participantsCount: 24,
      topics: ['Landslide inventories', 'Susceptibility mapping'],
      organizer: { slug: organizer.slug, name: organizer.name },
      project: { slug: project.slug, title: project.title },
    })
    expect(shown?.participantCountries).toEqual([
      { country: 'KH', participants: 6, name: 'Cambodia' },
      { country: 'LA', participants: null, name: 'Laos' },
      { country: 'VN', participants: 10, name: 'Vietnam' },
    ])
  })

  it('keeps the public page unchanged while a published training is edited, until it is published again', async () => {
    await signInAs('EDITOR')
    const values = { ...draftValues(), ...completion }
    const { created, published } = await createPublished(trainingAdapter, values)

    const edit = { ...values, title: `${values.title} (revised)`, participantCountries: 'MN:3', topics: 'Remote sensing' }
    const edited = ok(await saveItem(trainingAdapter, created.id, edit, published.version))
    const before = await getPublishedTrainingBySlug(values.slug)
    expect(before?.title).toBe(values.title)
    expect(before?.participantCountries.map((c) => c.country)).toEqual(['KH', 'LA', 'VN'])
    expect(await participantRows(created.id)).toHaveLength(3)
    expect((await getItemForEdit(trainingAdapter, created.id))?.values).toMatchObject({
      title: edit.title,
      participantCountries: 'MN:3',
    })

    await publish(trainingAdapter, created.id, edited.version)
    const after = await getPublishedTrainingBySlug(values.slug)
    expect(after?.title).toBe(edit.title)
    expect(after?.topics).toEqual(['Remote sensing'])
    expect(after?.participantCountries).toEqual([{ country: 'MN', participants: 3, name: 'Mongolia' }])
  })

  it('names the organizer, project, countries and kind in the history instead of ids and codes', async () => {
    await signInAs('EDITOR')
    const organizer = await insertTrainingOrganizer()
    const project = await insertTrainingProject({ deletedAt: new Date() })
    const described = await db.$transaction((tx) =>
      trainingAdapter.describe!(tx, {
        ...draftValues(),
        organizerId: organizer.id,
        projectId: project.id,
        kind: 'WORKSHOP',
        country: 'VN',
        participantCountries: 'CN:12,JP:',
        datePrecision: 'YEAR',
      }),
    )
    expect(described).toMatchObject({
      organizerId: organizer.name,
      // A project in the trash is still named, so the history stays readable.
      projectId: project.title,
      kind: 'Workshop',
      country: 'Vietnam',
      participantCountries: 'China (12), Japan',
      datePrecision: 'Year only',
    })
    const gone = await db.$transaction((tx) => trainingAdapter.describe!(tx, { organizerId: 'no-such-organization' }))
    expect(gone.organizerId).toBe('(deleted organization no-such-organization)')
  })

  it('reads back from the database exactly the values that were saved', async () => {
    await signInAs('EDITOR')
    const organizer = await insertTrainingOrganizer()
    const project = await insertTrainingProject()
    const values = { ...draftValues(), ...completion, organizerId: organizer.id, projectId: project.id, datePrecision: 'MONTH' }
    const created = ok(await createItem(trainingAdapter, values))
    const input = TrainingDraftSchema.parse(values)

    const live = await liveValues(trainingAdapter, created.id)
    expect(live).toEqual(trainingToFormValues(input))
    expect(TrainingDraftSchema.parse(live)).toEqual(input)
  })

  it('lets nobody signed out create a training', async () => {
    actAs(null)
    await expect(createItem(trainingAdapter, draftValues())).rejects.toBeInstanceOf(AuthorizationError)
  })
})

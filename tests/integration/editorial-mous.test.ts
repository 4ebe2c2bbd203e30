import { afterEach, describe, expect, it } from 'vitest'
import { actAs } from '../fixtures/session'
import { contributorAndEditor, createPublished, fieldErrorsOf, insertMedia, liveValues, offeredBy, ok, publish, signInAs } from '../fixtures/editorial'
import { createUser, unique } from '../fixtures/factories'
import { insertCounterpart, insertMouRow, utcDate } from '../fixtures/mou-factories'
import { AuthorizationError } from '@/lib/auth/guards'
import { getPublishedMouBySlug } from '@/lib/data/mous'
import { db } from '@/lib/db'
import { mouAdapter } from '@/lib/editorial/adapters/mous'
import {
  createItem,
  getItemForEdit,
  getRevisionWithChanges,
  listRevisions,
  loadFormOptions,
  saveItem,
  transitionItem,
} from '@/lib/editorial/service'
import { MouDraftSchema } from '@/lib/validation/mous'

// The database is shared with the other test files: every row here has a
// unique slug or key, and assertions are only about rows created here.

afterEach(() => actAs(null))

/** The form values of a draft: what identifies the MOU and what the table needs, nothing more. */
function draftValues() {
  const id = unique()
  return {
    subject: `Geoscience research cooperation ${id}`,
    slug: `gsj-mrpam-${id}`,
    country: 'MN',
    counterpartIds: '',
    summary: '',
    startDate: '2019-07-01',
    noEndDate: 'no',
    endDate: '',
    endTerm: '',
    datePrecision: 'DAY',
    renewsId: '',
    documentIds: '',
  }
}

const summary = 'Five-year cooperation on geological mapping and mineral resource assessment in Mongolia.'

async function storedCounterparts(mouId: string) {
  return db.mouCounterpart.findMany({
    where: { mouId },
    orderBy: { position: 'asc' },
    select: { organizationId: true, position: true },
  })
}

describe('editing MOUs through the editorial core', () => {
  it('stores a contributor’s incomplete draft with its counterparts in order, documents and renewed MOU', async () => {
    const contributor = await createUser('CONTRIBUTOR')
    const [ministry, survey] = [await insertCounterpart(), await insertCounterpart({ status: 'DRAFT' })]
    const document = await insertMedia()
    const earlier = await insertMouRow({ status: 'DRAFT' })
    actAs(contributor)
    const values = {
      ...draftValues(),
      country: 'mn',
      counterpartIds: `${survey.id},${ministry.id}`,
      documentIds: document.id,
      renewsId: earlier.id,
    }
    const created = ok(await createItem(mouAdapter, values))
    expect(created.version).toBe(1)

    const row = await db.mou.findUniqueOrThrow({
      where: { id: created.id },
      include: { documents: { select: { id: true } } },
    })
    expect(row).toMatchObject({
      subject: values.subject,
      slug: values.slug,
      country: 'MN',
      summary: '',
      startDate: utcDate('2019-07-01'),
      endDate: null,
      endTerm: null,
      datePrecision: 'DAY',
      renewsId: earlier.id,
      status: 'DRAFT',
      publishedAt: null,
      createdById: contributor.id,
    })
    expect(row.documents).toEqual([{ id: document.id }])
    expect(await storedCounterparts(created.id)).toEqual([
      { organizationId: survey.id, position: 0 },
      { organizationId: ministry.id, position: 1 },
    ])
    expect(await getPublishedMouBySlug(values.slug)).toBeNull()
  })

  it('refuses a draft without its subject, slug, country or start date, and a slug already in use', async () => {
    await signInAs('CONTRIBUTOR')
    const errors = fieldErrorsOf(await createItem(mouAdapter, { summary: 'Only a summary' }))
    expect(Object.keys(errors).sort()).toEqual(['country', 'slug', 'startDate', 'subject'])

    const first = draftValues()
    ok(await createItem(mouAdapter, first))
    expect(await createItem(mouAdapter, { ...draftValues(), slug: first.slug })).toEqual({
      ok: false,
      reason: 'slug-taken',
    })
  })

  it('lets nobody signed out create an MOU, and no contributor publish one', async () => {
    actAs(null)
    await expect(createItem(mouAdapter, draftValues())).rejects.toBeInstanceOf(AuthorizationError)

    const counterpart = await insertCounterpart()
    await signInAs('CONTRIBUTOR')
    const complete = { ...draftValues(), counterpartIds: counterpart.id, summary, endDate: '2024-06-30' }
    const created = ok(await createItem(mouAdapter, complete))
    expect(await transitionItem(mouAdapter, created.id, 'PUBLISH', created.version)).toMatchObject({
      ok: false,
      reason: 'forbidden',
    })
    expect((await db.mou.findUniqueOrThrow({ where: { id: created.id } })).status).toBe('DRAFT')
  })

  it('refuses counterparts, documents and a renewed MOU that no longer exist, on their own fields', async () => {
    await signInAs('CONTRIBUTOR')
    const trashedOrganization = await insertCounterpart({ deletedAt: new Date() })
    const trashedDocument = await insertMedia({ deletedAt: new Date() })
    const image = await insertMedia({ kind: 'IMAGE' })
    const trashedMou = await insertMouRow({ status: 'DRAFT', deletedAt: new Date() })

    expect(fieldErrorsOf(await createItem(mouAdapter, { ...draftValues(), counterpartIds: trashedOrganization.id }))).toEqual({
      counterpartIds: ['One of the chosen counterparts no longer exists. Choose again.'],
    })
    expect(fieldErrorsOf(await createItem(mouAdapter, { ...draftValues(), counterpartIds: 'no-such-organization' }))).toEqual({
      counterpartIds: ['One of the chosen counterparts no longer exists. Choose again.'],
    })
    for (const documentId of [trashedDocument.id, image.id])
      expect(fieldErrorsOf(await createItem(mouAdapter, { ...draftValues(), documentIds: documentId }))).toEqual({
        documentIds: ['One of the chosen documents no longer exists. Choose again.'],
      })
    expect(fieldErrorsOf(await createItem(mouAdapter, { ...draftValues(), renewsId: trashedMou.id }))).toEqual({
      renewsId: ['The MOU chosen as renewed no longer exists. Choose again.'],
    })
  })

  it('refuses an MOU that would renew itself, directly or through the MOU it renews', async () => {
    await signInAs('EDITOR')
    const values = draftValues()
    const created = ok(await createItem(mouAdapter, values))
    const self = await saveItem(mouAdapter, created.id, { ...values, renewsId: created.id }, created.version)
    expect(fieldErrorsOf(self)).toEqual({ renewsId: ['An MOU cannot renew itself. Choose an earlier MOU.'] })

    // The later MOU renews this one; this one cannot then renew the later one.
    const later = await insertMouRow({ status: 'DRAFT', renewsId: created.id })
    const loop = await saveItem(mouAdapter, created.id, { ...values, renewsId: later.id }, created.version)
    expect(fieldErrorsOf(loop)).toEqual({
      renewsId: ['The chosen MOU already renews this one, directly or through other renewals. Choose an earlier MOU.'],
    })
    expect((await db.mou.findUniqueOrThrow({ where: { id: created.id } })).renewsId).toBeNull()
  })

  it('publishes only a complete MOU, which the public page then shows with its counterparts and renewal', async () => {
    const { contributor, editor } = await contributorAndEditor()
    const [first, second] = [await insertCounterpart({ name: `Ministry of Mining ${unique()}` }), await insertCounterpart()]
    const earlier = await insertMouRow({ subject: `Earlier cooperation ${unique()}` })
    actAs(contributor)
    const values = draftValues()
    const created = ok(await createItem(mouAdapter, values))

    actAs(editor)
    const refused = await transitionItem(mouAdapter, created.id, 'PUBLISH', created.version)
    expect(fieldErrorsOf(refused)).toEqual({
      counterpartIds: ['Choose at least one counterpart organization'],
      endDate: ['Enter the end date, or choose “No fixed end date”'],
      summary: ["Enter a summary of at least 20 characters: the MOU's public page shows it"],
    })
    expect(await getPublishedMouBySlug(values.slug)).toBeNull()

    actAs(contributor)
    const completed = ok(
      await saveItem(
        mouAdapter,
        created.id,
        {
          ...values,
          counterpartIds: `${second.id},${first.id}`,
          summary,
          endDate: '2024-06-30',
          renewsId: earlier.id,
        },
        created.version,
      ),
    )

    actAs(editor)
    const published = await publish(mouAdapter, created.id, completed.version)
    expect(published.version).toBe(completed.version + 1)

    const page = await getPublishedMouBySlug(values.slug)
    expect(page).toMatchObject({
      id: created.id,
      subject: values.subject,
      country: 'MN',
      summary,
      startDate: utcDate('2019-07-01'),
      endDate: utcDate('2024-06-30'),
      endTerm: null,
      datePrecision: 'DAY',
      status: 'EXPIRED',
    })
    expect(page?.counterparts.map((o) => o.id)).toEqual([second.id, first.id])
    expect(page?.renews).toMatchObject({ id: earlier.id, subject: earlier.subject })
    expect((await getPublishedMouBySlug(earlier.slug))?.renewedBy.map((m) => m.id)).toEqual([created.id])
  })

  it('publishes an MOU with no fixed end date and shows its term', async () => {
    const counterpart = await insertCounterpart()
    await signInAs('EDITOR')
    const values = { ...draftValues(), counterpartIds: counterpart.id, summary, noEndDate: 'yes', endTerm: '' }
    await createPublished(mouAdapter, values)
    expect(await getPublishedMouBySlug(values.slug)).toMatchObject({
      endDate: null,
      endTerm: 'Indefinite',
      status: 'INDEFINITE',
    })
  })

  it('keeps the public page unchanged by an edit of a published MOU until it is published again', async () => {
    const [first, second] = [await insertCounterpart(), await insertCounterpart()]
    const document = await insertMedia()
    await signInAs('EDITOR')
    const values = { ...draftValues(), counterpartIds: first.id, summary, endDate: '2030-06-30' }
    const { created, published } = await createPublished(mouAdapter, values)

    const landsat = 'Through the operational lifetime of the Landsat satellites'
    const edit = {
      ...values,
      subject: `Landsat data ${unique()}`,
      country: 'US',
      counterpartIds: `${second.id},${first.id}`,
      summary: `${summary} Extended to satellite data.`,
      noEndDate: 'yes',
      endDate: '',
      endTerm: landsat,
      documentIds: document.id,
    }
    const saved = ok(await saveItem(mouAdapter, created.id, edit, published.version))

    const before = await getPublishedMouBySlug(values.slug)
    expect(before).toMatchObject({ subject: values.subject, country: 'MN', summary, endDate: utcDate('2030-06-30'), endTerm: null })
    expect(before?.counterparts.map((o) => o.id)).toEqual([first.id])
    expect(await storedCounterparts(created.id)).toEqual([{ organizationId: first.id, position: 0 }])
    const working = await getItemForEdit(mouAdapter, created.id)
    expect(working?.state.pendingDraft).not.toBeNull()
    expect(working?.values).toMatchObject({ subject: edit.subject, country: 'US', noEndDate: 'yes', endTerm: landsat })

    await publish(mouAdapter, created.id, saved.version)
    const after = await getPublishedMouBySlug(values.slug)
    expect(after).toMatchObject({
      subject: edit.subject,
      country: 'US',
      summary: edit.summary,
      endDate: null,
      endTerm: landsat,
      status: 'INDEFINITE',
    })
    expect(after?.counterparts.map((o) => o.id)).toEqual([second.id, first.id])
    const documents = await db.mou.findUniqueOrThrow({ where: { id: created.id } }).documents({ select: { id: true } })
    expect(documents).toEqual([{ id: document.id }])
    expect((await getItemForEdit(mouAdapter, created.id))?.state.pendingDraft).toBeNull()
  })

  it('names counterparts, documents, the renewed MOU, the country and the precision in the history', async () => {
    const organization = await insertCounterpart({ name: `Mineral Resources Authority ${unique()}` })
    const document = await insertMedia({ title: `Signed text ${unique()}` })
    const earlier = await insertMouRow({ subject: `Earlier cooperation ${unique()}`, country: 'MN', startDate: utcDate('2008-01-01') })
    await signInAs('EDITOR')
    const values = draftValues()
    const created = ok(await createItem(mouAdapter, values))
    const edit = {
      ...values,
      country: 'TH',
      counterpartIds: organization.id,
      documentIds: document.id,
      renewsId: earlier.id,
      datePrecision: 'MONTH',
      noEndDate: 'yes',
    }
    ok(await saveItem(mouAdapter, created.id, edit, created.version))

    const [latest] = await listRevisions(mouAdapter, created.id)
    const revision = await getRevisionWithChanges(mouAdapter, created.id, latest!.id)
    const changes = new Map(revision?.changes.map((c) => [c.name, c]))
    expect(changes.get('country')).toMatchObject({ label: 'Country', before: 'Mongolia', after: 'Thailand' })
    expect(changes.get('counterpartIds')).toMatchObject({ label: 'Counterparts', before: '', after: organization.name })
    expect(changes.get('documentIds')).toMatchObject({ label: 'Documents', before: '', after: document.title })
    expect(changes.get('renewsId')).toMatchObject({
      label: 'Renews an earlier MOU',
      before: '',
      after: `${earlier.subject} (Mongolia, January 2008)`,
    })
    expect(changes.get('datePrecision')).toMatchObject({ before: 'Exact day', after: 'Month only' })
    expect(changes.get('noEndDate')).toMatchObject({ label: 'No fixed end date', before: 'No', after: 'Yes' })
    expect(changes.get('endTerm')).toMatchObject({ before: '', after: 'Indefinite' })

    const described = await db.$transaction((tx) =>
      mouAdapter.describe!(tx, { ...edit, counterpartIds: `${organization.id},gone-organization` }),
    )
    expect(described).toMatchObject({
      subject: values.subject,
      counterpartIds: `${organization.name}, (deleted organization gone-organization)`,
      documentIds: document.title,
    })
  })

  it('reads the stored columns back as the form values they were saved from', async () => {
    const [first, second] = [await insertCounterpart(), await insertCounterpart()]
    const [signed, annex] = [await insertMedia(), await insertMedia()]
    const earlier = await insertMouRow({ status: 'DRAFT' })
    await signInAs('EDITOR')
    const values = {
      ...draftValues(),
      counterpartIds: `${second.id},${first.id}`,
      summary: `${summary}\n\nSecond paragraph.`,
      endDate: '2024-06-30',
      datePrecision: 'MONTH',
      renewsId: earlier.id,
      documentIds: [signed.id, annex.id].sort().join(','),
    }
    const created = ok(await createItem(mouAdapter, values))
    const live = await liveValues(mouAdapter, created.id)
    expect(live).toEqual(values)
    const input = MouDraftSchema.parse(live)
    expect(mouAdapter.toFormValues(input)).toEqual(live)

    // Clearing the relations and switching to no fixed end clears the columns too.
    const cleared = {
      ...values,
      counterpartIds: '',
      documentIds: '',
      renewsId: '',
      noEndDate: 'yes',
      endDate: '',
      endTerm: 'Until either party ends it in writing',
    }
    ok(await saveItem(mouAdapter, created.id, cleared, created.version))
    expect(await liveValues(mouAdapter, created.id)).toEqual(cleared)
    expect(await db.mou.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      renewsId: null,
      endDate: null,
      endTerm: cleared.endTerm,
    })
    expect(await storedCounterparts(created.id)).toEqual([])
    expect(await liveValues(mouAdapter, 'no-such-mou')).toBeNull()
  })

  it('offers organizations, documents and other MOUs that are not in the trash as form choices', async () => {
    const draftOrganization = await insertCounterpart({ status: 'DRAFT', acronym: 'MRPAM' })
    const trashedOrganization = await insertCounterpart({ deletedAt: new Date() })
    const document = await insertMedia()
    const image = await insertMedia({ kind: 'IMAGE' })
    const draftMou = await insertMouRow({ status: 'DRAFT', country: 'TH', startDate: utcDate('2018-07-01') })
    const trashedMou = await insertMouRow({ deletedAt: new Date() })
    await signInAs('CONTRIBUTOR')
    const { options, pickers } = await loadFormOptions(mouAdapter)

    const counterparts = await offeredBy(pickers.counterpartIds, draftOrganization.name)
    expect(counterparts).toContainEqual({ value: draftOrganization.id, label: draftOrganization.name, hint: 'MRPAM, New Zealand' })
    expect((await offeredBy(pickers.counterpartIds, trashedOrganization.name)).map((o) => o.value)).not.toContain(trashedOrganization.id)
    expect((await offeredBy(pickers.documentIds, document.title)).map((o) => o.value)).toContain(document.id)
    expect((await offeredBy(pickers.documentIds, image.title)).map((o) => o.value)).not.toContain(image.id)
    // A select names an MOU with its country and start; a search result gives them as the hint.
    const renewable = (await offeredBy(pickers.renewsId, draftMou.subject)).find((o) => o.value === draftMou.id)
    expect(`${renewable?.label} ${renewable?.hint ?? ''}`).toMatch(/Thailand.*July 2018/)
    expect((await offeredBy(pickers.renewsId, trashedMou.subject)).map((o) => o.value)).not.toContain(trashedMou.id)
    expect(options.countries).toContainEqual({ value: 'MN', label: 'Mongolia', hint: 'MN' })
    expect(options.precisions).toEqual([
      { value: 'DAY', label: 'Exact day' },
      { value: 'MONTH', label: 'Month only' },
      { value: 'YEAR', label: 'Year only' },
    ])
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { actAs } from '../fixtures/session'
import { contributorAndEditor, createPublished, fieldErrorsOf, insertMedia, liveValues, offeredBy, ok, publish, signInAs } from '../fixtures/editorial'
import { createUser, unique } from '../fixtures/factories'
import { insertPartner } from '../fixtures/project-factories'
import { AuthorizationError } from '@/lib/auth/guards'
import { getPublishedProjectBySlug } from '@/lib/data/projects'
import { db } from '@/lib/db'
import { projectAdapter } from '@/lib/editorial/adapters/projects'
import {
  createItem,
  getItemForEdit,
  getRevisionWithChanges,
  listRevisions,
  loadFormOptions,
  saveItem,
  transitionItem,
} from '@/lib/editorial/service'
import { ProjectDraftSchema } from '@/lib/validation/projects'

// The database is shared with the other test files: every project,
// organization and document here has a unique slug or key, and assertions are
// only about rows created here.

afterEach(() => actAs(null))

/** The form values of a draft: a title and a slug, nothing a public page needs. */
function draftValues() {
  const id = unique()
  return { title: `Regional gravity compilation ${id}`, slug: `gravity-compilation-${id}` }
}

/** What publishing needs on top of a draft, with the given partners ("orgId:ROLE", comma-joined). */
function publishableValues(partners: string) {
  return {
    summary: 'A compilation of gravity data across the region.',
    projectStatus: 'ACTIVE',
    scope: 'MULTILATERAL',
    startDate: '2022-04-01',
    endDate: '2026-03-31',
    datePrecision: 'MONTH',
    countries: 'th,la',
    topics: 'Geophysics\nData management',
    outcomes: 'A regional gravity map\nAn open database',
    partners,
  }
}

/** The public page's partners as "name: role" lines, in the page's order. */
async function publicPartners(slug: string) {
  const page = await getPublishedProjectBySlug(slug)
  return page?.partnerGroups.flatMap((g) => g.organizations.map((o) => `${o.name}: ${g.role}`)) ?? null
}

describe('editing projects through the editorial core', () => {
  it('stores a contributor’s incomplete draft with its partners, documents and countries', async () => {
    const contributor = await createUser('CONTRIBUTOR')
    const [survey, ministry] = await Promise.all([insertPartner(), insertPartner({ status: 'DRAFT' })])
    const report = await insertMedia()
    actAs(contributor)
    const values = {
      ...draftValues(),
      partners: `${survey.id}:LEAD,${ministry.id}:PARTNER,${survey.id}:FUNDER`,
      documentIds: report.id,
      countries: 'th, jp',
      topics: 'Geophysics',
    }
    const created = ok(await createItem(projectAdapter, values))
    expect(created.version).toBe(1)

    const row = await db.project.findUniqueOrThrow({
      where: { id: created.id },
      include: { partners: true, documents: { select: { id: true } } },
    })
    expect(row).toMatchObject({
      title: values.title,
      slug: values.slug,
      summary: '',
      startDate: null,
      acronym: null,
      countries: ['TH', 'JP'],
      topics: ['Geophysics'],
      outcomes: [],
      status: 'DRAFT',
      publishedAt: null,
      createdById: contributor.id,
    })
    expect(row.partners.map((p) => `${p.organizationId}:${p.role}`).sort()).toEqual(
      [`${survey.id}:LEAD`, `${survey.id}:FUNDER`, `${ministry.id}:PARTNER`].sort(),
    )
    expect(row.documents).toEqual([{ id: report.id }])
    expect(await getPublishedProjectBySlug(values.slug)).toBeNull()
  })

  it('refuses a draft without a title or slug, and nobody signed out may create one', async () => {
    await signInAs('CONTRIBUTOR')
    const errors = fieldErrorsOf(await createItem(projectAdapter, { summary: 'Only a summary' }))
    expect(Object.keys(errors).sort()).toEqual(['slug', 'title'])

    actAs(null)
    await expect(createItem(projectAdapter, draftValues())).rejects.toBeInstanceOf(AuthorizationError)
  })

  it('refuses partners and documents that were deleted meanwhile, on their own fields', async () => {
    await signInAs('EDITOR')
    const [kept, trashed] = await Promise.all([insertPartner(), insertPartner({ deletedAt: new Date() })])
    const trashedDocument = await insertMedia({ deletedAt: new Date() })
    const image = await insertMedia({ kind: 'IMAGE' })

    const values = draftValues()
    const withTrashedPartner = await createItem(projectAdapter, { ...values, partners: `${kept.id}:LEAD,${trashed.id}:PARTNER` })
    expect(fieldErrorsOf(withTrashedPartner)).toEqual({
      partners: ['One of the chosen organizations no longer exists. Choose again.'],
    })
    const withMissingPartner = await createItem(projectAdapter, { ...values, partners: 'no-such-organization:LEAD' })
    expect(fieldErrorsOf(withMissingPartner).partners).toHaveLength(1)
    for (const documentId of [trashedDocument.id, image.id, 'no-such-document']) {
      const result = await createItem(projectAdapter, { ...values, documentIds: documentId })
      expect(fieldErrorsOf(result)).toEqual({ documentIds: ['One of the chosen documents no longer exists. Choose again.'] })
    }
    // Nothing was written: the slug is still free.
    expect(await db.project.count({ where: { slug: values.slug } })).toBe(0)
  })

  it('publishes only a complete project, which the public page then shows with its partners', async () => {
    const { contributor, editor } = await contributorAndEditor()
    const [lead, partner] = await Promise.all([insertPartner(), insertPartner()])
    actAs(contributor)
    const values = draftValues()
    const created = ok(await createItem(projectAdapter, values))

    actAs(editor)
    const refused = fieldErrorsOf(await transitionItem(projectAdapter, created.id, 'PUBLISH', created.version))
    expect(refused).toMatchObject({
      summary: [expect.stringMatching(/^Enter a summary/)],
      startDate: ['Enter the start date'],
      partners: ['Choose at least one partner organization'],
    })
    expect(await getPublishedProjectBySlug(values.slug)).toBeNull()

    actAs(contributor)
    const complete = { ...values, ...publishableValues(`${lead.id}:LEAD,${partner.id}:PARTNER,${lead.id}:FUNDER`) }
    const completed = ok(await saveItem(projectAdapter, created.id, complete, created.version))
    expect(await transitionItem(projectAdapter, created.id, 'PUBLISH', completed.version)).toMatchObject({
      ok: false,
      reason: 'forbidden',
    })

    actAs(editor)
    await publish(projectAdapter, created.id, completed.version)
    const page = await getPublishedProjectBySlug(values.slug)
    expect(page).toMatchObject({
      id: created.id,
      title: values.title,
      summary: complete.summary,
      projectStatus: 'ACTIVE',
      scope: 'MULTILATERAL',
      startDate: new Date('2022-04-01T00:00:00Z'),
      endDate: new Date('2026-03-31T00:00:00Z'),
      datePrecision: 'MONTH',
      countries: ['TH', 'LA'],
      topics: ['Geophysics', 'Data management'],
      outcomes: ['A regional gravity map', 'An open database'],
    })
    expect(await publicPartners(values.slug)).toEqual([`${lead.name}: LEAD`, `${partner.name}: PARTNER`, `${lead.name}: FUNDER`])
  })

  it('keeps the public page unchanged by an edit of a published project until it is published again', async () => {
    await signInAs('EDITOR')
    const [lead, funder, newcomer] = await Promise.all([insertPartner(), insertPartner(), insertPartner()])
    const values = { ...draftValues(), ...publishableValues(`${lead.id}:LEAD,${funder.id}:FUNDER`) }
    const { created, published } = await createPublished(projectAdapter, values)

    const retitled = `Gravity and magnetics compilation ${unique()}`
    const edit = { ...values, title: retitled, projectStatus: 'COMPLETED', partners: `${newcomer.id}:LEAD` }
    const saved = ok(await saveItem(projectAdapter, created.id, edit, published.version))

    expect(await getPublishedProjectBySlug(values.slug)).toMatchObject({ title: values.title, projectStatus: 'ACTIVE' })
    expect(await publicPartners(values.slug)).toEqual([`${lead.name}: LEAD`, `${funder.name}: FUNDER`])
    const working = await getItemForEdit(projectAdapter, created.id)
    expect(working?.state.pendingDraft).not.toBeNull()
    expect(working?.values).toMatchObject({ title: retitled, projectStatus: 'COMPLETED', partners: `${newcomer.id}:LEAD` })

    await publish(projectAdapter, created.id, saved.version)
    expect(await getPublishedProjectBySlug(values.slug)).toMatchObject({ title: retitled, projectStatus: 'COMPLETED' })
    expect(await publicPartners(values.slug)).toEqual([`${newcomer.name}: LEAD`])
    expect((await getItemForEdit(projectAdapter, created.id))?.state.pendingDraft).toBeNull()
  })

  it('names partners, documents and countries in the history instead of their ids and codes', async () => {
    await signInAs('EDITOR')
    const [lead, funder] = await Promise.all([insertPartner(), insertPartner()])
    const report = await insertMedia()
    const values = { ...draftValues(), partners: `${lead.id}:LEAD`, countries: 'TH' }
    const created = ok(await createItem(projectAdapter, values))
    const changed = { ...values, partners: `${lead.id}:LEAD,${funder.id}:FUNDER`, documentIds: report.id, countries: 'TH,VN' }
    ok(await saveItem(projectAdapter, created.id, changed, created.version))

    const [latest] = await listRevisions(projectAdapter, created.id)
    const revision = await getRevisionWithChanges(projectAdapter, created.id, latest!.id)
    expect(revision?.changes).toEqual([
      { name: 'countries', label: 'Countries taking part', before: 'Thailand', after: 'Thailand, Vietnam', long: undefined },
      {
        name: 'partners',
        label: 'Partners',
        before: `${lead.name} (lead)`,
        after: `${lead.name} (lead), ${funder.name} (funder)`,
        long: undefined,
      },
      { name: 'documentIds', label: 'Documents', before: '', after: report.title, long: undefined },
    ])

    const described = await db.$transaction((tx) =>
      projectAdapter.describe!(tx, { ...projectAdapter.toFormValues(ProjectDraftSchema.parse(changed)), partners: 'gone:PARTNER' }),
    )
    expect(described).toMatchObject({
      title: values.title,
      partners: '(deleted organization gone) (partner)',
      documentIds: report.title,
      countries: 'Thailand, Vietnam',
      datePrecision: 'Exact day',
    })
  })

  it('reads the stored columns and relations back as the form values they were saved from', async () => {
    await signInAs('EDITOR')
    const [lead, partner] = await Promise.all([insertPartner(), insertPartner()])
    const documents = (await Promise.all([insertMedia(), insertMedia()])).sort((a, b) => (a.id < b.id ? -1 : 1))
    const values = {
      ...draftValues(),
      ...publishableValues(`${lead.id}:LEAD,${partner.id}:PARTNER,${lead.id}:FUNDER`),
      acronym: 'RGC',
      body: 'First paragraph.\n\nSecond paragraph.',
      phase: 'Phase II',
      fundingSource: 'Regional cooperation fund',
      documentIds: documents.map((d) => d.id).join(','),
    }
    const canonical = projectAdapter.toFormValues(ProjectDraftSchema.parse(values))
    const created = ok(await createItem(projectAdapter, values))
    const live = await liveValues(projectAdapter, created.id)
    expect(live).toEqual(canonical)
    expect(projectAdapter.toFormValues(ProjectDraftSchema.parse(live))).toEqual(live)

    // Clearing the optional fields of a draft clears the columns and relations too.
    const cleared = { ...values, acronym: '', endDate: '', phase: '', fundingSource: '', partners: '', documentIds: '', countries: '' }
    ok(await saveItem(projectAdapter, created.id, cleared, created.version))
    expect(await liveValues(projectAdapter, created.id)).toEqual(projectAdapter.toFormValues(ProjectDraftSchema.parse(cleared)))
    expect(
      await db.project.findUniqueOrThrow({
        where: { id: created.id },
        select: { acronym: true, endDate: true, phase: true, fundingSource: true, countries: true, partners: true, documents: true },
      }),
    ).toEqual({ acronym: null, endDate: null, phase: null, fundingSource: null, countries: [], partners: [], documents: [] })
    expect(await liveValues(projectAdapter, 'no-such-project')).toBeNull()
  })

  it('offers organizations and documents that are not in the trash, with readable names, as form choices', async () => {
    await signInAs('CONTRIBUTOR')
    const [published, draft, trashed] = await Promise.all([
      insertPartner({ acronym: 'TS' }),
      insertPartner({ status: 'DRAFT' }),
      insertPartner({ deletedAt: new Date() }),
    ])
    const [report, trashedReport, image] = await Promise.all([
      insertMedia(),
      insertMedia({ deletedAt: new Date() }),
      insertMedia({ kind: 'IMAGE' }),
    ])
    const { options, pickers } = await loadFormOptions(projectAdapter)
    const organizationIds = options.organizations?.map((o) => o.value) ?? []
    expect(organizationIds).toEqual(expect.arrayContaining([published.id, draft.id]))
    expect(organizationIds).not.toContain(trashed.id)
    expect(options.organizations).toContainEqual({ value: published.id, label: published.name, hint: 'TS, Thailand' })

    const documents = await offeredBy(pickers.documentIds, report.title)
    expect(documents.find((o) => o.value === report.id)?.label).toBe(report.title)
    expect((await offeredBy(pickers.documentIds, trashedReport.title)).map((o) => o.value)).not.toContain(trashedReport.id)
    expect((await offeredBy(pickers.documentIds, image.title)).map((o) => o.value)).not.toContain(image.id)

    expect(options.roles).toEqual([
      { value: 'LEAD', label: 'Lead' },
      { value: 'PARTNER', label: 'Partner' },
      { value: 'FUNDER', label: 'Funder' },
    ])
    expect(options.countries).toContainEqual({ value: 'LA', label: 'Laos', hint: 'LA' })
  })
})

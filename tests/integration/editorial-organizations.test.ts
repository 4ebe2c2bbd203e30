import { afterEach, describe, expect, it } from 'vitest'
import { actAs } from '../fixtures/session'
import { contributorAndEditor, createPublished, fieldErrorsOf, liveValues, ok, publish, signInAs } from '../fixtures/editorial'
import { unique } from '../fixtures/factories'
import { insertMou } from '../fixtures/organization-factories'
import { AuthorizationError } from '@/lib/auth/guards'
import { getPublishedOrganizationBySlug } from '@/lib/data/organizations'
import { db } from '@/lib/db'
import { organizationAdapter } from '@/lib/editorial/adapters/organizations'
import {
  createItem,
  getItemForEdit,
  getRevisionWithChanges,
  listRevisions,
  loadFormOptions,
  saveItem,
  transitionItem,
} from '@/lib/editorial/service'
import { OrganizationDraftSchema } from '@/lib/validation/organizations'

// The database is shared with the other test files: every organization here
// has a unique slug, and assertions are only about rows created here.

afterEach(() => actAs(null))

/** The form values of a draft: what identifies the organization, nothing more. */
function draftValues() {
  const id = unique()
  return {
    name: `Geological Survey of Finland ${id}`,
    acronym: '',
    slug: `gtk-${id}`,
    kind: 'GEOLOGICAL_SURVEY',
    country: 'FI',
    website: '',
    logoUrl: '',
    description: '',
    nativeName: '',
    nativeNameLang: '',
    romanizedName: '',
  }
}

const description = 'The national geological survey of Finland, a partner in Arctic bedrock mapping.'

describe('editing organizations through the editorial core', () => {
  it('stores a contributor’s incomplete draft with blank optional fields as NULL', async () => {
    const contributor = await signInAs('CONTRIBUTOR')
    const values = draftValues()
    const created = ok(await createItem(organizationAdapter, { ...values, country: 'fi' }))
    expect(created.version).toBe(1)

    const row = await db.organization.findUniqueOrThrow({ where: { id: created.id } })
    expect(row).toMatchObject({
      name: values.name,
      slug: values.slug,
      kind: 'GEOLOGICAL_SURVEY',
      country: 'FI',
      acronym: null,
      website: null,
      logoUrl: null,
      description: '',
      status: 'DRAFT',
      publishedAt: null,
      createdById: contributor.id,
    })
    expect(await getPublishedOrganizationBySlug(values.slug)).toBeNull()
  })

  it('refuses a draft without its name, slug, type or country, and a slug already in use', async () => {
    await signInAs('CONTRIBUTOR')
    const errors = fieldErrorsOf(await createItem(organizationAdapter, { description: 'Only a description' }))
    expect(Object.keys(errors).sort()).toEqual(['country', 'kind', 'name', 'slug'])

    const first = draftValues()
    ok(await createItem(organizationAdapter, first))
    expect(await createItem(organizationAdapter, { ...draftValues(), slug: first.slug })).toEqual({
      ok: false,
      reason: 'slug-taken',
    })
  })

  it('lets nobody signed out create an organization, and no contributor publish one', async () => {
    actAs(null)
    await expect(createItem(organizationAdapter, draftValues())).rejects.toBeInstanceOf(AuthorizationError)

    await signInAs('CONTRIBUTOR')
    const created = ok(await createItem(organizationAdapter, { ...draftValues(), description }))
    const refused = await transitionItem(organizationAdapter, created.id, 'PUBLISH', created.version)
    expect(refused).toMatchObject({ ok: false, reason: 'forbidden' })
    expect((await db.organization.findUniqueOrThrow({ where: { id: created.id } })).status).toBe('DRAFT')
  })

  it('publishes only a complete organization, which the public page then shows with its agreements', async () => {
    const { contributor, editor } = await contributorAndEditor()
    actAs(contributor)
    const values = draftValues()
    const created = ok(await createItem(organizationAdapter, values))

    actAs(editor)
    const refused = await transitionItem(organizationAdapter, created.id, 'PUBLISH', created.version)
    expect(fieldErrorsOf(refused)).toEqual({
      description: ["Enter a description of at least 20 characters: the partner's public page shows it"],
    })
    expect(await getPublishedOrganizationBySlug(values.slug)).toBeNull()

    actAs(contributor)
    const completed = ok(
      await saveItem(
        organizationAdapter,
        created.id,
        { ...values, acronym: 'GTK', website: 'https://www.gtk.fi', logoUrl: '/media/gtk/w400.webp', description },
        created.version,
      ),
    )
    const mou = await insertMou([created.id], { subject: `Cooperation in Arctic mapping ${unique()}` })

    actAs(editor)
    const published = await publish(organizationAdapter, created.id, completed.version)
    expect(published.version).toBe(completed.version + 1)

    const page = await getPublishedOrganizationBySlug(values.slug)
    expect(page).toMatchObject({
      id: created.id,
      name: values.name,
      acronym: 'GTK',
      kind: 'GEOLOGICAL_SURVEY',
      country: 'FI',
      website: 'https://www.gtk.fi',
      logoUrl: '/media/gtk/w400.webp',
      description,
    })
    expect(page?.mous.map((m) => m.subject)).toEqual([mou.subject])
  })

  it('keeps the public page unchanged by an edit of a published organization until it is published again', async () => {
    await signInAs('EDITOR')
    const values = { ...draftValues(), acronym: 'GTK', description }
    const { created, published } = await createPublished(organizationAdapter, values)

    const renamed = `Geologian tutkimuskeskus ${unique()}`
    const edit = { ...values, name: renamed, acronym: '', country: 'SE', description: `${description} Now also in Sweden.` }
    const saved = ok(await saveItem(organizationAdapter, created.id, edit, published.version))

    const before = await getPublishedOrganizationBySlug(values.slug)
    expect(before).toMatchObject({ name: values.name, acronym: 'GTK', country: 'FI', description })
    const working = await getItemForEdit(organizationAdapter, created.id)
    expect(working?.state.pendingDraft).not.toBeNull()
    expect(working?.values).toMatchObject({ name: renamed, acronym: '', country: 'SE' })

    await publish(organizationAdapter, created.id, saved.version)
    const after = await getPublishedOrganizationBySlug(values.slug)
    expect(after).toMatchObject({ name: renamed, acronym: null, country: 'SE', description: edit.description })
    expect((await getItemForEdit(organizationAdapter, created.id))?.state.pendingDraft).toBeNull()
  })

  it('names the type and the country in the history instead of their codes', async () => {
    await signInAs('EDITOR')
    const values = { ...draftValues(), kind: 'UNIVERSITY', country: 'FI' }
    const created = ok(await createItem(organizationAdapter, values))
    ok(
      await saveItem(organizationAdapter, created.id, { ...values, kind: 'RESEARCH_INSTITUTE', country: 'SE' }, created.version),
    )

    const [latest] = await listRevisions(organizationAdapter, created.id)
    const revision = await getRevisionWithChanges(organizationAdapter, created.id, latest!.id)
    expect(revision?.changes).toEqual([
      { name: 'kind', label: 'Type of organization', before: 'University', after: 'Research institute', long: undefined },
      { name: 'country', label: 'Country', before: 'Finland', after: 'Sweden', long: undefined },
    ])

    const described = await db.$transaction((tx) => organizationAdapter.describe!(tx, { ...values, kind: 'MINISTRY', country: 'JP' }))
    expect(described).toMatchObject({ name: values.name, kind: 'Ministry or government department', country: 'Japan' })
  })

  it('reads the stored columns back as the form values they were saved from', async () => {
    await signInAs('EDITOR')
    const values = {
      ...draftValues(),
      acronym: 'GTK',
      website: 'https://www.gtk.fi',
      logoUrl: 'https://www.gtk.fi/logo.svg',
      description: `${description}\n\nSecond paragraph.`,
    }
    const created = ok(await createItem(organizationAdapter, values))
    const live = await liveValues(organizationAdapter, created.id)
    expect(live).toEqual(values)
    const input = OrganizationDraftSchema.parse(live)
    expect(organizationAdapter.toFormValues(input)).toEqual(live)

    // Clearing the optional fields of a draft clears the columns too.
    const cleared = { ...values, acronym: '', website: '', logoUrl: '' }
    ok(await saveItem(organizationAdapter, created.id, cleared, created.version))
    expect(await liveValues(organizationAdapter, created.id)).toEqual(cleared)
    expect(await db.organization.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      acronym: null,
      website: null,
      logoUrl: null,
    })
    expect(await liveValues(organizationAdapter, 'no-such-organization')).toBeNull()
  })

  it('offers every type and country, with readable names, as form choices', async () => {
    await signInAs('CONTRIBUTOR')
    const { options } = await loadFormOptions(organizationAdapter)
    expect(options.kinds?.map((o) => o.value)).toEqual([
      'GEOLOGICAL_SURVEY',
      'MINISTRY',
      'UNIVERSITY',
      'RESEARCH_INSTITUTE',
      'INTERGOVERNMENTAL',
      'ASSOCIATION',
      'PROGRAMME',
      'COMPANY',
    ])
    expect(options.kinds?.[0]?.label).toBe('Geological survey')
    expect(options.countries).toContainEqual({ value: 'FI', label: 'Finland', hint: 'FI' })
    const labels = options.countries?.map((o) => o.label) ?? []
    expect(labels.length).toBeGreaterThan(240)
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })))
  })
})

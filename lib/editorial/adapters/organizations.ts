import 'server-only'
import type { ContentAdapter, FormValues, Option } from '@/lib/editorial/types'
import { isCountryCode, listCountryCodes } from '@/lib/countries'
import { organizationKindLabels } from '@/lib/labels/organization'
import { OrganizationKind } from '@/lib/generated/prisma/enums'
import { countryName } from '@/lib/utils'
import {
  type OrganizationInput,
  OrganizationDraftSchema,
  OrganizationPublishSchema,
  organizationToFormValues,
} from '@/lib/validation/organizations'

const byLabel = new Intl.Collator('en', { sensitivity: 'base' }).compare

function isOrganizationKind(value: unknown): value is OrganizationKind {
  return typeof value === 'string' && Object.hasOwn(organizationKindLabels, value)
}

/** "Geological survey" for GEOLOGICAL_SURVEY; anything unexpected is shown as it is. */
function kindLabel(value: unknown): string {
  if (isOrganizationKind(value)) return organizationKindLabels[value]
  return typeof value === 'string' ? value : ''
}

/** "Japan" for JP; a blank or unknown code is shown as it is. */
function countryLabel(value: unknown): string {
  if (typeof value !== 'string') return ''
  return isCountryCode(value) ? countryName(value) : value
}

function columns(input: OrganizationInput) {
  return {
    name: input.name,
    slug: input.slug,
    acronym: input.acronym ?? null,
    kind: input.kind,
    country: input.country,
    website: input.website ?? null,
    logoUrl: input.logoUrl ?? null,
    description: input.description,
  }
}

/** Every country the form offers, by English name; the code is the hint so "JP" finds Japan too. */
function countryOptions(): Option[] {
  return listCountryCodes()
    .map((code) => ({ value: code, label: countryName(code), hint: code }))
    .sort((a, b) => byLabel(a.label, b.label))
}

/** The kinds in the schema's order, which groups related kinds (survey, ministry, university…). */
function kindOptions(): Option[] {
  return Object.values(OrganizationKind).map((kind) => ({ value: kind, label: organizationKindLabels[kind] }))
}

export const organizationAdapter: ContentAdapter<OrganizationInput> = {
  type: 'ORGANIZATION',
  segment: 'organizations',
  noun: 'organization',
  nounPlural: 'organizations',
  model: 'organization',
  titleField: 'name',
  searchFields: ['name', 'acronym', 'slug'],
  listColumns: [
    { field: 'kind', label: 'Type', render: kindLabel, sortable: true },
    { field: 'country', label: 'Country', render: countryLabel, sortable: true },
  ],
  fields: [
    { name: 'name', label: 'Name' },
    { name: 'acronym', label: 'Acronym' },
    { name: 'slug', label: 'Slug' },
    { name: 'kind', label: 'Type of organization' },
    { name: 'country', label: 'Country' },
    { name: 'website', label: 'Website' },
    { name: 'logoUrl', label: 'Logo address' },
    { name: 'description', label: 'Description', long: true },
  ],
  draftSchema: OrganizationDraftSchema,
  publishSchema: OrganizationPublishSchema,
  toFormValues: organizationToFormValues,
  titleOf: (input) => input.name,
  publicPath: (slug) => `/organizations/${slug}`,

  async readLive(tx, id) {
    const row = await tx.organization.findUnique({
      where: { id },
      select: {
        name: true,
        slug: true,
        acronym: true,
        kind: true,
        country: true,
        website: true,
        logoUrl: true,
        description: true,
      },
    })
    if (!row) return null
    return organizationToFormValues({
      ...row,
      acronym: row.acronym ?? undefined,
      website: row.website ?? undefined,
      logoUrl: row.logoUrl ?? undefined,
    })
  },

  async create(tx, input, { userId }) {
    return tx.organization.create({
      data: { ...columns(input), createdById: userId, updatedById: userId },
      select: { id: true },
    })
  },

  async update(tx, id, input) {
    await tx.organization.update({ where: { id }, data: columns(input) })
  },

  async loadOptions(tx) {
    // Uploaded images are offered as logo suggestions; the largest resized
    // copy is the one a logo is shown from.
    const images = await tx.media.findMany({
      where: { kind: 'IMAGE', deletedAt: null },
      select: { key: true, title: true, variants: true },
      orderBy: { createdAt: 'desc' },
      take: 500,
    })
    return {
      kinds: kindOptions(),
      countries: countryOptions(),
      images: images
        .filter((m) => m.variants.length > 0)
        .map((m) => ({ value: `/media/${m.key}/w${Math.max(...m.variants)}.webp`, label: m.title })),
    }
  },

  // Kinds and countries are stored as codes; the history and the conflict
  // message show what the form showed.
  async describe(_tx, values: FormValues) {
    return {
      ...values,
      ...(values.kind !== undefined ? { kind: kindLabel(values.kind) } : {}),
      ...(values.country !== undefined ? { country: countryLabel(values.country) } : {}),
    }
  },
}

import 'server-only'
import { codeOptions, countryLabel, countryOptions, describeFields, imageOptions, labelOf } from '@/lib/editorial/options'
import type { ContentAdapter, FormValues } from '@/lib/editorial/types'
import { OrganizationKind } from '@/lib/generated/prisma/enums'
import { organizationKindLabels } from '@/lib/labels/organization'
import {
  NATIVE_NAME_LANGUAGES,
  type OrganizationInput,
  OrganizationDraftSchema,
  OrganizationPublishSchema,
  organizationToFormValues,
} from '@/lib/validation/organizations'

/** "Japanese (ja)" for ja, as the form's language choice reads; anything unexpected is shown as it is. */
function nativeNameLangLabel(value: unknown): string {
  if (typeof value !== 'string' || value === '') return ''
  return Object.hasOwn(NATIVE_NAME_LANGUAGES, value)
    ? `${NATIVE_NAME_LANGUAGES[value as keyof typeof NATIVE_NAME_LANGUAGES]} (${value})`
    : value
}

/** "Geological survey" for GEOLOGICAL_SURVEY; anything unexpected is shown as it is. */
function kindLabel(value: unknown): string {
  return labelOf(organizationKindLabels, value)
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
    nativeName: input.nativeName ?? null,
    nativeNameLang: input.nativeNameLang ?? null,
    romanizedName: input.romanizedName ?? null,
  }
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
    { name: 'nativeName', label: 'Name in its own language' },
    { name: 'nativeNameLang', label: 'Language of that name' },
    { name: 'romanizedName', label: 'Romanized name' },
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
        nativeName: true,
        nativeNameLang: true,
        romanizedName: true,
      },
    })
    if (!row) return null
    return organizationToFormValues({
      ...row,
      acronym: row.acronym ?? undefined,
      website: row.website ?? undefined,
      logoUrl: row.logoUrl ?? undefined,
      nativeName: row.nativeName ?? undefined,
      // A tag outside the form's list (from an import) is shown as it is stored.
      nativeNameLang: (row.nativeNameLang ?? undefined) as OrganizationInput['nativeNameLang'],
      romanizedName: row.romanizedName ?? undefined,
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
    return {
      // The kinds in the schema's order, which groups related kinds (survey, ministry, university…).
      kinds: codeOptions(Object.values(OrganizationKind), organizationKindLabels),
      countries: countryOptions(),
      nativeNameLangs: Object.entries(NATIVE_NAME_LANGUAGES).map(([value, label]) => ({ value, label, hint: value })),
      // Uploaded images are offered as logo suggestions.
      images: await imageOptions(tx),
    }
  },

  // Kinds and countries are stored as codes; the history and the conflict
  // message show what the form showed.
  async describe(_tx, values: FormValues) {
    return describeFields(values, { kind: kindLabel, country: countryLabel, nativeNameLang: nativeNameLangLabel })
  },
}

import 'server-only'
import { isCountryCode, listCountryCodes } from '@/lib/countries'
import { FieldValidationError } from '@/lib/editorial/errors'
import type { ContentAdapter, FormValues, Option, Tx } from '@/lib/editorial/types'
import { DatePrecision, PartnerRole, ProjectScope, ProjectStatus } from '@/lib/generated/prisma/enums'
import { projectPartnerRoleLabels, projectScopeLabels, projectStatusLabels } from '@/lib/labels/project'
import { countryName, formatDate } from '@/lib/utils'
import {
  type ProjectInput,
  ProjectDraftSchema,
  ProjectPublishSchema,
  projectToFormValues,
} from '@/lib/validation/projects'

const byLabel = new Intl.Collator('en', { sensitivity: 'base' }).compare

/** How the form names the precision of a project's dates. */
const datePrecisionLabels: Record<DatePrecision, string> = {
  DAY: 'Exact day',
  MONTH: 'Month only',
  YEAR: 'Year only',
}

/** The label of a stored code, or the value as it is when it is not one of the codes. */
function labelOf(labels: Readonly<Record<string, string>>, value: unknown): string {
  if (typeof value !== 'string') return ''
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value
}

function choices<K extends string>(values: readonly K[], labels: Record<K, string>): Option[] {
  return values.map((value) => ({ value, label: labels[value] }))
}

function splitIds(value: string | undefined): string[] {
  return (value ?? '').split(',').map((id) => id.trim()).filter(Boolean)
}

async function organizationNames(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await tx.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
  return new Map(rows.map((r) => [r.id, r.name]))
}

async function documentTitles(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await tx.media.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })
  return new Map(rows.map((r) => [r.id, r.title]))
}

/**
 * Refuses partners and documents that were deleted (or trashed) after the
 * form was loaded. The schema cannot know this, and a foreign key error would
 * not say which choice is wrong.
 */
async function checkRelations(tx: Tx, input: ProjectInput) {
  const organizationIds = [...new Set(input.partners.map((p) => p.organizationId))]
  if (organizationIds.length > 0) {
    const found = await tx.organization.count({ where: { id: { in: organizationIds }, deletedAt: null } })
    if (found !== organizationIds.length)
      throw new FieldValidationError('partners', 'One of the chosen organizations no longer exists. Choose again.')
  }
  if (input.documentIds.length > 0) {
    const found = await tx.media.count({ where: { id: { in: input.documentIds }, kind: 'DOCUMENT', deletedAt: null } })
    if (found !== input.documentIds.length)
      throw new FieldValidationError('documentIds', 'One of the chosen documents no longer exists. Choose again.')
  }
}

// The status and scope columns have database defaults, so a draft saved
// without them is stored with the defaults (undefined leaves a column to its
// default on create and unchanged on update).
function columns(input: ProjectInput) {
  return {
    title: input.title,
    acronym: input.acronym ?? null,
    slug: input.slug,
    summary: input.summary,
    body: input.body,
    projectStatus: input.projectStatus,
    scope: input.scope,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    datePrecision: input.datePrecision,
    phase: input.phase ?? null,
    fundingSource: input.fundingSource ?? null,
    countries: input.countries,
    topics: input.topics,
    outcomes: input.outcomes,
  }
}

/** Every country by English name; the code is the hint so that filtering for "JP" finds Japan too. */
function countryOptions(): Option[] {
  return listCountryCodes()
    .map((code) => ({ value: code, label: countryName(code), hint: code }))
    .sort((a, b) => byLabel(a.label, b.label))
}

export const projectAdapter: ContentAdapter<ProjectInput> = {
  type: 'PROJECT',
  segment: 'projects',
  noun: 'project',
  nounPlural: 'projects',
  model: 'project',
  titleField: 'title',
  searchFields: ['title', 'acronym', 'slug', 'summary'],
  listColumns: [
    {
      field: 'projectStatus',
      label: 'Project status',
      render: (value) => labelOf(projectStatusLabels, value),
      sortable: true,
    },
    {
      field: 'startDate',
      label: 'Start',
      render: (value) => (value instanceof Date ? formatDate(value) : '—'),
      sortable: true,
    },
  ],
  fields: [
    { name: 'title', label: 'Title' },
    { name: 'acronym', label: 'Acronym' },
    { name: 'slug', label: 'Slug' },
    { name: 'summary', label: 'Summary', long: true },
    { name: 'body', label: 'Description', long: true },
    { name: 'projectStatus', label: 'Project status' },
    { name: 'scope', label: 'Scope' },
    { name: 'startDate', label: 'Start date' },
    { name: 'endDate', label: 'End date' },
    { name: 'datePrecision', label: 'Dates known to' },
    { name: 'phase', label: 'Phase' },
    { name: 'fundingSource', label: 'Funding source' },
    { name: 'countries', label: 'Countries taking part' },
    { name: 'topics', label: 'Topics', long: true },
    { name: 'outcomes', label: 'Outcomes and deliverables', long: true },
    { name: 'partners', label: 'Partners' },
    { name: 'documentIds', label: 'Documents' },
  ],
  draftSchema: ProjectDraftSchema,
  publishSchema: ProjectPublishSchema,
  toFormValues: projectToFormValues,
  titleOf: (input) => input.title,
  publicPath: (slug) => `/projects/${slug}`,

  async readLive(tx, id) {
    const row = await tx.project.findUnique({
      where: { id },
      select: {
        title: true,
        acronym: true,
        slug: true,
        summary: true,
        body: true,
        projectStatus: true,
        scope: true,
        startDate: true,
        endDate: true,
        datePrecision: true,
        phase: true,
        fundingSource: true,
        countries: true,
        topics: true,
        outcomes: true,
        // The table keeps no order of partners: read them as the public page
        // groups them, by role (lead, partner, funder) and then by name.
        partners: {
          select: { organizationId: true, role: true },
          orderBy: [{ role: 'asc' }, { organization: { name: 'asc' } }, { organizationId: 'asc' }],
        },
        documents: { select: { id: true }, orderBy: { id: 'asc' } },
      },
    })
    if (!row) return null
    return projectToFormValues({
      ...row,
      acronym: row.acronym ?? undefined,
      startDate: row.startDate ?? undefined,
      endDate: row.endDate ?? undefined,
      phase: row.phase ?? undefined,
      fundingSource: row.fundingSource ?? undefined,
      documentIds: row.documents.map((d) => d.id),
    })
  },

  async create(tx, input, { userId }) {
    await checkRelations(tx, input)
    return tx.project.create({
      data: {
        ...columns(input),
        createdById: userId,
        updatedById: userId,
        partners: { createMany: { data: input.partners } },
        documents: { connect: input.documentIds.map((id) => ({ id })) },
      },
      select: { id: true },
    })
  },

  async update(tx, id, input) {
    await checkRelations(tx, input)
    await tx.project.update({
      where: { id },
      data: { ...columns(input), documents: { set: input.documentIds.map((documentId) => ({ id: documentId })) } },
    })
    await tx.projectPartner.deleteMany({ where: { projectId: id } })
    if (input.partners.length > 0)
      await tx.projectPartner.createMany({ data: input.partners.map((p) => ({ projectId: id, ...p })) })
  },

  async loadOptions(tx) {
    const [organizations, documents] = await Promise.all([
      tx.organization.findMany({
        where: { deletedAt: null },
        select: { id: true, name: true, acronym: true, country: true },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
      tx.media.findMany({
        where: { kind: 'DOCUMENT', deletedAt: null },
        select: { id: true, title: true, fileName: true },
        orderBy: [{ title: 'asc' }, { id: 'asc' }],
        take: 1000,
      }),
    ])
    return {
      organizations: organizations.map((o) => ({
        value: o.id,
        label: o.name,
        hint: [o.acronym, countryName(o.country)].filter(Boolean).join(', '),
      })),
      documents: documents.map((d) => ({ value: d.id, label: d.title, hint: d.fileName })),
      countries: countryOptions(),
      statuses: choices(Object.values(ProjectStatus), projectStatusLabels),
      scopes: choices(Object.values(ProjectScope), projectScopeLabels),
      roles: choices(Object.values(PartnerRole), projectPartnerRoleLabels),
      precisions: choices(Object.values(DatePrecision), datePrecisionLabels),
    }
  },

  // Partners, documents and countries are stored as ids and codes; the
  // history and the conflict message show names, as the form does.
  async describe(tx, values: FormValues) {
    const partners = splitIds(values.partners).map((item) => {
      const colon = item.lastIndexOf(':')
      return colon === -1 ? { id: item, role: '' } : { id: item.slice(0, colon), role: item.slice(colon + 1) }
    })
    const documentIds = splitIds(values.documentIds)
    const [organizations, documents] = await Promise.all([
      organizationNames(tx, [...new Set(partners.map((p) => p.id))]),
      documentTitles(tx, documentIds),
    ])
    const described: FormValues = { ...values }
    if (values.partners !== undefined)
      described.partners = partners
        .map((p) => {
          const name = organizations.get(p.id) ?? `(deleted organization ${p.id})`
          return p.role ? `${name} (${labelOf(projectPartnerRoleLabels, p.role).toLowerCase()})` : name
        })
        .join(', ')
    if (values.documentIds !== undefined)
      described.documentIds = documentIds.map((id) => documents.get(id) ?? `(deleted document ${id})`).join(', ')
    if (values.countries !== undefined)
      described.countries = splitIds(values.countries)
        .map((code) => (isCountryCode(code) ? countryName(code) : code))
        .join(', ')
    if (values.projectStatus !== undefined) described.projectStatus = labelOf(projectStatusLabels, values.projectStatus)
    if (values.scope !== undefined) described.scope = labelOf(projectScopeLabels, values.scope)
    if (values.datePrecision !== undefined) described.datePrecision = labelOf(datePrecisionLabels, values.datePrecision)
    return described
  },
}

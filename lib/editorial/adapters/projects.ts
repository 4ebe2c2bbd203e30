import 'server-only'
import {
  codeOptions,
  countryLabel,
  countryOptions,
  datePrecisionLabels,
  datePrecisionOptions,
  describeFields,
  describeIds,
  documentOptions,
  labelOf,
  namesById,
  organizationOptions,
  requireLiveRows,
  splitIds,
} from '@/lib/editorial/options'
import type { ContentAdapter, FormValues, Tx } from '@/lib/editorial/types'
import { PartnerRole, ProjectScope, ProjectStatus } from '@/lib/generated/prisma/enums'
import { projectPartnerRoleLabels, projectScopeLabels, projectStatusLabels } from '@/lib/labels/project'
import { formatDate } from '@/lib/utils'
import {
  type ProjectInput,
  ProjectDraftSchema,
  ProjectPublishSchema,
  projectToFormValues,
} from '@/lib/validation/projects'

/**
 * Refuses partners and documents that were deleted (or trashed) after the
 * form was loaded, each on its own field.
 */
async function checkRelations(tx: Tx, input: ProjectInput) {
  const partnerIds = input.partners.map((p) => p.organizationId)
  await requireLiveRows(tx, 'organization', partnerIds, {
    field: 'partners',
    message: 'One of the chosen organizations no longer exists. Choose again.',
  })
  await requireLiveRows(tx, 'document', input.documentIds, {
    field: 'documentIds',
    message: 'One of the chosen documents no longer exists. Choose again.',
  })
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
    return {
      // Every organization: each partner row offers them in a select.
      organizations: await organizationOptions(tx, { withCountry: true }),
      countries: countryOptions(),
      statuses: codeOptions(Object.values(ProjectStatus), projectStatusLabels),
      scopes: codeOptions(Object.values(ProjectScope), projectScopeLabels),
      roles: codeOptions(Object.values(PartnerRole), projectPartnerRoleLabels),
      precisions: datePrecisionOptions(datePrecisionLabels),
    }
  },

  pickers: {
    documentIds: { source: 'documents', list: documentOptions },
  },

  // Partners, documents and countries are stored as ids and codes; the
  // history and the conflict message show names, as the form does.
  async describe(tx, values: FormValues) {
    const partners = splitIds(values.partners).map((item) => {
      const colon = item.lastIndexOf(':')
      return colon === -1 ? { id: item, role: '' } : { id: item.slice(0, colon), role: item.slice(colon + 1) }
    })
    const [organizations, documents] = await Promise.all([
      namesById(tx, 'organization', [...new Set(partners.map((p) => p.id))]),
      describeIds(tx, 'document', splitIds(values.documentIds)),
    ])
    const described = describeFields(values, {
      countries: (value) => splitIds(value).map(countryLabel).join(', '),
      projectStatus: (value) => labelOf(projectStatusLabels, value),
      scope: (value) => labelOf(projectScopeLabels, value),
      datePrecision: (value) => labelOf(datePrecisionLabels, value),
    })
    if (values.partners !== undefined)
      described.partners = partners
        .map((p) => {
          const name = organizations.get(p.id) ?? `(deleted organization ${p.id})`
          return p.role ? `${name} (${labelOf(projectPartnerRoleLabels, p.role).toLowerCase()})` : name
        })
        .join(', ')
    if (values.documentIds !== undefined) described.documentIds = documents
    return described
  },
}

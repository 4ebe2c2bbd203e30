import 'server-only'
import {
  codeOptions,
  countryLabel,
  countryOptions,
  datePrecisionOptions,
  describeFields,
  describeIds,
  eventDatePrecisionLabels,
  labelOf,
  organizationOptions,
  projectOptions,
  requireLiveRows,
} from '@/lib/editorial/options'
import type { ContentAdapter, FormValues, Tx } from '@/lib/editorial/types'
import { TrainingKind } from '@/lib/generated/prisma/enums'
import { trainingKindLabels } from '@/lib/labels/training'
import { formatDate } from '@/lib/utils'
import {
  type TrainingInput,
  TrainingDraftSchema,
  TrainingPublishSchema,
  trainingToFormValues,
} from '@/lib/validation/trainings'

/**
 * Refuses an organizer or project that no longer exists or is in the trash,
 * with the message on its select, rather than linking a row nobody can see.
 */
async function checkRelations(tx: Tx, input: TrainingInput) {
  await requireLiveRows(tx, 'organization', input.organizerId, {
    field: 'organizerId',
    message: 'The chosen organizer no longer exists. Choose another one or none.',
  })
  await requireLiveRows(tx, 'project', input.projectId, {
    field: 'projectId',
    message: 'The chosen project no longer exists. Choose another one or none.',
  })
}

function columns(input: TrainingInput) {
  return {
    title: input.title,
    slug: input.slug,
    // The column cannot record "not chosen yet": a draft without a kind
    // keeps the stored one (the column's default when new). Publishing
    // still requires a kind in the submitted values.
    ...(input.kind ? { kind: input.kind } : {}),
    summary: input.summary,
    body: input.body,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    datePrecision: input.datePrecision,
    location: input.location,
    country: input.country ?? null,
    participantsCount: input.participantsCount ?? null,
    topics: input.topics,
    organizerId: input.organizerId ?? null,
    projectId: input.projectId ?? null,
  }
}

/** "China (12), Japan, Thailand (5)" for "CN:12,JP:,TH:5"; anything unreadable is shown as it is. */
function describeParticipantCountries(value: string): string {
  return value
    .split(',')
    .filter((entry) => entry.trim() !== '')
    .map((entry) => {
      const [code = '', count = ''] = entry.split(':')
      const name = countryLabel(code)
      return count.trim() ? `${name} (${count.trim()})` : name
    })
    .join(', ')
}

export const trainingAdapter: ContentAdapter<TrainingInput> = {
  type: 'TRAINING',
  segment: 'trainings',
  noun: 'training',
  nounPlural: 'trainings',
  model: 'training',
  titleField: 'title',
  searchFields: ['title', 'location', 'slug'],
  listColumns: [
    {
      field: 'startDate',
      label: 'Start date',
      render: (value) => (value instanceof Date ? formatDate(value) : '—'),
      sortable: true,
    },
    { field: 'location', label: 'Location', render: (value) => (typeof value === 'string' ? value : ''), sortable: true },
  ],
  fields: [
    { name: 'title', label: 'Title' },
    { name: 'slug', label: 'Slug' },
    { name: 'kind', label: 'Kind of training' },
    { name: 'summary', label: 'Summary', long: true },
    { name: 'body', label: 'Description', long: true },
    { name: 'startDate', label: 'Start date' },
    { name: 'endDate', label: 'End date' },
    { name: 'datePrecision', label: 'Dates known to' },
    { name: 'location', label: 'Location' },
    { name: 'country', label: 'Host country' },
    { name: 'participantsCount', label: 'Number of participants' },
    { name: 'participantCountries', label: 'Participant countries' },
    { name: 'topics', label: 'Topics', long: true },
    { name: 'organizerId', label: 'Organizer' },
    { name: 'projectId', label: 'Project' },
  ],
  draftSchema: TrainingDraftSchema,
  publishSchema: TrainingPublishSchema,
  toFormValues: trainingToFormValues,
  titleOf: (input) => input.title,
  publicPath: (slug) => `/trainings/${slug}`,

  async readLive(tx, id) {
    const row = await tx.training.findUnique({
      where: { id },
      select: {
        title: true,
        slug: true,
        kind: true,
        summary: true,
        body: true,
        startDate: true,
        endDate: true,
        datePrecision: true,
        location: true,
        country: true,
        participantsCount: true,
        topics: true,
        organizerId: true,
        projectId: true,
        // In code order, as the schema sorts them, so the values read back equal.
        participantCountries: { select: { country: true, participants: true }, orderBy: { country: 'asc' } },
      },
    })
    if (!row) return null
    return trainingToFormValues({
      ...row,
      endDate: row.endDate ?? undefined,
      country: row.country ?? undefined,
      participantsCount: row.participantsCount ?? undefined,
      organizerId: row.organizerId ?? undefined,
      projectId: row.projectId ?? undefined,
    })
  },

  async create(tx, input, { userId }) {
    await checkRelations(tx, input)
    return tx.training.create({
      data: {
        ...columns(input),
        createdById: userId,
        updatedById: userId,
        participantCountries: { createMany: { data: input.participantCountries } },
      },
      select: { id: true },
    })
  },

  async update(tx, id, input) {
    await checkRelations(tx, input)
    await tx.training.update({ where: { id }, data: columns(input) })
    await tx.trainingCountry.deleteMany({ where: { trainingId: id } })
    await tx.trainingCountry.createMany({
      data: input.participantCountries.map((row) => ({ ...row, trainingId: id })),
    })
  },

  async loadOptions() {
    return {
      kinds: codeOptions(Object.values(TrainingKind), trainingKindLabels),
      precisions: datePrecisionOptions(eventDatePrecisionLabels),
      countries: countryOptions(),
    }
  },

  pickers: {
    organizerId: { source: 'organizations', list: (tx) => organizationOptions(tx) },
    projectId: { source: 'projects', list: projectOptions },
  },

  // Ids and codes become the names the form showed, for the history and the
  // conflict message; related rows in the trash or deleted still get a name.
  async describe(tx, values: FormValues) {
    const described = describeFields(values, {
      kind: (value) => labelOf(trainingKindLabels, value),
      country: countryLabel,
      participantCountries: describeParticipantCountries,
      datePrecision: (value) => labelOf(eventDatePrecisionLabels, value),
    })
    if (values.organizerId) described.organizerId = await describeIds(tx, 'organization', [values.organizerId])
    if (values.projectId) described.projectId = await describeIds(tx, 'project', [values.projectId])
    return described
  },
}

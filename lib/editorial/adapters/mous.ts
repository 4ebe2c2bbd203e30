import 'server-only'
import { FieldValidationError } from '@/lib/editorial/errors'
import {
  countryLabel,
  countryOptions,
  datePrecisionLabels,
  datePrecisionOptions,
  describeFields,
  describeIds,
  documentOptions,
  labelOf,
  organizationOptions,
  requireLiveRows,
  splitIds,
} from '@/lib/editorial/options'
import type { ContentAdapter, FormValues, Option, Tx } from '@/lib/editorial/types'
import type { DatePrecision } from '@/lib/generated/prisma/enums'
import { formatDate } from '@/lib/utils'
import { type MouInput, MouDraftSchema, MouPublishSchema, mouToFormValues } from '@/lib/validation/mous'

/**
 * How far the renewal chain is followed when looking for a loop. Real chains
 * are a handful of MOUs long; the bound only guards against data that is
 * already looping.
 */
const MAX_RENEWAL_CHAIN = 200

/** "Landsat data (United States, November 2013)": subjects repeat, so the country and start tell MOUs apart. */
function mouLabel(mou: { subject: string; country: string; startDate: Date; datePrecision: DatePrecision }): string {
  return `${mou.subject} (${countryLabel(mou.country)}, ${formatDate(mou.startDate, mou.datePrecision)})`
}

/** MOUs an MOU may renew, newest first; the item itself is left out by the form. */
async function renewableMouOptions(tx: Tx): Promise<Option[]> {
  const mous = await tx.mou.findMany({
    where: { deletedAt: null },
    select: { id: true, subject: true, country: true, startDate: true, datePrecision: true },
    orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
  })
  return mous.map((m) => ({ value: m.id, label: mouLabel(m) }))
}

/**
 * Refuses what the schema cannot know: counterparts, documents or a renewed
 * MOU that were deleted (or trashed) after the form was loaded, and an MOU
 * that would renew itself, directly or through a chain of renewals. A foreign
 * key error would not say which choice is wrong.
 */
async function checkRelations(tx: Tx, input: MouInput, id?: string) {
  await requireLiveRows(tx, 'organization', input.counterpartIds, {
    field: 'counterpartIds',
    message: 'One of the chosen counterparts no longer exists. Choose again.',
  })
  await requireLiveRows(tx, 'document', input.documentIds, {
    field: 'documentIds',
    message: 'One of the chosen documents no longer exists. Choose again.',
  })
  if (input.renewsId === undefined) return
  if (input.renewsId === id) throw new FieldValidationError('renewsId', 'An MOU cannot renew itself. Choose an earlier MOU.')
  const renewed = await tx.mou.findFirst({ where: { id: input.renewsId, deletedAt: null }, select: { renewsId: true } })
  if (!renewed) throw new FieldValidationError('renewsId', 'The MOU chosen as renewed no longer exists. Choose again.')
  if (id === undefined) return
  // Walk back from the chosen MOU: meeting this one means the two would renew each other.
  const seen = new Set<string>([input.renewsId])
  let next = renewed.renewsId
  while (next !== null && !seen.has(next) && seen.size < MAX_RENEWAL_CHAIN) {
    if (next === id)
      throw new FieldValidationError(
        'renewsId',
        'The chosen MOU already renews this one, directly or through other renewals. Choose an earlier MOU.',
      )
    seen.add(next)
    next = (await tx.mou.findUnique({ where: { id: next }, select: { renewsId: true } }))?.renewsId ?? null
  }
}

function columns(input: MouInput) {
  return {
    subject: input.subject,
    slug: input.slug,
    country: input.country,
    summary: input.summary,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    endTerm: input.endTerm ?? null,
    datePrecision: input.datePrecision,
    renewsId: input.renewsId ?? null,
  }
}

/** Counterpart rows in the order the agreement names them. */
function counterpartRows(input: MouInput) {
  return input.counterpartIds.map((organizationId, position) => ({ organizationId, position }))
}

export const mouAdapter: ContentAdapter<MouInput> = {
  type: 'MOU',
  segment: 'mous',
  noun: 'MOU',
  nounPlural: 'MOUs',
  model: 'mou',
  titleField: 'subject',
  searchFields: ['subject', 'slug', 'summary'],
  listColumns: [
    { field: 'country', label: 'Country', render: countryLabel, sortable: true },
    {
      field: 'startDate',
      label: 'Start',
      render: (value) => (value instanceof Date ? formatDate(value) : '—'),
      sortable: true,
    },
  ],
  fields: [
    { name: 'subject', label: 'Subject' },
    { name: 'slug', label: 'Slug' },
    { name: 'country', label: 'Country' },
    { name: 'counterpartIds', label: 'Counterparts' },
    { name: 'summary', label: 'Summary', long: true },
    { name: 'startDate', label: 'Start date' },
    { name: 'endDate', label: 'End date' },
    { name: 'noEndDate', label: 'No fixed end date' },
    { name: 'endTerm', label: 'Term' },
    { name: 'datePrecision', label: 'Dates known to' },
    { name: 'renewsId', label: 'Renews an earlier MOU' },
    { name: 'documentIds', label: 'Documents' },
  ],
  draftSchema: MouDraftSchema,
  publishSchema: MouPublishSchema,
  toFormValues: mouToFormValues,
  titleOf: (input) => input.subject,
  publicPath: (slug) => `/mous/${slug}`,

  async readLive(tx, id) {
    const row = await tx.mou.findUnique({
      where: { id },
      select: {
        subject: true,
        slug: true,
        country: true,
        summary: true,
        startDate: true,
        endDate: true,
        endTerm: true,
        datePrecision: true,
        renewsId: true,
        counterparts: { select: { organizationId: true }, orderBy: [{ position: 'asc' }, { organizationId: 'asc' }] },
        documents: { select: { id: true }, orderBy: { id: 'asc' } },
      },
    })
    if (!row) return null
    return mouToFormValues({
      ...row,
      // The form keeps either the end date or the term; a row with both
      // (written outside the form) is shown by its end date, as the public
      // page shows it.
      endDate: row.endDate ?? undefined,
      endTerm: row.endDate === null ? (row.endTerm ?? undefined) : undefined,
      renewsId: row.renewsId ?? undefined,
      counterpartIds: row.counterparts.map((c) => c.organizationId),
      documentIds: row.documents.map((d) => d.id),
    })
  },

  async create(tx, input, { userId }) {
    await checkRelations(tx, input)
    return tx.mou.create({
      data: {
        ...columns(input),
        createdById: userId,
        updatedById: userId,
        counterparts: { createMany: { data: counterpartRows(input) } },
        documents: { connect: input.documentIds.map((id) => ({ id })) },
      },
      select: { id: true },
    })
  },

  async update(tx, id, input) {
    await checkRelations(tx, input, id)
    await tx.mou.update({
      where: { id },
      data: { ...columns(input), documents: { set: input.documentIds.map((documentId) => ({ id: documentId })) } },
    })
    await tx.mouCounterpart.deleteMany({ where: { mouId: id } })
    if (input.counterpartIds.length > 0)
      await tx.mouCounterpart.createMany({ data: counterpartRows(input).map((row) => ({ mouId: id, ...row })) })
  },

  async loadOptions() {
    return {
      countries: countryOptions(),
      precisions: datePrecisionOptions(datePrecisionLabels),
    }
  },

  pickers: {
    counterpartIds: { source: 'organizations', list: (tx) => organizationOptions(tx, { withCountry: true }) },
    renewsId: { source: 'mous', list: renewableMouOptions },
    documentIds: { source: 'documents', list: documentOptions },
  },

  // Counterparts, documents, the renewed MOU, the country and the precision
  // are stored as ids and codes; the history and the conflict message show
  // what the form showed.
  async describe(tx, values: FormValues) {
    const renewsId = values.renewsId?.trim()
    const [counterparts, documents, renewed] = await Promise.all([
      describeIds(tx, 'organization', splitIds(values.counterpartIds)),
      describeIds(tx, 'document', splitIds(values.documentIds)),
      renewsId
        ? tx.mou.findUnique({
            where: { id: renewsId },
            select: { subject: true, country: true, startDate: true, datePrecision: true },
          })
        : null,
    ])
    const described = describeFields(values, {
      country: countryLabel,
      datePrecision: (value) => labelOf(datePrecisionLabels, value),
      noEndDate: (value) => (['yes', 'true', 'on'].includes(value) ? 'Yes' : 'No'),
    })
    if (values.counterpartIds !== undefined) described.counterpartIds = counterparts
    if (values.documentIds !== undefined) described.documentIds = documents
    if (renewsId) described.renewsId = renewed ? mouLabel(renewed) : `(deleted MOU ${renewsId})`
    return described
  },
}

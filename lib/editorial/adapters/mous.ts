import 'server-only'
import { isCountryCode, listCountryCodes } from '@/lib/countries'
import { FieldValidationError } from '@/lib/editorial/errors'
import type { ContentAdapter, FormValues, Option, Tx } from '@/lib/editorial/types'
import { DatePrecision } from '@/lib/generated/prisma/enums'
import { countryName, formatDate } from '@/lib/utils'
import { type MouInput, MouDraftSchema, MouPublishSchema, mouToFormValues } from '@/lib/validation/mous'

const byLabel = new Intl.Collator('en', { sensitivity: 'base' }).compare

/** How the form names the precision of an MOU's dates. */
const datePrecisionLabels: Record<DatePrecision, string> = {
  DAY: 'Exact day',
  MONTH: 'Month only',
  YEAR: 'Year only',
}

/**
 * How far the renewal chain is followed when looking for a loop. Real chains
 * are a handful of MOUs long; the bound only guards against data that is
 * already looping.
 */
const MAX_RENEWAL_CHAIN = 200

function splitIds(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
}

/** The label of a stored code, or the value as it is when it is not one of the codes. */
function labelOf(labels: Readonly<Record<string, string>>, value: unknown): string {
  if (typeof value !== 'string') return ''
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value
}

/** "Japan" for JP; a blank or unknown code is shown as it is. */
function countryLabel(value: unknown): string {
  if (typeof value !== 'string') return ''
  return isCountryCode(value) ? countryName(value) : value
}

// Names for the history and the conflict message; trashed rows are included,
// because an old revision may well name an organization deleted since.
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

/** "Landsat data (United States, November 2013)": subjects repeat, so the country and start tell MOUs apart. */
function mouLabel(mou: { subject: string; country: string; startDate: Date; datePrecision: DatePrecision }): string {
  return `${mou.subject} (${countryLabel(mou.country)}, ${formatDate(mou.startDate, mou.datePrecision)})`
}

/**
 * Refuses what the schema cannot know: counterparts, documents or a renewed
 * MOU that were deleted (or trashed) after the form was loaded, and an MOU
 * that would renew itself, directly or through a chain of renewals. A foreign
 * key error would not say which choice is wrong.
 */
async function checkRelations(tx: Tx, input: MouInput, id?: string) {
  if (input.counterpartIds.length > 0) {
    const found = await tx.organization.count({ where: { id: { in: input.counterpartIds }, deletedAt: null } })
    if (found !== input.counterpartIds.length)
      throw new FieldValidationError('counterpartIds', 'One of the chosen counterparts no longer exists. Choose again.')
  }
  if (input.documentIds.length > 0) {
    const found = await tx.media.count({ where: { id: { in: input.documentIds }, kind: 'DOCUMENT', deletedAt: null } })
    if (found !== input.documentIds.length)
      throw new FieldValidationError('documentIds', 'One of the chosen documents no longer exists. Choose again.')
  }
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

/** Every country by English name; the code is the hint so that filtering for "JP" finds Japan too. */
function countryOptions(): Option[] {
  return listCountryCodes()
    .map((code) => ({ value: code, label: countryName(code), hint: code }))
    .sort((a, b) => byLabel(a.label, b.label))
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

  async loadOptions(tx) {
    const [organizations, documents, mous] = await Promise.all([
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
      tx.mou.findMany({
        where: { deletedAt: null },
        select: { id: true, subject: true, country: true, startDate: true, datePrecision: true },
        orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
      }),
    ])
    return {
      organizations: organizations.map((o) => ({
        value: o.id,
        label: o.name,
        hint: [o.acronym, countryLabel(o.country)].filter(Boolean).join(', '),
      })),
      documents: documents.map((d) => ({ value: d.id, label: d.title, hint: d.fileName })),
      mous: mous.map((m) => ({ value: m.id, label: mouLabel(m) })),
      countries: countryOptions(),
      precisions: Object.values(DatePrecision).map((value) => ({ value, label: datePrecisionLabels[value] })),
    }
  },

  // Counterparts, documents, the renewed MOU, the country and the precision
  // are stored as ids and codes; the history and the conflict message show
  // what the form showed.
  async describe(tx, values: FormValues) {
    const counterpartIds = splitIds(values.counterpartIds)
    const documentIds = splitIds(values.documentIds)
    const renewsId = values.renewsId?.trim()
    const [organizations, documents, renewed] = await Promise.all([
      organizationNames(tx, counterpartIds),
      documentTitles(tx, documentIds),
      renewsId
        ? tx.mou.findUnique({
            where: { id: renewsId },
            select: { subject: true, country: true, startDate: true, datePrecision: true },
          })
        : null,
    ])
    const described: FormValues = { ...values }
    if (values.counterpartIds !== undefined)
      described.counterpartIds = counterpartIds
        .map((id) => organizations.get(id) ?? `(deleted organization ${id})`)
        .join(', ')
    if (values.documentIds !== undefined)
      described.documentIds = documentIds.map((id) => documents.get(id) ?? `(deleted document ${id})`).join(', ')
    if (renewsId) described.renewsId = renewed ? mouLabel(renewed) : `(deleted MOU ${renewsId})`
    if (values.country !== undefined) described.country = countryLabel(values.country)
    if (values.datePrecision !== undefined) described.datePrecision = labelOf(datePrecisionLabels, values.datePrecision)
    if (values.noEndDate !== undefined) described.noEndDate = ['yes', 'true', 'on'].includes(values.noEndDate) ? 'Yes' : 'No'
    return described
  },
}

import 'server-only'
import {
  codeOptions,
  countryLabel,
  countryOptions,
  datePrecisionOptions,
  describeFields,
  eventDatePrecisionLabels,
  labelOf,
} from '@/lib/editorial/options'
import type { ContentAdapter, FormValues } from '@/lib/editorial/types'
import { ConferenceRole } from '@/lib/generated/prisma/enums'
import { conferenceRoleLabels } from '@/lib/labels/conference'
import { formatDate } from '@/lib/utils'
import {
  type ConferenceInput,
  ConferenceDraftSchema,
  ConferencePublishSchema,
  conferenceToFormValues,
} from '@/lib/validation/conferences'

function columns(input: ConferenceInput) {
  return {
    name: input.name,
    edition: input.edition ?? null,
    series: input.series ?? null,
    slug: input.slug,
    summary: input.summary,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    datePrecision: input.datePrecision,
    city: input.city ?? null,
    country: input.country,
    // The column cannot record "not chosen yet": a draft without a role
    // keeps the stored one (the column's default when new). Publishing
    // still requires a role in the submitted values.
    ...(input.role ? { role: input.role } : {}),
    participantsCount: input.participantsCount ?? null,
    url: input.url ?? null,
  }
}

export const conferenceAdapter: ContentAdapter<ConferenceInput> = {
  type: 'CONFERENCE',
  segment: 'conferences',
  noun: 'conference',
  nounPlural: 'conferences',
  model: 'conference',
  titleField: 'name',
  searchFields: ['name', 'series', 'city', 'slug'],
  listColumns: [
    {
      field: 'startDate',
      label: 'Start date',
      render: (value) => (value instanceof Date ? formatDate(value) : '—'),
      sortable: true,
    },
    { field: 'country', label: 'Country', render: countryLabel, sortable: true },
  ],
  fields: [
    { name: 'name', label: 'Name' },
    { name: 'series', label: 'Series' },
    { name: 'edition', label: 'Edition' },
    { name: 'slug', label: 'Slug' },
    { name: 'summary', label: 'Summary', long: true },
    { name: 'startDate', label: 'Start date' },
    { name: 'endDate', label: 'End date' },
    { name: 'datePrecision', label: 'Dates known to' },
    { name: 'city', label: 'City' },
    { name: 'country', label: 'Country' },
    { name: 'role', label: "The survey's role" },
    { name: 'participantsCount', label: 'Number of participants' },
    { name: 'url', label: 'Conference website' },
  ],
  draftSchema: ConferenceDraftSchema,
  publishSchema: ConferencePublishSchema,
  toFormValues: conferenceToFormValues,
  titleOf: (input) => input.name,
  publicPath: (slug) => `/conferences/${slug}`,

  async readLive(tx, id) {
    const row = await tx.conference.findUnique({
      where: { id },
      select: {
        name: true,
        edition: true,
        series: true,
        slug: true,
        summary: true,
        startDate: true,
        endDate: true,
        datePrecision: true,
        city: true,
        country: true,
        role: true,
        participantsCount: true,
        url: true,
      },
    })
    if (!row) return null
    return conferenceToFormValues({
      ...row,
      edition: row.edition ?? undefined,
      series: row.series ?? undefined,
      endDate: row.endDate ?? undefined,
      city: row.city ?? undefined,
      participantsCount: row.participantsCount ?? undefined,
      url: row.url ?? undefined,
    })
  },

  async create(tx, input, { userId }) {
    return tx.conference.create({
      data: { ...columns(input), createdById: userId, updatedById: userId },
      select: { id: true },
    })
  },

  async update(tx, id, input) {
    await tx.conference.update({ where: { id }, data: columns(input) })
  },

  async loadOptions() {
    return {
      countries: countryOptions(),
      roles: codeOptions(Object.values(ConferenceRole), conferenceRoleLabels),
      precisions: datePrecisionOptions(eventDatePrecisionLabels),
    }
  },

  // Countries, roles and precisions are stored as codes; the history and the
  // conflict message show what the form showed.
  async describe(_tx, values: FormValues) {
    return describeFields(values, {
      country: countryLabel,
      role: (value) => labelOf(conferenceRoleLabels, value),
      datePrecision: (value) => labelOf(eventDatePrecisionLabels, value),
    })
  },
}

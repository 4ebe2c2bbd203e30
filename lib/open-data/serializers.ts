import type {
  OpenDataConference,
  OpenDataMou,
  OpenDataNews,
  OpenDataOrganization,
  OpenDataProject,
  OpenDataTraining,
} from '@/lib/data/open-data'
import { mouStatus } from '@/lib/mou-status'
import { countryName } from '@/lib/utils'

// The public records of the open-data API. Each one is built field by field
// from the data layer's DTO, so a column added to the schema never reaches
// the API by accident, and internal ids, editors, versions and trash dates
// never leave. Related items are named by slug and name or title.

/** A calendar date (`@db.Date`, stored as UTC midnight) as ISO 8601 "2021-01-01". */
export function isoDate(date: Date): string
export function isoDate(date: Date | null): string | null
export function isoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null
}

/** A point in time as ISO 8601 in UTC, "2024-05-01T09:30:00.000Z". */
export function isoDateTime(date: Date): string
export function isoDateTime(date: Date | null): string | null
export function isoDateTime(date: Date | null): string | null {
  return date ? date.toISOString() : null
}

/** A country as its ISO 3166-1 alpha-2 code and English name. */
export function countryRef(code: string) {
  const upper = code.trim().toUpperCase()
  return { code: upper, name: countryName(upper) }
}

export function serializeOrganization(o: OpenDataOrganization) {
  return {
    slug: o.slug,
    name: o.name,
    acronym: o.acronym,
    kind: o.kind,
    country: countryRef(o.country),
    website: o.website,
    description: o.description,
    logoUrl: o.logoUrl,
    projects: o.projects.map((p) => ({ slug: p.slug, title: p.title, roles: p.roles })),
    mous: o.mous.map((m) => ({ slug: m.slug, subject: m.subject })),
    publishedAt: isoDateTime(o.publishedAt),
    updatedAt: isoDateTime(o.updatedAt),
  }
}

export function serializeProject(p: OpenDataProject) {
  return {
    slug: p.slug,
    title: p.title,
    acronym: p.acronym,
    summary: p.summary,
    body: p.body,
    status: p.projectStatus,
    scope: p.scope,
    phase: p.phase,
    fundingSource: p.fundingSource,
    startDate: isoDate(p.startDate),
    endDate: isoDate(p.endDate),
    datePrecision: p.datePrecision,
    countries: p.countries.map(countryRef),
    topics: p.topics,
    outcomes: p.outcomes,
    partners: p.partners.map((o) => ({ slug: o.slug, name: o.name, acronym: o.acronym, roles: o.roles })),
    publishedAt: isoDateTime(p.publishedAt),
    updatedAt: isoDateTime(p.updatedAt),
  }
}

/** An MOU's record; `status` is computed on `today` with lib/mou-status.ts. */
export function serializeMou(m: OpenDataMou, today: Date = new Date()) {
  return {
    slug: m.slug,
    subject: m.subject,
    summary: m.summary,
    country: countryRef(m.country),
    counterparts: m.counterparts.map((o) => ({ slug: o.slug, name: o.name, acronym: o.acronym })),
    startDate: isoDate(m.startDate),
    endDate: isoDate(m.endDate),
    endTerm: m.endTerm,
    datePrecision: m.datePrecision,
    status: mouStatus(m, today),
    renews: m.renews ? { slug: m.renews.slug, subject: m.renews.subject } : null,
    publishedAt: isoDateTime(m.publishedAt),
    updatedAt: isoDateTime(m.updatedAt),
  }
}

export function serializeConference(c: OpenDataConference) {
  return {
    slug: c.slug,
    name: c.name,
    edition: c.edition,
    series: c.series,
    summary: c.summary,
    startDate: isoDate(c.startDate),
    endDate: isoDate(c.endDate),
    datePrecision: c.datePrecision,
    city: c.city,
    country: countryRef(c.country),
    role: c.role,
    participantsCount: c.participantsCount,
    url: c.url,
    publishedAt: isoDateTime(c.publishedAt),
    updatedAt: isoDateTime(c.updatedAt),
  }
}

export function serializeTraining(t: OpenDataTraining) {
  return {
    slug: t.slug,
    title: t.title,
    kind: t.kind,
    summary: t.summary,
    body: t.body,
    startDate: isoDate(t.startDate),
    endDate: isoDate(t.endDate),
    datePrecision: t.datePrecision,
    location: t.location,
    country: t.country ? countryRef(t.country) : null,
    participantsCount: t.participantsCount,
    participantCountries: t.participantCountries.map((c) => ({ ...countryRef(c.country), participants: c.participants })),
    topics: t.topics,
    organizer: t.organizer ? { slug: t.organizer.slug, name: t.organizer.name } : null,
    project: t.project ? { slug: t.project.slug, title: t.project.title } : null,
    publishedAt: isoDateTime(t.publishedAt),
    updatedAt: isoDateTime(t.updatedAt),
  }
}

export function serializeNews(n: OpenDataNews) {
  return {
    slug: n.slug,
    title: n.title,
    summary: n.summary,
    body: n.body,
    tags: n.tags,
    coverImage: n.coverImageUrl ? { url: n.coverImageUrl, alt: n.coverImageAlt ?? '' } : null,
    projects: n.projects.map((p) => ({ slug: p.slug, title: p.title })),
    organizations: n.organizations.map((o) => ({ slug: o.slug, name: o.name })),
    mous: n.mous.map((m) => ({ slug: m.slug, subject: m.subject })),
    conferences: n.conferences.map((c) => ({ slug: c.slug, name: c.name })),
    trainings: n.trainings.map((t) => ({ slug: t.slug, title: t.title })),
    publishedAt: isoDateTime(n.publishedAt),
    updatedAt: isoDateTime(n.updatedAt),
  }
}

export type OrganizationRecord = ReturnType<typeof serializeOrganization>
export type ProjectRecord = ReturnType<typeof serializeProject>
export type MouRecord = ReturnType<typeof serializeMou>
export type ConferenceRecord = ReturnType<typeof serializeConference>
export type TrainingRecord = ReturnType<typeof serializeTraining>
export type NewsRecord = ReturnType<typeof serializeNews>

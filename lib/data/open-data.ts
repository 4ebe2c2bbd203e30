import 'server-only'
import { TAGS } from '@/lib/cache-tags'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { cachePublished } from './cache'
import { paginate, publishedWhere } from './published'

// Reads for the open-data API and the CSV downloads. An open-data record
// carries every public field of a row and its related items, more than the
// cards of the public lists select, and the list and the detail endpoint
// return the same record. So each type has one record `select` here, used
// for a page of the API, a single record and the full CSV; every one of them
// goes through publishedWhere(), related rows included. Every read is cached
// (see lib/data/cache.ts) under the open-data tag, which every published
// change expires.

/** Rows of one API page, plus the total, as `paginate()` returns them. */
export type OpenDataPage<T> = { items: T[]; total: number; page: number; totalPages: number }

// ---- Organizations -------------------------------------------------------

function organizationRecordSelect() {
  return {
    slug: true,
    name: true,
    acronym: true,
    kind: true,
    country: true,
    website: true,
    description: true,
    logoUrl: true,
    publishedAt: true,
    updatedAt: true,
    projects: {
      where: { project: publishedWhere() },
      select: { role: true, project: { select: { slug: true, title: true } } },
      orderBy: [{ project: { title: 'asc' } }, { projectId: 'asc' }, { role: 'asc' }],
    },
    mous: {
      where: { mou: publishedWhere() },
      select: { mou: { select: { slug: true, subject: true } } },
      orderBy: [{ mou: { startDate: 'desc' } }, { mouId: 'asc' }],
    },
  } satisfies Prisma.OrganizationSelect
}

const organizationOrder = [{ name: 'asc' }, { id: 'asc' }] satisfies Prisma.OrganizationOrderByWithRelationInput[]

type OrganizationRow = Prisma.OrganizationGetPayload<{ select: ReturnType<typeof organizationRecordSelect> }>

function toOrganization({ projects, mous, ...organization }: OrganizationRow) {
  return {
    ...organization,
    projects: groupRoles(projects.map(({ role, project }) => ({ role, ...project }))),
    mous: mous.map((m) => m.mou),
  }
}

export type OpenDataOrganization = ReturnType<typeof toOrganization>

/** One page of published organizations for the API, by name. */
export async function listOpenDataOrganizations(page: number, perPage: number): Promise<OpenDataPage<OpenDataOrganization>> {
  'use cache'
  cachePublished([TAGS.openData])
  const where = publishedWhere()
  return paginate(
    page,
    perPage,
    async (window) =>
      (
        await db.organization.findMany({ where, select: organizationRecordSelect(), orderBy: organizationOrder, ...window })
      ).map(toOrganization),
    () => db.organization.count({ where }),
  )
}

/** Every published organization, by name, for the CSV download. */
export async function listAllOpenDataOrganizations(): Promise<OpenDataOrganization[]> {
  'use cache'
  cachePublished([TAGS.openData])
  const rows = await db.organization.findMany({
    where: publishedWhere(),
    select: organizationRecordSelect(),
    orderBy: organizationOrder,
  })
  return rows.map(toOrganization)
}

/** A published organization's record, or null. */
export async function getOpenDataOrganizationBySlug(slug: string): Promise<OpenDataOrganization | null> {
  'use cache'
  cachePublished([TAGS.openData])
  const row = await db.organization.findFirst({ where: { slug, ...publishedWhere() }, select: organizationRecordSelect() })
  return row ? toOrganization(row) : null
}

// ---- Projects ------------------------------------------------------------

function projectRecordSelect() {
  return {
    slug: true,
    title: true,
    acronym: true,
    summary: true,
    body: true,
    projectStatus: true,
    startDate: true,
    endDate: true,
    datePrecision: true,
    phase: true,
    fundingSource: true,
    scope: true,
    countries: true,
    topics: true,
    outcomes: true,
    publishedAt: true,
    updatedAt: true,
    partners: {
      where: { organization: publishedWhere() },
      select: { role: true, organization: { select: { slug: true, name: true, acronym: true } } },
      orderBy: [{ organization: { name: 'asc' } }, { organizationId: 'asc' }, { role: 'asc' }],
    },
  } satisfies Prisma.ProjectSelect
}

// Newest start first, undated projects after dated ones, then by title.
const projectOrder = [
  { startDate: { sort: 'desc', nulls: 'last' } },
  { title: 'asc' },
  { id: 'asc' },
] satisfies Prisma.ProjectOrderByWithRelationInput[]

type ProjectRow = Prisma.ProjectGetPayload<{ select: ReturnType<typeof projectRecordSelect> }>

function toProject({ partners, ...project }: ProjectRow) {
  return {
    ...project,
    partners: groupRoles(partners.map(({ role, organization }) => ({ role, ...organization }))),
  }
}

export type OpenDataProject = ReturnType<typeof toProject>

/** One page of published projects for the API, newest start first. */
export async function listOpenDataProjects(page: number, perPage: number): Promise<OpenDataPage<OpenDataProject>> {
  'use cache'
  cachePublished([TAGS.openData])
  const where = publishedWhere()
  return paginate(
    page,
    perPage,
    async (window) =>
      (await db.project.findMany({ where, select: projectRecordSelect(), orderBy: projectOrder, ...window })).map(
        toProject,
      ),
    () => db.project.count({ where }),
  )
}

/** Every published project, newest start first, for the CSV download. */
export async function listAllOpenDataProjects(): Promise<OpenDataProject[]> {
  'use cache'
  cachePublished([TAGS.openData])
  const rows = await db.project.findMany({ where: publishedWhere(), select: projectRecordSelect(), orderBy: projectOrder })
  return rows.map(toProject)
}

/** A published project's record, or null. */
export async function getOpenDataProjectBySlug(slug: string): Promise<OpenDataProject | null> {
  'use cache'
  cachePublished([TAGS.openData])
  const row = await db.project.findFirst({ where: { slug, ...publishedWhere() }, select: projectRecordSelect() })
  return row ? toProject(row) : null
}

// ---- MOUs ----------------------------------------------------------------

function mouRecordSelect() {
  return {
    slug: true,
    country: true,
    subject: true,
    summary: true,
    startDate: true,
    endDate: true,
    endTerm: true,
    datePrecision: true,
    renewsId: true,
    publishedAt: true,
    updatedAt: true,
    counterparts: {
      where: { organization: publishedWhere() },
      orderBy: [{ position: 'asc' }, { organization: { name: 'asc' } }],
      select: { organization: { select: { slug: true, name: true, acronym: true } } },
    },
  } satisfies Prisma.MouSelect
}

const mouOrder = [{ startDate: 'desc' }, { id: 'asc' }] satisfies Prisma.MouOrderByWithRelationInput[]

type MouRow = Prisma.MouGetPayload<{ select: ReturnType<typeof mouRecordSelect> }>

// A to-one relation cannot be filtered inside `select`, so the MOUs that the
// rows renew are read in one query through the published filter; one that is
// not public is left out (null).
async function toMous(rows: MouRow[]) {
  const ids = [...new Set(rows.flatMap((r) => (r.renewsId ? [r.renewsId] : [])))]
  const renewed =
    ids.length > 0
      ? await db.mou.findMany({ where: { id: { in: ids }, ...publishedWhere() }, select: { id: true, slug: true, subject: true } })
      : []
  const byId = new Map(renewed.map(({ id, ...mou }) => [id, mou]))
  return rows.map(({ renewsId, counterparts, ...mou }) => ({
    ...mou,
    counterparts: counterparts.map((c) => c.organization),
    renews: (renewsId && byId.get(renewsId)) || null,
  }))
}

export type OpenDataMou = Awaited<ReturnType<typeof toMous>>[number]

/** One page of published MOUs for the API, newest start first. */
export async function listOpenDataMous(page: number, perPage: number): Promise<OpenDataPage<OpenDataMou>> {
  'use cache'
  cachePublished([TAGS.openData])
  const where = publishedWhere()
  return paginate(
    page,
    perPage,
    async (window) => toMous(await db.mou.findMany({ where, select: mouRecordSelect(), orderBy: mouOrder, ...window })),
    () => db.mou.count({ where }),
  )
}

/** Every published MOU, newest start first, for the CSV download. */
export async function listAllOpenDataMous(): Promise<OpenDataMou[]> {
  'use cache'
  cachePublished([TAGS.openData])
  return toMous(await db.mou.findMany({ where: publishedWhere(), select: mouRecordSelect(), orderBy: mouOrder }))
}

/** A published MOU's record, or null. */
export async function getOpenDataMouBySlug(slug: string): Promise<OpenDataMou | null> {
  'use cache'
  cachePublished([TAGS.openData])
  const row = await db.mou.findFirst({ where: { slug, ...publishedWhere() }, select: mouRecordSelect() })
  return row ? ((await toMous([row]))[0] ?? null) : null
}

// ---- Conferences ---------------------------------------------------------

const conferenceRecordSelect = {
  slug: true,
  name: true,
  edition: true,
  series: true,
  summary: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  city: true,
  country: true,
  role: true,
  participantsCount: true,
  url: true,
  publishedAt: true,
  updatedAt: true,
} satisfies Prisma.ConferenceSelect

const conferenceOrder = [{ startDate: 'desc' }, { name: 'asc' }, { id: 'asc' }] satisfies Prisma.ConferenceOrderByWithRelationInput[]

export type OpenDataConference = Prisma.ConferenceGetPayload<{ select: typeof conferenceRecordSelect }>

/** One page of published conferences for the API, newest first. */
export async function listOpenDataConferences(page: number, perPage: number): Promise<OpenDataPage<OpenDataConference>> {
  'use cache'
  cachePublished([TAGS.openData])
  const where = publishedWhere()
  return paginate(
    page,
    perPage,
    (window) => db.conference.findMany({ where, select: conferenceRecordSelect, orderBy: conferenceOrder, ...window }),
    () => db.conference.count({ where }),
  )
}

/** A published conference's record, or null. */
export async function getOpenDataConferenceBySlug(slug: string): Promise<OpenDataConference | null> {
  'use cache'
  cachePublished([TAGS.openData])
  return db.conference.findFirst({ where: { slug, ...publishedWhere() }, select: conferenceRecordSelect })
}

// ---- Trainings -----------------------------------------------------------

const trainingRecordSelect = {
  slug: true,
  title: true,
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
  publishedAt: true,
  updatedAt: true,
  participantCountries: { select: { country: true, participants: true }, orderBy: { country: 'asc' } },
} satisfies Prisma.TrainingSelect

const trainingOrder = [{ startDate: 'desc' }, { id: 'desc' }] satisfies Prisma.TrainingOrderByWithRelationInput[]

type TrainingRow = Prisma.TrainingGetPayload<{ select: typeof trainingRecordSelect }>

// The organizer and the project are to-one relations, which Prisma cannot
// filter inside a select; they are read in one query each through the
// published filter, and one that is not public is left out (null).
async function toTrainings(rows: TrainingRow[]) {
  const organizerIds = [...new Set(rows.flatMap((r) => (r.organizerId ? [r.organizerId] : [])))]
  const projectIds = [...new Set(rows.flatMap((r) => (r.projectId ? [r.projectId] : [])))]
  const [organizers, projects] = await Promise.all([
    organizerIds.length > 0
      ? db.organization.findMany({
          where: { id: { in: organizerIds }, ...publishedWhere() },
          select: { id: true, slug: true, name: true, acronym: true },
        })
      : [],
    projectIds.length > 0
      ? db.project.findMany({
          where: { id: { in: projectIds }, ...publishedWhere() },
          select: { id: true, slug: true, title: true, acronym: true },
        })
      : [],
  ])
  const organizerById = new Map(organizers.map(({ id, ...o }) => [id, o]))
  const projectById = new Map(projects.map(({ id, ...p }) => [id, p]))
  return rows.map(({ organizerId, projectId, ...training }) => ({
    ...training,
    organizer: (organizerId && organizerById.get(organizerId)) || null,
    project: (projectId && projectById.get(projectId)) || null,
  }))
}

export type OpenDataTraining = Awaited<ReturnType<typeof toTrainings>>[number]

/** One page of published trainings for the API, newest first. */
export async function listOpenDataTrainings(page: number, perPage: number): Promise<OpenDataPage<OpenDataTraining>> {
  'use cache'
  cachePublished([TAGS.openData])
  const where = publishedWhere()
  return paginate(
    page,
    perPage,
    async (window) =>
      toTrainings(await db.training.findMany({ where, select: trainingRecordSelect, orderBy: trainingOrder, ...window })),
    () => db.training.count({ where }),
  )
}

/** Every published training, newest first, for the CSV download. */
export async function listAllOpenDataTrainings(): Promise<OpenDataTraining[]> {
  'use cache'
  cachePublished([TAGS.openData])
  return toTrainings(
    await db.training.findMany({ where: publishedWhere(), select: trainingRecordSelect, orderBy: trainingOrder }),
  )
}

/** A published training's record, or null. */
export async function getOpenDataTrainingBySlug(slug: string): Promise<OpenDataTraining | null> {
  'use cache'
  cachePublished([TAGS.openData])
  const row = await db.training.findFirst({ where: { slug, ...publishedWhere() }, select: trainingRecordSelect })
  return row ? ((await toTrainings([row]))[0] ?? null) : null
}

// ---- News ----------------------------------------------------------------

function newsRecordSelect() {
  return {
    slug: true,
    title: true,
    summary: true,
    body: true,
    tags: true,
    coverImageUrl: true,
    coverImageAlt: true,
    publishedAt: true,
    updatedAt: true,
    projects: { where: publishedWhere(), select: { slug: true, title: true }, orderBy: { title: 'asc' } },
    organizations: { where: publishedWhere(), select: { slug: true, name: true }, orderBy: { name: 'asc' } },
    mous: { where: publishedWhere(), select: { slug: true, subject: true }, orderBy: { startDate: 'desc' } },
    conferences: { where: publishedWhere(), select: { slug: true, name: true }, orderBy: { startDate: 'desc' } },
    trainings: { where: publishedWhere(), select: { slug: true, title: true }, orderBy: { startDate: 'desc' } },
  } satisfies Prisma.NewsArticleSelect
}

const newsOrder = [{ publishedAt: 'desc' }, { id: 'desc' }] satisfies Prisma.NewsArticleOrderByWithRelationInput[]

export type OpenDataNews = Prisma.NewsArticleGetPayload<{ select: ReturnType<typeof newsRecordSelect> }>

/** One page of published news for the API, newest first. */
export async function listOpenDataNews(page: number, perPage: number): Promise<OpenDataPage<OpenDataNews>> {
  'use cache'
  cachePublished([TAGS.openData])
  const where = publishedWhere()
  return paginate(
    page,
    perPage,
    (window) => db.newsArticle.findMany({ where, select: newsRecordSelect(), orderBy: newsOrder, ...window }),
    () => db.newsArticle.count({ where }),
  )
}

/** A published article's record, or null. */
export async function getOpenDataNewsBySlug(slug: string): Promise<OpenDataNews | null> {
  'use cache'
  cachePublished([TAGS.openData])
  return db.newsArticle.findFirst({ where: { slug, ...publishedWhere() }, select: newsRecordSelect() })
}

// ---- Freshness -----------------------------------------------------------

/**
 * When the published data last changed: the newest `updatedAt` among
 * published rows of every type, or null when nothing is published.
 */
export async function getOpenDataAsOf(): Promise<Date | null> {
  'use cache'
  cachePublished([TAGS.openData])
  const where = publishedWhere()
  const maxima = await Promise.all([
    db.organization.aggregate({ where, _max: { updatedAt: true } }),
    db.project.aggregate({ where, _max: { updatedAt: true } }),
    db.mou.aggregate({ where, _max: { updatedAt: true } }),
    db.conference.aggregate({ where, _max: { updatedAt: true } }),
    db.training.aggregate({ where, _max: { updatedAt: true } }),
    db.newsArticle.aggregate({ where, _max: { updatedAt: true } }),
  ])
  let newest: Date | null = null
  for (const { _max } of maxima) {
    if (_max.updatedAt && (!newest || _max.updatedAt > newest)) newest = _max.updatedAt
  }
  return newest
}

// ---- Helpers -------------------------------------------------------------

const roleOrder = ['LEAD', 'PARTNER', 'FUNDER'] as const

// An organization can hold several roles in one project (lead and funder,
// say); a record lists the pair once with all of its roles, in the order
// lead, partner, funder. Rows arrive sorted, and the first occurrence keeps
// its place.
function groupRoles<T extends { slug: string; role: (typeof roleOrder)[number] }>(rows: T[]) {
  const bySlug = new Map<string, Omit<T, 'role'> & { roles: T['role'][] }>()
  for (const { role, ...rest } of rows) {
    const entry = bySlug.get(rest.slug) ?? { ...rest, roles: [] }
    entry.roles.push(role)
    bySlug.set(rest.slug, entry)
  }
  const grouped = [...bySlug.values()]
  for (const g of grouped) g.roles.sort((a, b) => roleOrder.indexOf(a) - roleOrder.indexOf(b))
  return grouped
}

import 'server-only'
import { TAGS } from '@/lib/cache-tags'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { PartnerRole, ProjectScope, ProjectStatus } from '@/lib/generated/prisma/enums'
import { countryName } from '@/lib/utils'
import type { Locale } from '@/lib/i18n/locales'
import { cachePublished } from './cache'
import { idsOf, loadLocalizer } from './localize'
import { PAGE_SIZE, paginate, PRERENDER_LIMIT, publishedWhere } from './published'

const projectCardSelect = {
  id: true,
  slug: true,
  title: true,
  acronym: true,
  summary: true,
  projectStatus: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  scope: true,
} satisfies Prisma.ProjectSelect

// The same fields as `newsCardSelect` in lib/data/news.ts, so that related
// articles render with the shared NewsCard.
const relatedNewsSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  publishedAt: true,
  coverImageUrl: true,
  coverImageAlt: true,
  tags: true,
} satisfies Prisma.NewsArticleSelect

const relatedConferenceSelect = {
  id: true,
  slug: true,
  name: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  city: true,
  country: true,
} satisfies Prisma.ConferenceSelect

// Every related list carries the published predicate of the related row: a
// public page never links to a draft, archived or trashed item.
function projectDetailSelect() {
  return {
    ...projectCardSelect,
    body: true,
    phase: true,
    fundingSource: true,
    countries: true,
    topics: true,
    outcomes: true,
    partners: {
      where: { organization: publishedWhere() },
      select: {
        role: true,
        organization: { select: { id: true, slug: true, name: true, acronym: true, country: true } },
      },
      orderBy: [{ organization: { name: 'asc' } }, { organizationId: 'asc' }],
    },
    trainings: {
      where: publishedWhere(),
      select: {
        id: true,
        slug: true,
        title: true,
        kind: true,
        startDate: true,
        endDate: true,
        datePrecision: true,
        location: true,
        country: true,
      },
      orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
    },
    newsArticles: {
      where: publishedWhere(),
      select: relatedNewsSelect,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    },
    // PDFs in the trash are no longer served, so they are not listed either.
    documents: {
      where: { deletedAt: null },
      select: { key: true, title: true, size: true },
      orderBy: [{ title: 'asc' }, { id: 'asc' }],
    },
  } satisfies Prisma.ProjectSelect
}

const statusOrder = Object.values(ProjectStatus)
const scopeOrder = Object.values(ProjectScope)
const roleOrder = Object.values(PartnerRole)
const byName = new Intl.Collator('en', { sensitivity: 'base' }).compare

// Newest start first, undated projects after dated ones, then by title.
const projectOrder = [
  { startDate: { sort: 'desc', nulls: 'last' } },
  { title: 'asc' },
  { id: 'asc' },
] satisfies Prisma.ProjectOrderByWithRelationInput[]

// ---- Public reads --------------------------------------------------------
// Cached (see lib/data/cache.ts) and tagged with the page they serve, so the
// editorial core can expire exactly the pages a change affects. `locale` is
// the page's language and part of the cache key; the tags are the same in
// every language, since a saved translation expires its item's tags like an
// edit. Lists are sorted on the English titles and names, whatever the
// language, and then translated (see lib/data/localize.ts).

export type ProjectListFilters = {
  status?: ProjectStatus
  /** A topic exactly as stored on projects. */
  topic?: string
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string
  scope?: ProjectScope
  page?: number
  pageSize?: number
}

/**
 * One page of published projects: active ones first, then the rest, each
 * part by start date (newest first, undated last) and then title. Optionally
 * filtered by status, topic, country and scope; the filters combine.
 */
export async function listPublishedProjects(
  { status, topic, country, scope, page = 1, pageSize = PAGE_SIZE }: ProjectListFilters = {},
  locale: Locale = 'en',
) {
  'use cache'
  cachePublished([TAGS.list('projects')])
  const where: Prisma.ProjectWhereInput = {
    ...publishedWhere(),
    ...(status ? { projectStatus: status } : {}),
    ...(topic ? { topics: { has: topic } } : {}),
    ...(country ? { countries: { has: country } } : {}),
    ...(scope ? { scope } : {}),
  }
  // SQL cannot sort "ACTIVE first" from the enum's order, so the list is read
  // as two consecutive parts, active and not active, and the page's window is
  // laid across them.
  const activeWhere: Prisma.ProjectWhereInput = { AND: [where, { projectStatus: 'ACTIVE' }] }
  const otherWhere: Prisma.ProjectWhereInput = { AND: [where, { projectStatus: { not: 'ACTIVE' } }] }
  const result = await paginate(
    page,
    pageSize,
    async ({ skip, take }) => {
      const activeTotal = await db.project.count({ where: activeWhere })
      const [active, other] = await Promise.all([
        skip < activeTotal
          ? db.project.findMany({ where: activeWhere, select: projectCardSelect, orderBy: projectOrder, skip, take })
          : Promise.resolve([]),
        skip + take > activeTotal
          ? db.project.findMany({
              where: otherWhere,
              select: projectCardSelect,
              orderBy: projectOrder,
              skip: Math.max(0, skip - activeTotal),
              take: Math.min(take, skip + take - activeTotal),
            })
          : Promise.resolve([]),
      ])
      return [...active, ...other]
    },
    () => db.project.count({ where }),
  )
  const localizer = await loadLocalizer(locale, { PROJECT: idsOf(result.items) })
  return { ...result, items: localizer.rows('PROJECT', result.items) }
}

export type ProjectCard = Awaited<ReturnType<typeof listPublishedProjects>>['items'][number]

/** The newest published active projects, for the home page. */
export async function listActiveProjects(limit = 3, locale: Locale = 'en') {
  'use cache'
  cachePublished([TAGS.home])
  const rows = await db.project.findMany({
    where: { ...publishedWhere(), projectStatus: 'ACTIVE' },
    select: projectCardSelect,
    orderBy: projectOrder,
    take: limit,
  })
  const localizer = await loadLocalizer(locale, { PROJECT: idsOf(rows) })
  return localizer.rows('PROJECT', rows)
}

/** How many published projects are active, for the home page. */
export async function countActiveProjects() {
  'use cache'
  cachePublished([TAGS.home])
  return db.project.count({ where: { ...publishedWhere(), projectStatus: 'ACTIVE' } })
}

/**
 * The choices of the projects list's filters, taken from published projects
 * so that no option leads to an empty list on its own: the statuses and
 * scopes that occur (in the schema's order), the topics that occur (by name)
 * and the countries that take part (by English name).
 */
export async function listProjectFilterOptions() {
  'use cache'
  cachePublished([TAGS.list('projects')])
  const where = publishedWhere()
  const [statuses, scopes, rows] = await Promise.all([
    db.project.groupBy({ by: ['projectStatus'], where }),
    db.project.groupBy({ by: ['scope'], where }),
    db.project.findMany({ where, select: { topics: true, countries: true } }),
  ])
  const topics = new Set<string>()
  const countries = new Set<string>()
  for (const row of rows) {
    for (const topic of row.topics) if (topic.trim()) topics.add(topic)
    for (const code of row.countries) countries.add(code.trim().toUpperCase())
  }
  return {
    statuses: statuses
      .map((s) => s.projectStatus)
      .sort((a, b) => statusOrder.indexOf(a) - statusOrder.indexOf(b)),
    scopes: scopes.map((s) => s.scope).sort((a, b) => scopeOrder.indexOf(a) - scopeOrder.indexOf(b)),
    topics: [...topics].sort(byName),
    countries: [...countries]
      .map((code) => ({ code, name: countryName(code) }))
      .sort((a, b) => byName(a.name, b.name)),
  }
}

export type ProjectFilterOptions = Awaited<ReturnType<typeof listProjectFilterOptions>>

/**
 * A published project with its published partners grouped by role (lead,
 * partner, funder; by name within a role), its published trainings and news
 * (newest first) and its related conferences; null when there is no such
 * published project. Cached by slug and language, a miss included:
 * generateMetadata and the page share one read. `translation` lists the
 * project's fields shown in English (or from older English text) on a
 * Chinese or Japanese page.
 */
export async function getPublishedProjectBySlug(slug: string, locale: Locale = 'en') {
  'use cache'
  cachePublished([TAGS.item('projects', slug)])
  const [row, conferences] = await Promise.all([
    db.project.findFirst({ where: { slug, ...publishedWhere() }, select: projectDetailSelect() }),
    // The schema links conferences to news articles but not to projects, so a
    // project's conferences are those that a published article about the
    // project also mentions.
    db.conference.findMany({
      where: {
        ...publishedWhere(),
        newsArticles: { some: { ...publishedWhere(), projects: { some: { slug, ...publishedWhere() } } } },
      },
      select: relatedConferenceSelect,
      orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
    }),
  ])
  if (!row) return null
  const { partners, trainings, newsArticles, ...project } = row
  // Partners are grouped and ordered on their English names, then translated.
  const partnerGroups = groupPartnersByRole(partners)
  const localizer = await loadLocalizer(locale, {
    PROJECT: [project.id],
    ORGANIZATION: partners.map((p) => p.organization.id),
    TRAINING: idsOf(trainings),
    NEWS: idsOf(newsArticles),
    CONFERENCE: idsOf(conferences),
  })
  const localized = localizer.withNotes('PROJECT', project)
  return {
    ...localized.row,
    trainings: localizer.rows('TRAINING', trainings),
    newsArticles: localizer.rows('NEWS', newsArticles),
    partnerGroups: partnerGroups.map((group) => ({
      ...group,
      organizations: localizer.rows('ORGANIZATION', group.organizations),
    })),
    conferences: localizer.rows('CONFERENCE', conferences),
    translation: localized.translation,
  }
}

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof getPublishedProjectBySlug>>>

type PartnerOrganization = { id: string; slug: string; name: string; acronym: string | null; country: string }

// An organization holding two roles (lead and funder, say) appears under each.
function groupPartnersByRole(rows: { role: PartnerRole; organization: PartnerOrganization }[]) {
  return roleOrder
    .map((role) => ({ role, organizations: rows.filter((r) => r.role === role).map((r) => r.organization) }))
    .filter((group) => group.organizations.length > 0)
}

/**
 * The slugs whose pages are prerendered at build time: the `limit` most
 * recently published. The others are rendered on their first request and
 * cached from then on, so the build takes the same time at any volume.
 */
export async function listPublishedProjectSlugs(limit = PRERENDER_LIMIT): Promise<string[]> {
  'use cache'
  cachePublished([TAGS.list('projects')])
  const rows = await db.project.findMany({
    where: publishedWhere(),
    select: { slug: true },
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
    take: limit,
  })
  return rows.map((row) => row.slug)
}

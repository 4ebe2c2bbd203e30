import 'server-only'
import { TAGS } from '@/lib/cache-tags'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { OrganizationKind, type PartnerRole } from '@/lib/generated/prisma/enums'
import { countryName } from '@/lib/utils'
import type { Locale } from '@/lib/i18n/locales'
import { cachePublished } from './cache'
import { idsOf, loadLocalizer } from './localize'
import { PAGE_SIZE, paginate, PRERENDER_LIMIT, publishedWhere } from './published'

const organizationCardSelect = {
  id: true,
  slug: true,
  name: true,
  acronym: true,
  kind: true,
  country: true,
  // The name in the organization's own language and script, with its BCP 47
  // tag for `lang`, and its romanization; shown beside the name in every language.
  nativeName: true,
  nativeNameLang: true,
  romanizedName: true,
} satisfies Prisma.OrganizationSelect

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

// Every related list carries the published predicate of the related row: a
// public page never links to a draft, archived or trashed item.
function organizationDetailSelect() {
  return {
    ...organizationCardSelect,
    website: true,
    description: true,
    logoUrl: true,
    mous: {
      where: { mou: publishedWhere() },
      select: {
        mou: {
          select: {
            id: true,
            slug: true,
            subject: true,
            startDate: true,
            endDate: true,
            endTerm: true,
            datePrecision: true,
          },
        },
      },
      orderBy: [{ mou: { startDate: 'desc' } }, { mou: { id: 'asc' } }],
    },
    projects: {
      where: { project: publishedWhere() },
      select: {
        role: true,
        project: { select: { id: true, slug: true, title: true, acronym: true, startDate: true } },
      },
    },
    trainings: {
      where: publishedWhere(),
      select: {
        id: true,
        slug: true,
        title: true,
        startDate: true,
        endDate: true,
        datePrecision: true,
        location: true,
      },
      orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
    },
    newsArticles: {
      where: publishedWhere(),
      select: relatedNewsSelect,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    },
  } satisfies Prisma.OrganizationSelect
}

const kindOrder = Object.values(OrganizationKind)
const roleOrder: PartnerRole[] = ['LEAD', 'PARTNER', 'FUNDER']
const byName = new Intl.Collator('en', { sensitivity: 'base' }).compare

// ---- Public reads --------------------------------------------------------
// Cached (see lib/data/cache.ts) and tagged with the page they serve, so the
// editorial core can expire exactly the pages a change affects. `locale` is
// the page's language and part of the cache key; the tags are the same in
// every language, since a saved translation expires its item's tags like an
// edit. Lists are sorted on the English names and titles, whatever the
// language, and then translated (see lib/data/localize.ts).

export type OrganizationListFilters = {
  kind?: OrganizationKind
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string
  page?: number
  pageSize?: number
}

/** One page of published organizations, sorted by name, optionally filtered by kind and country. */
export async function listPublishedOrganizations(
  { kind, country, page = 1, pageSize = PAGE_SIZE }: OrganizationListFilters = {},
  locale: Locale = 'en',
) {
  'use cache'
  cachePublished([TAGS.list('organizations')])
  const where: Prisma.OrganizationWhereInput = {
    ...publishedWhere(),
    ...(kind ? { kind } : {}),
    ...(country ? { country } : {}),
  }
  const result = await paginate(
    page,
    pageSize,
    (window) =>
      db.organization.findMany({
        where,
        select: organizationCardSelect,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        ...window,
      }),
    () => db.organization.count({ where }),
  )
  const localizer = await loadLocalizer(locale, { ORGANIZATION: idsOf(result.items) })
  return { ...result, items: localizer.rows('ORGANIZATION', result.items) }
}

export type OrganizationCard = Awaited<ReturnType<typeof listPublishedOrganizations>>['items'][number]

/**
 * The choices of the partners list's filters: the kinds (in the schema's
 * order) and the countries (by English name) that occur among published
 * organizations, so no option ever leads to an empty list on its own.
 */
export async function listOrganizationFilterOptions() {
  'use cache'
  cachePublished([TAGS.list('organizations')])
  const where = publishedWhere()
  const [kinds, countries] = await Promise.all([
    db.organization.groupBy({ by: ['kind'], where }),
    db.organization.groupBy({ by: ['country'], where }),
  ])
  return {
    kinds: kinds.map((k) => k.kind).sort((a, b) => kindOrder.indexOf(a) - kindOrder.indexOf(b)),
    countries: countries
      .map(({ country }) => ({ code: country, name: countryName(country) }))
      .sort((a, b) => byName(a.name, b.name)),
  }
}

export type OrganizationFilterOptions = Awaited<ReturnType<typeof listOrganizationFilterOptions>>

/**
 * A published organization with its published MOUs (newest first), projects
 * (one entry per project with all of the organization's roles in it),
 * trainings it organized (newest first) and news that mention it (newest
 * first); null when there is no such published organization. Cached by
 * slug and language, a miss included: generateMetadata and the page share
 * one read. `translation` lists the organization's fields shown in English
 * (or from older English text) on a Chinese or Japanese page.
 */
export async function getPublishedOrganizationBySlug(slug: string, locale: Locale = 'en') {
  'use cache'
  cachePublished([TAGS.item('organizations', slug)])
  const row = await db.organization.findFirst({
    where: { slug, ...publishedWhere() },
    select: organizationDetailSelect(),
  })
  if (!row) return null
  const { mous, projects, trainings, newsArticles, ...organization } = row
  const linkedMous = mous.map((m) => m.mou)
  // Grouped and ordered on the English titles first, then translated.
  const grouped = groupProjectRoles(projects)
  const localizer = await loadLocalizer(locale, {
    ORGANIZATION: [organization.id],
    MOU: idsOf(linkedMous),
    PROJECT: idsOf(grouped),
    TRAINING: idsOf(trainings),
    NEWS: idsOf(newsArticles),
  })
  const localized = localizer.withNotes('ORGANIZATION', organization)
  return {
    ...localized.row,
    mous: localizer.rows('MOU', linkedMous),
    projects: localizer.rows('PROJECT', grouped),
    trainings: localizer.rows('TRAINING', trainings),
    newsArticles: localizer.rows('NEWS', newsArticles),
    translation: localized.translation,
  }
}

export type OrganizationDetail = NonNullable<Awaited<ReturnType<typeof getPublishedOrganizationBySlug>>>

type ProjectLink = { id: string; slug: string; title: string; acronym: string | null; startDate: Date | null }

// A partner can hold several roles in one project (lead and funder, say); the
// page lists the project once with all of them. Newest projects come first,
// undated ones last, then by title.
function groupProjectRoles(rows: { role: PartnerRole; project: ProjectLink }[]) {
  const byProject = new Map<string, ProjectLink & { roles: PartnerRole[] }>()
  for (const { role, project } of rows) {
    const entry = byProject.get(project.id) ?? { ...project, roles: [] }
    entry.roles.push(role)
    byProject.set(project.id, entry)
  }
  const projects = [...byProject.values()]
  for (const p of projects) p.roles.sort((a, b) => roleOrder.indexOf(a) - roleOrder.indexOf(b))
  return projects.sort(
    (a, b) =>
      (b.startDate?.getTime() ?? -Infinity) - (a.startDate?.getTime() ?? -Infinity) || byName(a.title, b.title),
  )
}

/**
 * The slugs whose pages are prerendered at build time: the `limit` most
 * recently published. The others are rendered on their first request and
 * cached from then on, so the build takes the same time at any volume.
 */
export async function listPublishedOrganizationSlugs(limit = PRERENDER_LIMIT): Promise<string[]> {
  'use cache'
  cachePublished([TAGS.list('organizations')])
  const rows = await db.organization.findMany({
    where: publishedWhere(),
    select: { slug: true },
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
    take: limit,
  })
  return rows.map((row) => row.slug)
}

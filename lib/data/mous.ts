import 'server-only'
import { TAGS } from '@/lib/cache-tags'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { MOU_STATUSES, mouInForceWhere, mouStatus, mouStatusWhere, type MouStatus } from '@/lib/mou-status'
import { countryName } from '@/lib/utils'
import type { MouStatusFilter } from '@/lib/validation/mous'
import type { Locale } from '@/lib/i18n/locales'
import { cachePublished } from './cache'
import { idsOf, loadLocalizer, type Localizer } from './localize'
import { paginate, PRERENDER_LIMIT, publishedWhere } from './published'

/** The MOU table is dense, so a page holds more rows than the card lists. */
export const MOU_PAGE_SIZE = 20

// Counterparts that are not (or no longer) public are left out, so a public
// page never links to a draft, archived or trashed organization.
function counterpartsSelect() {
  return {
    where: { organization: publishedWhere() },
    orderBy: [{ position: 'asc' }, { organization: { name: 'asc' } }],
    select: { organization: { select: { id: true, slug: true, name: true, acronym: true } } },
  } satisfies Prisma.Mou$counterpartsArgs
}

function mouRowSelect() {
  return {
    id: true,
    slug: true,
    country: true,
    subject: true,
    startDate: true,
    endDate: true,
    endTerm: true,
    datePrecision: true,
    counterparts: counterpartsSelect(),
  } satisfies Prisma.MouSelect
}

const linkedMouSelect = {
  id: true,
  slug: true,
  subject: true,
  startDate: true,
  endDate: true,
  endTerm: true,
  datePrecision: true,
} satisfies Prisma.MouSelect

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

function mouDetailSelect() {
  return {
    ...mouRowSelect(),
    summary: true,
    renewsId: true,
    renewedBy: {
      where: publishedWhere(),
      select: linkedMouSelect,
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
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
  } satisfies Prisma.MouSelect
}

type CounterpartOrganization = { id: string; slug: string; name: string; acronym: string | null }
type WithCounterparts<T> = T & { counterparts: { organization: CounterpartOrganization }[] }

function flattenCounterparts<T>({ counterparts, ...mou }: WithCounterparts<T>) {
  return { ...mou, counterparts: counterparts.map((c) => c.organization) }
}

/** The ids of the counterparts of some MOUs, for loadLocalizer. */
function counterpartIds(rows: ReadonlyArray<{ counterparts: { organization: { id: string } }[] }>): string[] {
  return rows.flatMap((row) => row.counterparts.map((c) => c.organization.id))
}

/** A flattened MOU with its subject, summary and term and its counterparts' names in the page's language. */
function localizeMou<T extends { id: string; counterparts: CounterpartOrganization[] }>(localizer: Localizer, mou: T): T {
  return { ...localizer.row('MOU', mou), counterparts: localizer.rows('ORGANIZATION', mou.counterparts) }
}

function statusWhere(status: MouStatusFilter, today: Date): Prisma.MouWhereInput {
  return status === 'IN_FORCE' ? mouInForceWhere(today) : mouStatusWhere(status, today)
}

// ---- Public reads --------------------------------------------------------
// Cached (see lib/data/cache.ts) and tagged with the page they serve, so the
// editorial core can expire exactly the pages a change affects. Statuses
// depend on the date, so these reads are also refreshed after midnight UTC;
// `today` defaults to the time of the read and is only passed by tests.
// `locale` is the page's language and part of the cache key; the tags are the
// same in every language, since a saved translation expires its item's tags
// like an edit. Counterparts are ordered on their English names, whatever the
// language, and then translated (see lib/data/localize.ts).

export type MouListFilters = {
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string
  status?: MouStatusFilter
  page?: number
  pageSize?: number
}

/**
 * One page of published MOUs, newest start date first, each with its status
 * on `today` and its published counterparts in the order the agreement names
 * them. The status filter runs in SQL, so counts and pages are exact.
 */
export async function listPublishedMous(
  { country, status, page = 1, pageSize = MOU_PAGE_SIZE }: MouListFilters = {},
  today: Date = new Date(),
  locale: Locale = 'en',
) {
  'use cache'
  cachePublished([TAGS.list('mous')], { daily: true })
  const where: Prisma.MouWhereInput = {
    ...publishedWhere(),
    ...(country ? { country } : {}),
    ...(status ? { AND: [statusWhere(status, today)] } : {}),
  }
  const result = await paginate(
    page,
    pageSize,
    (window) =>
      db.mou.findMany({
        where,
        select: mouRowSelect(),
        orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
        ...window,
      }),
    () => db.mou.count({ where }),
  )
  const localizer = await loadLocalizer(locale, { MOU: idsOf(result.items), ORGANIZATION: counterpartIds(result.items) })
  return {
    ...result,
    items: result.items.map((row) => ({
      ...localizeMou(localizer, flattenCounterparts(row)),
      status: mouStatus(row, today),
    })),
  }
}

export type MouRow = Awaited<ReturnType<typeof listPublishedMous>>['items'][number]

/**
 * The choices of the MOU list's filters: the countries (by English name) and
 * the statuses (in MOU_STATUSES order) that occur among published MOUs on
 * `today`, so no option on its own leads to an empty list. `inForce` says
 * whether any MOU is in force, for the "In force" choice.
 */
export async function listMouFilterOptions(today: Date = new Date()) {
  'use cache'
  cachePublished([TAGS.list('mous')], { daily: true })
  const published = publishedWhere()
  const [countries, ...statusCounts] = await Promise.all([
    db.mou.groupBy({ by: ['country'], where: published }),
    ...MOU_STATUSES.map((status) => db.mou.count({ where: { ...published, AND: [mouStatusWhere(status, today)] } })),
  ])
  const statuses: MouStatus[] = MOU_STATUSES.filter((_, i) => (statusCounts[i] ?? 0) > 0)
  return {
    countries: countries
      .map(({ country }) => ({ code: country, name: countryName(country) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.code.localeCompare(b.code)),
    statuses,
    inForce: statuses.some((s) => s !== 'EXPIRED'),
  }
}

export type MouFilterOptions = Awaited<ReturnType<typeof listMouFilterOptions>>

/**
 * A published MOU with its status today, its published counterparts, the
 * published MOU it renews (if any), the published MOUs that renew it (oldest
 * first) and published news about it (newest first). Cached by slug and
 * language, a miss included: generateMetadata and the page share one read.
 * `translation` lists the MOU's fields shown in English (or from older
 * English text) on a Chinese or Japanese page.
 */
export async function getPublishedMouBySlug(slug: string, locale: Locale = 'en') {
  'use cache'
  cachePublished([TAGS.item('mous', slug)], { daily: true })
  const row = await db.mou.findFirst({ where: { slug, ...publishedWhere() }, select: mouDetailSelect() })
  if (!row) return null
  // A to-one relation cannot be filtered inside `select`, so the renewed MOU
  // is read on its own, through the same published filter.
  const renews = row.renewsId
    ? await db.mou.findFirst({ where: { id: row.renewsId, ...publishedWhere() }, select: linkedMouSelect })
    : null
  const { renewsId: _renewsId, renewedBy, newsArticles, ...mou } = flattenCounterparts(row)
  const localizer = await loadLocalizer(locale, {
    MOU: [mou.id, ...idsOf(renewedBy), ...(renews ? [renews.id] : [])],
    ORGANIZATION: idsOf(mou.counterparts),
    NEWS: idsOf(newsArticles),
  })
  const localized = localizer.withNotes('MOU', mou)
  return {
    ...localized.row,
    counterparts: localizer.rows('ORGANIZATION', mou.counterparts),
    renewedBy: localizer.rows('MOU', renewedBy),
    newsArticles: localizer.rows('NEWS', newsArticles),
    status: mouStatus(row),
    renews: renews ? localizer.row('MOU', renews) : null,
    translation: localized.translation,
  }
}

export type MouDetail = NonNullable<Awaited<ReturnType<typeof getPublishedMouBySlug>>>
export type LinkedMou = MouDetail['renewedBy'][number]

/**
 * How many published MOUs are in force on `today` (active, expiring soon or
 * indefinite), for the home page's key figures. The MOU list shows the same
 * rows with `?status=IN_FORCE`.
 */
export async function countActiveMous(today: Date = new Date()) {
  'use cache'
  cachePublished([TAGS.home], { daily: true })
  return db.mou.count({ where: { ...publishedWhere(), AND: [mouInForceWhere(today)] } })
}

/**
 * The slugs whose pages are prerendered at build time: the `limit` most
 * recently published. The others are rendered on their first request and
 * cached from then on, so the build takes the same time at any volume.
 */
export async function listPublishedMouSlugs(limit = PRERENDER_LIMIT): Promise<string[]> {
  'use cache'
  cachePublished([TAGS.list('mous')])
  const rows = await db.mou.findMany({
    where: publishedWhere(),
    select: { slug: true },
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
    take: limit,
  })
  return rows.map((row) => row.slug)
}

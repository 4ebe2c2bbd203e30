import 'server-only'
import { TAGS } from '@/lib/cache-tags'
import { countryPath, normalizeCountryCode } from '@/lib/countries'
import { db } from '@/lib/db'
import { cachePublished } from './cache'
import { listCountrySummaries } from './countries'
import { publishedWhere } from './published'

/** One URL of the sitemap: a site path and when what it shows last changed. */
export type SitemapEntry = {
  path: string
  /** Absent for a list whose type has nothing published and for the fixed-text about page. */
  lastModified?: Date
}

const sitemapRowSelect = { slug: true, updatedAt: true } as const

type Dated = { updatedAt: Date } | { lastModified?: Date }

function dateOf(row: Dated): Date | undefined {
  return 'updatedAt' in row ? row.updatedAt : row.lastModified
}

/** The most recent date among `rows`, or undefined when none has one. */
function newest(rows: Dated[]): Date | undefined {
  let latest: Date | undefined
  for (const row of rows) {
    const date = dateOf(row)
    if (date && (!latest || date > latest)) latest = date
  }
  return latest
}

/**
 * The newest `updatedAt` of the published records linked to each country
 * (alpha-2 → date), with the same links as lib/data/countries.ts: partners
 * based there, MOUs with it, projects listing it, trainings held there or
 * attended from there, and conferences held there.
 */
async function listCountryLastModified(): Promise<Map<string, Date>> {
  const where = publishedWhere()
  const [organizations, mous, conferences, projects, trainings] = await Promise.all([
    db.organization.groupBy({ by: ['country'], where, _max: { updatedAt: true } }),
    db.mou.groupBy({ by: ['country'], where, _max: { updatedAt: true } }),
    db.conference.groupBy({ by: ['country'], where, _max: { updatedAt: true } }),
    db.project.findMany({ where, select: { countries: true, updatedAt: true } }),
    db.training.findMany({
      where,
      select: { country: true, updatedAt: true, participantCountries: { select: { country: true } } },
    }),
  ])

  const dates = new Map<string, Date>()
  const add = (rawCode: string, date: Date | null) => {
    if (!date) return
    const code = normalizeCountryCode(rawCode)
    const known = dates.get(code)
    if (!known || date > known) dates.set(code, date)
  }
  for (const group of [...organizations, ...mous, ...conferences]) add(group.country, group._max.updatedAt)
  for (const project of projects) for (const code of project.countries) add(code, project.updatedAt)
  for (const training of trainings) {
    if (training.country) add(training.country, training.updatedAt)
    for (const participant of training.participantCountries) add(participant.country, training.updatedAt)
  }
  return dates
}

/**
 * Every public page worth indexing, for sitemap.xml: the home page, each list
 * page, every published record of every type and every country page that
 * exists. A record's date is its `updatedAt`; a list's is the newest of its
 * type, the home page's the newest of all. Drafts, records in review,
 * archived, trashed and future-dated records are left out by publishedWhere().
 * Cached (see lib/data/cache.ts) under the sitemap's tag.
 */
export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  'use cache'
  cachePublished([TAGS.sitemap])
  const where = publishedWhere()
  const args = { where, select: sitemapRowSelect, orderBy: { slug: 'asc' } } as const
  const [news, projects, organizations, mous, conferences, trainings, countries, countryDates] = await Promise.all([
    db.newsArticle.findMany(args),
    db.project.findMany(args),
    db.organization.findMany(args),
    db.mou.findMany(args),
    db.conference.findMany(args),
    db.training.findMany(args),
    listCountrySummaries(),
    listCountryLastModified(),
  ])

  const sections = [
    { base: '/news', rows: news },
    { base: '/projects', rows: projects },
    { base: '/organizations', rows: organizations },
    { base: '/mous', rows: mous },
    { base: '/conferences', rows: conferences },
    { base: '/trainings', rows: trainings },
  ]
  const countryEntries: SitemapEntry[] = countries.map((country) => ({
    path: countryPath(country.code),
    lastModified: countryDates.get(country.code),
  }))
  const lists: SitemapEntry[] = [
    ...sections.map(({ base, rows }) => ({ path: base, lastModified: newest(rows) })),
    { path: '/countries', lastModified: newest(countryEntries) },
  ]
  // The open data page describes all published content, so it is as new as the newest list.
  lists.push({ path: '/data', lastModified: newest(lists) })
  const details: SitemapEntry[] = sections.flatMap(({ base, rows }) =>
    rows.map((row) => ({ path: `${base}/${row.slug}`, lastModified: row.updatedAt })),
  )

  // The about page is fixed text, changed only by a release; it has no date.
  return [{ path: '/', lastModified: newest(lists) }, { path: '/about' }, ...lists, ...details, ...countryEntries]
}

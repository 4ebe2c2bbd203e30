import 'server-only'
import { TAGS } from '@/lib/cache-tags'
import {
  COOPERATION_TYPES,
  isCountryCode,
  normalizeCountryCode,
  type CooperationCounts,
  type CooperationType,
} from '@/lib/countries'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { countryName } from '@/lib/utils'
import type { Locale } from '@/lib/i18n/locales'
import { cachePublished } from './cache'
import { idsOf, loadLocalizer } from './localize'
import { publishedWhere } from './published'

/**
 * A country's "cooperation links" are the published records tied to it:
 * partners based there, MOUs with it, projects listing it, trainings held
 * there or attended from there, and conferences held there. Everything here
 * is a public read, so every query, related lists included, goes through
 * publishedWhere(). The reads are cached (see lib/data/cache.ts) and tagged
 * with the page they serve.
 */

export type CountrySummary = {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string
  /** English name. */
  name: string
  counts: CooperationCounts
  total: number
}

function emptyCounts(): CooperationCounts {
  return { organizations: 0, mous: 0, projects: 0, trainings: 0, conferences: 0 }
}

function sumCounts(counts: CooperationCounts): number {
  return COOPERATION_TYPES.reduce((sum, type) => sum + counts[type], 0)
}

/**
 * Every country with at least one published cooperation link, sorted by its
 * English name. Five queries in all, one per content type, whatever the
 * number of countries. Codes that are not ISO countries (a typo in an import,
 * say) are left out, because their page could not be opened.
 */
export async function listCountrySummaries(): Promise<CountrySummary[]> {
  'use cache'
  // The countries index, the home page's figures and map, and the sitemap.
  cachePublished([TAGS.countries])
  const where = publishedWhere()
  const [organizations, mous, conferences, projects, trainings] = await Promise.all([
    db.organization.groupBy({ by: ['country'], where, _count: { _all: true } }),
    db.mou.groupBy({ by: ['country'], where, _count: { _all: true } }),
    db.conference.groupBy({ by: ['country'], where, _count: { _all: true } }),
    // Array columns and "host or participant" cannot be grouped by Prisma, so
    // these two read only the country columns of the published rows and count
    // here. Each row counts once per country, even if it names a country twice.
    db.project.findMany({ where, select: { countries: true } }),
    db.training.findMany({ where, select: { country: true, participantCountries: { select: { country: true } } } }),
  ])

  const byCode = new Map<string, CooperationCounts>()
  const add = (rawCode: string, type: CooperationType, count = 1) => {
    const code = normalizeCountryCode(rawCode)
    if (!isCountryCode(code)) return
    let counts = byCode.get(code)
    if (!counts) {
      counts = emptyCounts()
      byCode.set(code, counts)
    }
    counts[type] += count
  }

  for (const row of organizations) add(row.country, 'organizations', row._count._all)
  for (const row of mous) add(row.country, 'mous', row._count._all)
  for (const row of conferences) add(row.country, 'conferences', row._count._all)
  for (const project of projects) {
    for (const code of new Set(project.countries.map(normalizeCountryCode))) add(code, 'projects')
  }
  for (const training of trainings) {
    const codes = new Set(training.participantCountries.map((p) => normalizeCountryCode(p.country)))
    if (training.country) codes.add(normalizeCountryCode(training.country))
    for (const code of codes) add(code, 'trainings')
  }

  return [...byCode]
    .map(([code, counts]) => ({ code, name: countryName(code), counts, total: sumCounts(counts) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.code.localeCompare(b.code))
}

/** Total cooperation links per country (alpha-2 → count), e.g. for the partner map on the home page. */
export async function listCooperationCounts(): Promise<Record<string, number>> {
  const summaries = await listCountrySummaries()
  return Object.fromEntries(summaries.map((summary) => [summary.code, summary.total]))
}

const linkedOrganizationSelect = {
  slug: true,
  name: true,
  acronym: true,
} satisfies Prisma.OrganizationSelect

const countryOrganizationSelect = {
  id: true,
  ...linkedOrganizationSelect,
} satisfies Prisma.OrganizationSelect

function countryMouSelect() {
  return {
    id: true,
    slug: true,
    subject: true,
    startDate: true,
    endDate: true,
    endTerm: true,
    datePrecision: true,
    // Counterparts that are not (or no longer) public are left out of the list.
    counterparts: {
      where: { organization: publishedWhere() },
      orderBy: { position: 'asc' },
      select: { organization: { select: countryOrganizationSelect } },
    },
  } satisfies Prisma.MouSelect
}

const countryProjectSelect = {
  id: true,
  slug: true,
  title: true,
  acronym: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
} satisfies Prisma.ProjectSelect

function countryTrainingSelect(code: string) {
  return {
    id: true,
    slug: true,
    title: true,
    startDate: true,
    endDate: true,
    datePrecision: true,
    location: true,
    country: true,
    participantCountries: { where: { country: code }, select: { participants: true } },
  } satisfies Prisma.TrainingSelect
}

const countryConferenceSelect = {
  id: true,
  slug: true,
  name: true,
  edition: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  city: true,
} satisfies Prisma.ConferenceSelect

/**
 * Everything published that links the country `code` (alpha-2, any case) to
 * the office, or null when nothing does or the code is not a country. Cached
 * by code and language, a miss included: generateMetadata and the page share
 * one read. The lists are ordered on the English names and titles, whatever
 * the language, and then translated (see lib/data/localize.ts); the tag is
 * the same in every language.
 */
export async function getCountryOverview(code: string, locale: Locale = 'en') {
  'use cache'
  cachePublished([TAGS.country(code)])
  const country = normalizeCountryCode(code)
  if (!isCountryCode(country)) return null

  const [organizations, mous, projects, trainings, conferences] = await Promise.all([
    db.organization.findMany({
      where: { country, ...publishedWhere() },
      select: countryOrganizationSelect,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),
    db.mou.findMany({
      where: { country, ...publishedWhere() },
      select: countryMouSelect(),
      orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
    }),
    db.project.findMany({
      where: { countries: { has: country }, ...publishedWhere() },
      select: countryProjectSelect,
      orderBy: [{ startDate: { sort: 'desc', nulls: 'last' } }, { title: 'asc' }, { id: 'asc' }],
    }),
    db.training.findMany({
      where: { OR: [{ country }, { participantCountries: { some: { country } } }], ...publishedWhere() },
      select: countryTrainingSelect(country),
      orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
    }),
    db.conference.findMany({
      where: { country, ...publishedWhere() },
      select: countryConferenceSelect,
      orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
    }),
  ])

  const counts: CooperationCounts = {
    organizations: organizations.length,
    mous: mous.length,
    projects: projects.length,
    trainings: trainings.length,
    conferences: conferences.length,
  }
  const total = sumCounts(counts)
  if (total === 0) return null

  const localizer = await loadLocalizer(locale, {
    ORGANIZATION: [...idsOf(organizations), ...mous.flatMap((m) => m.counterparts.map((c) => c.organization.id))],
    MOU: idsOf(mous),
    PROJECT: idsOf(projects),
    TRAINING: idsOf(trainings),
    CONFERENCE: idsOf(conferences),
  })

  return {
    code: country,
    name: countryName(country),
    counts,
    total,
    organizations: localizer.rows('ORGANIZATION', organizations),
    mous: mous.map(({ counterparts, ...mou }) => ({
      ...localizer.row('MOU', mou),
      counterparts: localizer.rows(
        'ORGANIZATION',
        counterparts.map((c) => c.organization),
      ),
    })),
    projects: localizer.rows('PROJECT', projects),
    trainings: trainings.map(({ participantCountries, country: host, ...training }) => ({
      ...localizer.row('TRAINING', training),
      hostedInCountry: host !== null && normalizeCountryCode(host) === country,
      /** True when the training records participants from this country. */
      hasParticipantsFromCountry: participantCountries.length > 0,
      /** How many participants came from this country, when the sources say. */
      participantsFromCountry: participantCountries[0]?.participants ?? null,
    })),
    conferences: localizer.rows('CONFERENCE', conferences),
  }
}

export type CountryOverview = NonNullable<Awaited<ReturnType<typeof getCountryOverview>>>
export type CountryMou = CountryOverview['mous'][number]
export type CountryTraining = CountryOverview['trainings'][number]

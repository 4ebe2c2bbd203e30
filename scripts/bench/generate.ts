/**
 * Fills a benchmark database with a realistic volume of published content:
 * 200 partner organizations, 300 projects, 500 MOUs, 150 conferences,
 * 300 trainings and 2,000 news articles, linked the way real ones are
 * (project partners, MOU counterparts and renewals, training organizers and
 * participant countries, news about all of them), plus 24 staff accounts and
 * the drafts that `run.ts` publishes and edits.
 *
 *   DATABASE_URL=postgresql://…/geocoop_bench node --import tsx scripts/bench/generate.ts [--scale 0.1]
 *
 * The data comes from a seeded pseudo-random generator, so every run writes
 * the same rows (dates are anchored to 1 January 2026, or to yesterday if that
 * is earlier, so that everything is already published). Re-running first removes
 * what an earlier run generated (ids starting with "gen") and leaves the demo
 * content alone. Only databases whose name contains "bench" are accepted.
 */
import 'dotenv/config'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PrismaPg } from '@prisma/adapter-pg'
import { Prisma, PrismaClient } from '../../lib/generated/prisma/client'
import type {
  ConferenceRole,
  DatePrecision,
  OrganizationKind,
  PartnerRole,
  Role,
} from '../../lib/generated/prisma/enums'
import { hashPassword } from '../../lib/auth/password'
import { slugify } from '../../lib/slug'
import { assertBenchDatabase } from './database'
import {
  BENCH_EDITOR,
  GENERATED_EMAIL_DOMAIN,
  GENERATED_ID_PREFIX,
  PUBLISH_PROBE_COUNT,
  SAVE_PROBE,
  publishProbe,
} from './probes'

/** Rows per content type at scale 1. */
export const VOLUME = {
  organizations: 200,
  projects: 300,
  mous: 500,
  conferences: 150,
  trainings: 300,
  news: 2000,
  staff: 24,
} as const

const BATCH_SIZE = 500
const SEED = 20_261_123

// ---- Deterministic randomness ------------------------------------------------

/** mulberry32: small, fast and good enough to make varied but repeatable data. */
class Random {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Cannot pick from an empty list')
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** `count` distinct items (fewer if the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items]
    const chosen: T[] = []
    while (chosen.length < count && pool.length > 0) {
      chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0] as T)
    }
    return chosen
  }

  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
    let roll = this.next() * total
    for (const [value, weight] of entries) {
      roll -= weight
      if (roll < 0) return value
    }
    return (entries[entries.length - 1] as readonly [T, number])[0]
  }
}

// ---- Vocabulary ------------------------------------------------------------------

/** Partner countries with their capital (where events take place) and region. */
const COUNTRIES: ReadonlyArray<readonly [code: string, capital: string, region: string]> = [
  ['AO', 'Luanda', 'Africa'], ['BW', 'Gaborone', 'Africa'], ['CM', 'Yaoundé', 'Africa'], ['EG', 'Cairo', 'Africa'],
  ['ET', 'Addis Ababa', 'Africa'], ['GH', 'Accra', 'Africa'], ['KE', 'Nairobi', 'Africa'], ['MA', 'Rabat', 'Africa'],
  ['MG', 'Antananarivo', 'Africa'], ['MZ', 'Maputo', 'Africa'], ['NA', 'Windhoek', 'Africa'], ['NG', 'Abuja', 'Africa'],
  ['SN', 'Dakar', 'Africa'], ['TZ', 'Dodoma', 'Africa'], ['UG', 'Kampala', 'Africa'], ['ZA', 'Pretoria', 'Africa'],
  ['ZM', 'Lusaka', 'Africa'], ['ZW', 'Harare', 'Africa'], ['AR', 'Buenos Aires', 'Latin America'],
  ['BO', 'La Paz', 'Latin America'], ['BR', 'Brasília', 'Latin America'], ['CL', 'Santiago', 'Latin America'],
  ['CO', 'Bogotá', 'Latin America'], ['CU', 'Havana', 'Latin America'], ['EC', 'Quito', 'Latin America'],
  ['MX', 'Mexico City', 'Latin America'], ['PE', 'Lima', 'Latin America'], ['VE', 'Caracas', 'Latin America'],
  ['AF', 'Kabul', 'Central Asia'], ['KG', 'Bishkek', 'Central Asia'], ['KZ', 'Astana', 'Central Asia'],
  ['MN', 'Ulaanbaatar', 'Central Asia'], ['TJ', 'Dushanbe', 'Central Asia'], ['UZ', 'Tashkent', 'Central Asia'],
  ['BD', 'Dhaka', 'South Asia'], ['IN', 'New Delhi', 'South Asia'], ['LK', 'Colombo', 'South Asia'],
  ['NP', 'Kathmandu', 'South Asia'], ['PK', 'Islamabad', 'South Asia'], ['CN', 'Beijing', 'East and Southeast Asia'],
  ['ID', 'Jakarta', 'East and Southeast Asia'], ['JP', 'Tokyo', 'East and Southeast Asia'],
  ['KH', 'Phnom Penh', 'East and Southeast Asia'], ['KR', 'Seoul', 'East and Southeast Asia'],
  ['LA', 'Vientiane', 'East and Southeast Asia'], ['MM', 'Naypyidaw', 'East and Southeast Asia'],
  ['MY', 'Kuala Lumpur', 'East and Southeast Asia'], ['PH', 'Manila', 'East and Southeast Asia'],
  ['TH', 'Bangkok', 'East and Southeast Asia'], ['VN', 'Hanoi', 'East and Southeast Asia'],
  ['AU', 'Canberra', 'Pacific'], ['FJ', 'Suva', 'Pacific'], ['NZ', 'Wellington', 'Pacific'],
  ['PG', 'Port Moresby', 'Pacific'], ['DE', 'Berlin', 'Europe'], ['FI', 'Helsinki', 'Europe'],
  ['FR', 'Paris', 'Europe'], ['GB', 'London', 'Europe'], ['NO', 'Oslo', 'Europe'], ['PL', 'Warsaw', 'Europe'],
  ['RS', 'Belgrade', 'Europe'], ['RU', 'Moscow', 'Europe'], ['TR', 'Ankara', 'Europe'], ['CA', 'Ottawa', 'North America'],
  ['US', 'Washington', 'North America'], ['IR', 'Tehran', 'Middle East'], ['JO', 'Amman', 'Middle East'],
  ['SA', 'Riyadh', 'Middle East'],
]

const TOPICS = [
  'Geological mapping', 'Geochemistry', 'Geophysics', 'Groundwater', 'Geohazards', 'Metallogeny', 'Tectonics',
  'Geoinformation', 'Capacity building', 'Remote sensing', 'Karst', 'Mineral resources', 'Coastal geology',
  'Palaeoenvironment', 'Geoparks', 'Earthquakes', 'Volcanoes', 'Critical minerals', 'Marine geology', 'Carbon storage',
] as const

const FIELDS = ['Geology', 'Geophysics', 'Hydrogeology', 'Mineral Resources', 'Seismology', 'Marine Geology', 'Geochemistry']
const ACTIVITIES = ['assessment', 'survey', 'mapping programme', 'monitoring network', 'database', 'atlas', 'pilot study']
const FEATURES = ['basin', 'rift zone', 'coastal plain', 'highlands', 'river delta', 'fold belt', 'volcanic arc', 'karst region']
const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th', '12th', '13th', '14th', '15th']

const FIRST_NAMES = ['Amina', 'Bao', 'Carlos', 'Dina', 'Emeka', 'Farah', 'Gustavo', 'Hana', 'Ivan', 'Jia', 'Kofi', 'Lena']
const LAST_NAMES = ['Achieng', 'Bergström', 'Chen', 'Dlamini', 'Estrada', 'Fujita', 'Gómez', 'Haddad', 'Ivanova', 'Jensen']

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' })
const countryName = (code: string) => regionNames.of(code) ?? code
const lower = (topic: string) => topic.charAt(0).toLowerCase() + topic.slice(1)

type Country = { code: string; name: string; capital: string; region: string }
const countries: Country[] = COUNTRIES.map(([code, capital, region]) => ({ code, capital, region, name: countryName(code) }))

// ---- Dates ---------------------------------------------------------------------

const DAY_MS = 86_400_000

function utc(year: number, month = 1, day = 1): Date {
  return new Date(Date.UTC(year, month - 1, day))
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS)
}

/** A date known only to `precision` is stored as the first day of its month or year. */
function truncate(date: Date, precision: DatePrecision): Date {
  if (precision === 'YEAR') return utc(date.getUTCFullYear())
  if (precision === 'MONTH') return utc(date.getUTCFullYear(), date.getUTCMonth() + 1)
  return utc(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

function between(random: Random, from: Date, to: Date): Date {
  return new Date(from.getTime() + Math.floor(random.next() * (to.getTime() - from.getTime())))
}

/** A publication time during office hours on `date`. */
function officeHours(random: Random, date: Date): Date {
  return new Date(truncate(date, 'DAY').getTime() + random.int(8 * 60, 17 * 60) * 60_000)
}

// ---- Text ------------------------------------------------------------------------

type Words = { topic: string; country: string; region: string; org: string; partner: string; year: number }

const SENTENCES: ReadonlyArray<(w: Words) => string> = [
  (w) => `The work focuses on ${lower(w.topic)} in ${w.country}, where new field data are needed for land-use planning.`,
  (w) => `Specialists from the ${w.org} and the ${w.partner} compiled existing maps, borehole logs and laboratory results.`,
  (w) => `Field teams collected rock, soil and stream-sediment samples along several traverses in ${w.year}.`,
  () => `The results feed into a shared database that both sides maintain under a common data policy.`,
  (w) => `Young geoscientists from ${w.region} took part in the field work and in the laboratory analyses.`,
  () => `A joint steering committee reviews progress every year and agrees the work plan for the next season.`,
  () => `Satellite imagery and airborne geophysical surveys guided the choice of target areas.`,
  (w) => `The findings help the authorities of ${w.country} to prepare for floods, landslides and earthquakes.`,
  () => `Groundwater levels and quality are monitored at a network of wells installed with local partners.`,
  () => `Geochemical baseline maps at 1:250,000 scale now cover most of the study area.`,
  (w) => `The cooperation builds on an agreement signed with the ${w.partner} and renewed several times since.`,
  () => `Reports and maps are published in English and in the partner's language, and the data are open.`,
  (w) => `Training in ${lower(w.topic)} is part of every activity, so that the methods remain in use afterwards.`,
  (w) => `Participants presented their results at a regional meeting on ${lower(w.topic)} in ${w.year}.`,
  () => `The team also reviewed mineral occurrences and the potential for critical minerals in the region.`,
  (w) => `Standardised legends make the new sheets compatible with neighbouring maps across ${w.region}.`,
]

function paragraph(random: Random, words: Words, sentences: number): string {
  return random
    .sample(SENTENCES, sentences)
    .map((s) => s(words))
    .join(' ')
}

function body(random: Random, words: Words): string {
  return Array.from({ length: random.int(3, 5) }, () => paragraph(random, words, random.int(3, 5))).join('\n\n')
}

function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^[A-Z]/.test(word) && !['Of', 'And', 'For', 'The'].includes(word))
    .map((word) => word.charAt(0))
    .join('')
    .slice(0, 6)
}

/** Slugs unique within one content type, demo content included. */
class SlugSet {
  private readonly taken: Set<string>

  constructor(existing: Iterable<string>) {
    this.taken = new Set(existing)
  }

  claim(text: string): string {
    const base = slugify(text, 90) || 'item'
    let slug = base
    for (let n = 2; this.taken.has(slug); n++) slug = `${base}-${n}`
    this.taken.add(slug)
    return slug
  }
}

// ---- Rows ------------------------------------------------------------------------

const id = (kind: string, index: number) => `${GENERATED_ID_PREFIX}${kind}${String(index).padStart(5, '0')}`

type Org = Prisma.OrganizationCreateManyInput & { id: string; acronym: string; country: string; name: string }
type Project = Prisma.ProjectCreateManyInput & { id: string; title: string; startDate: Date; endDate: Date; countries: string[]; topics: string[] }
type Mou = Prisma.MouCreateManyInput & { id: string; subject: string; startDate: Date; country: string }
type Conference = Prisma.ConferenceCreateManyInput & { id: string; name: string; startDate: Date; city: string; country: string }
type Training = Prisma.TrainingCreateManyInput & { id: string; title: string; startDate: Date; topics: string[] }

type ExistingSlugs = Record<'organizations' | 'projects' | 'mous' | 'conferences' | 'trainings' | 'news', string[]>

/** Builds every row in memory, without touching the database: the same arguments give the same rows. */
export function buildData(scale: number, existing: ExistingSlugs, staffIds: string[], anchor: Date) {
  const random = new Random(SEED)
  const count = (n: number) => Math.max(1, Math.round(n * scale))
  const staff = () => random.pick(staffIds)
  const notAfterAnchor = (date: Date) => (date > anchor ? anchor : date)
  const editorial = (publishedAt: Date) => {
    const author = staff()
    return { status: 'PUBLISHED' as const, publishedAt, createdById: author, updatedById: random.chance(0.7) ? author : staff() }
  }
  const byCountry = new Map<string, Org[]>()

  // Organizations: one geological survey per country, then the other kinds.
  const orgSlugs = new SlugSet(existing.organizations)
  const kindCounts: Array<[OrganizationKind, number]> = [
    ['GEOLOGICAL_SURVEY', 60], ['UNIVERSITY', 40], ['RESEARCH_INSTITUTE', 40], ['MINISTRY', 25],
    ['INTERGOVERNMENTAL', 12], ['ASSOCIATION', 10], ['PROGRAMME', 7], ['COMPANY', 6],
  ]
  const names = new Set<string>()
  const organizations: Org[] = []
  const organizationTarget = count(VOLUME.organizations)
  for (const [kind, share] of kindCounts) {
    for (let i = 0; i < Math.round(share * scale) && organizations.length < organizationTarget; i++) {
      const c = kind === 'GEOLOGICAL_SURVEY' ? (countries[i % countries.length] as Country) : random.pick(countries)
      const field = random.pick(FIELDS)
      const candidates: Record<OrganizationKind, string[]> = {
        GEOLOGICAL_SURVEY: [`Geological Survey of ${c.name}`, `${c.name} Geological Survey Department`],
        UNIVERSITY: [`University of ${c.capital}`, `National University of ${c.name}`, `${c.capital} University of Science and Technology`],
        RESEARCH_INSTITUTE: [`Institute of ${field} of ${c.name}`, `${c.capital} Centre for ${field}`],
        MINISTRY: [`Ministry of Mines and Energy of ${c.name}`, `Ministry of Natural Resources of ${c.name}`],
        INTERGOVERNMENTAL: [`Commission for ${field} in ${c.region}`, `${c.region} Geoscience Council`],
        ASSOCIATION: [`${c.name} Association of ${field}`, `Society of ${field} of ${c.region}`],
        PROGRAMME: [`${c.region} Programme on ${field}`, `${field} Cooperation Programme for ${c.region}`],
        COMPANY: [`${c.name} Mineral Exploration Corporation`, `${c.capital} Geotechnical Services`],
      }
      const name = candidates[kind].find((n) => !names.has(n)) ?? `${random.pick(candidates[kind])} (${i + 1})`
      names.add(name)
      const acronym = acronymOf(name)
      const org: Org = {
        id: id('org', organizations.length),
        slug: orgSlugs.claim(name),
        name,
        acronym,
        kind,
        country: c.code,
        website: `https://www.${acronym.toLowerCase()}${organizations.length}.example.org`,
        description: paragraph(random, { topic: random.pick(TOPICS), country: c.name, region: c.region, org: name, partner: 'national geological survey', year: random.int(2005, 2025) }, 3),
        ...editorial(officeHours(random, between(random, utc(2012), anchor))),
      }
      organizations.push(org)
      byCountry.set(c.code, [...(byCountry.get(c.code) ?? []), org])
    }
  }
  const orgInCountry = (code: string) => {
    const local = byCountry.get(code)
    return local && local.length > 0 ? random.pick(local) : random.pick(organizations)
  }

  // Projects, with partners; the status follows the dates.
  const projectSlugs = new SlugSet(existing.projects)
  const projects: Project[] = []
  const projectPartners: Prisma.ProjectPartnerCreateManyInput[] = []
  for (let i = 0; i < count(VOLUME.projects); i++) {
    const c = random.pick(countries)
    const topics = random.sample(TOPICS, random.int(1, 3))
    const topic = topics[0] as string
    const title = random.pick([
      () => `${topic} ${random.pick(ACTIVITIES)} of ${c.name}`,
      () => `${c.region} ${lower(topic)} cooperation`,
      () => `Joint ${lower(topic)} ${random.pick(ACTIVITIES)} of the ${c.capital} ${random.pick(FEATURES)}`,
      () => `${topic} for sustainable development in ${c.name}`,
    ])()
    const precision = random.weighted<DatePrecision>([['YEAR', 4], ['MONTH', 5], ['DAY', 1]])
    const start = truncate(between(random, utc(2004), addDays(anchor, 365)), precision)
    const end = truncate(addDays(start, random.int(2, 6) * 365), precision)
    const projectCountries = [c.code, ...random.sample(countries, random.chance(0.4) ? random.int(1, 4) : 0).map((x) => x.code)]
    const unique = [...new Set(projectCountries)]
    const project: Project = {
      id: id('project', i),
      slug: projectSlugs.claim(title),
      title,
      acronym: random.chance(0.4) ? acronymOf(title.replace(/^\w/, (ch) => ch.toUpperCase())) || null : null,
      summary: paragraph(random, words(random, c, topic, organizations), 2),
      body: body(random, words(random, c, topic, organizations)),
      projectStatus: start > anchor ? 'PLANNED' : end < anchor ? 'COMPLETED' : 'ACTIVE',
      startDate: start,
      endDate: end,
      datePrecision: precision,
      phase: random.chance(0.3) ? random.pick(['Phase I', 'Phase II', 'Phase III']) : null,
      fundingSource: random.chance(0.5) ? random.pick(['National budget', 'Bilateral aid programme', 'Development bank grant', 'UNESCO IGCP']) : null,
      scope: unique.length > 1 ? 'MULTILATERAL' : 'BILATERAL',
      countries: unique,
      topics,
      outcomes: random.sample(['Geological maps', 'Training of staff', 'Open database', 'Hazard maps', 'Joint publications'], random.int(0, 3)),
      ...editorial(officeHours(random, start < anchor ? start : addDays(anchor, -random.int(1, 300)))),
    }
    projects.push(project)
    const partners = [orgInCountry(c.code), ...random.sample(organizations, random.int(0, 3))]
    const seen = new Set<string>()
    partners.forEach((partner, position) => {
      if (seen.has(partner.id)) return
      seen.add(partner.id)
      const role: PartnerRole = position === 0 ? 'LEAD' : random.chance(0.2) ? 'FUNDER' : 'PARTNER'
      projectPartners.push({ projectId: project.id, organizationId: partner.id, role })
    })
  }

  // MOUs with one or two counterparts; some renew an earlier one with the same country.
  const mouSlugs = new SlugSet(existing.mous)
  const mous: Mou[] = []
  const counterparts: Prisma.MouCounterpartCreateManyInput[] = []
  for (let i = 0; i < count(VOLUME.mous); i++) {
    const c = random.pick(countries)
    const topic = random.pick(TOPICS)
    const first = orgInCountry(c.code)
    const subject = random.pick([
      `Cooperation in the field of ${lower(topic)}`,
      `Scientific and technical cooperation in the geosciences with the ${first.name}`,
      `Exchange of ${lower(topic)} data and expertise`,
      `Joint research on ${lower(topic)}`,
    ])
    const precision = random.weighted<DatePrecision>([['MONTH', 6], ['DAY', 3], ['YEAR', 1]])
    const start = truncate(between(random, utc(1998), anchor), precision)
    const indefinite = random.chance(0.12)
    const earlier = mous.filter((m) => m.country === c.code && m.startDate < start)
    const mou: Mou = {
      id: id('mou', i),
      slug: mouSlugs.claim(`${first.acronym || c.code}-${topic}-${start.getUTCFullYear()}`),
      country: c.code,
      subject,
      summary: paragraph(random, words(random, c, topic, organizations), 2),
      startDate: start,
      endDate: indefinite ? null : truncate(addDays(start, random.pick([3, 5, 5, 10]) * 365 + 1), precision),
      endTerm: indefinite ? random.pick(['Indefinite', 'Until either party ends it with six months’ notice']) : null,
      datePrecision: precision,
      renewsId: earlier.length > 0 && random.chance(0.25) ? random.pick(earlier).id : null,
      ...editorial(officeHours(random, notAfterAnchor(addDays(start, random.int(0, 30))))),
    }
    mous.push(mou)
    counterparts.push({ mouId: mou.id, organizationId: first.id, position: 0 })
    if (random.chance(0.3)) {
      const second = orgInCountry(c.code)
      if (second.id !== first.id) counterparts.push({ mouId: mou.id, organizationId: second.id, position: 1 })
    }
  }

  // Conferences, some still to come.
  const conferenceSlugs = new SlugSet(existing.conferences)
  const conferences: Conference[] = []
  for (let i = 0; i < count(VOLUME.conferences); i++) {
    const c = random.pick(countries)
    const topic = random.pick(TOPICS)
    const start = truncate(between(random, utc(2005), addDays(anchor, 540)), 'DAY')
    const series = random.chance(0.6) ? `International Symposium on ${topic}` : null
    const edition = series ? random.pick(ORDINALS) : null
    const name = series ? `${edition} ${series}` : `${c.region} Geoscience Forum ${start.getUTCFullYear()}`
    conferences.push({
      id: id('conference', i),
      slug: conferenceSlugs.claim(`${name} ${c.capital}`),
      name,
      edition,
      series,
      summary: paragraph(random, words(random, c, topic, organizations), 2),
      startDate: start,
      endDate: addDays(start, random.int(1, 4)),
      datePrecision: 'DAY',
      city: c.capital,
      country: c.code,
      role: random.weighted<ConferenceRole>([['ORGANIZER', 5], ['HOST', 3], ['CO_SPONSOR', 2]]),
      participantsCount: random.chance(0.8) ? random.int(4, 90) * 10 : null,
      url: random.chance(0.5) ? `https://conference${i}.example.org` : null,
      ...editorial(officeHours(random, notAfterAnchor(addDays(start, -random.int(60, 240))))),
    })
  }

  // Trainings with participant countries, often within a project.
  const trainingSlugs = new SlugSet(existing.trainings)
  const trainings: Training[] = []
  const trainingCountries: Prisma.TrainingCountryCreateManyInput[] = []
  for (let i = 0; i < count(VOLUME.trainings); i++) {
    const c = random.pick(countries)
    const topics = random.sample(TOPICS, random.int(1, 2))
    const topic = topics[0] as string
    const kind = random.chance(0.55) ? 'COURSE' : 'WORKSHOP'
    const title =
      kind === 'COURSE'
        ? random.pick([`Training course on ${lower(topic)}`, `Advanced course in ${lower(topic)} for ${c.region}`])
        : `${topic} workshop in ${c.capital}`
    const start = truncate(between(random, utc(2006), anchor), 'DAY')
    const participants = random.sample(countries, random.int(2, 6)).map((p) => ({
      country: p.code,
      participants: random.chance(0.85) ? random.int(1, 12) : null,
    }))
    const training: Training = {
      id: id('training', i),
      slug: trainingSlugs.claim(`${title} ${start.getUTCFullYear()}`),
      title,
      kind,
      summary: paragraph(random, words(random, c, topic, organizations), 2),
      body: body(random, words(random, c, topic, organizations)),
      startDate: start,
      endDate: addDays(start, kind === 'COURSE' ? random.int(10, 40) : random.int(2, 5)),
      datePrecision: 'DAY',
      location: `${c.capital}, ${c.name}`,
      country: c.code,
      participantsCount: participants.reduce((sum, p) => sum + (p.participants ?? 0), 0) || null,
      topics,
      organizerId: orgInCountry(c.code).id,
      projectId: random.chance(0.5) ? random.pick(projects).id : null,
      ...editorial(officeHours(random, addDays(start, -random.int(20, 90)))),
    }
    trainings.push(training)
    for (const p of participants) trainingCountries.push({ trainingId: training.id, ...p })
  }

  // News about all of the above, spread over the years.
  const newsSlugs = new SlugSet(existing.news)
  const news: Array<Prisma.NewsArticleCreateManyInput & { id: string }> = []
  const links: Record<'projects' | 'organizations' | 'trainings' | 'conferences' | 'mous', Array<[newsId: string, otherId: string]>> = {
    projects: [], organizations: [], trainings: [], conferences: [], mous: [],
  }
  const recentIfFuture = (date: Date) => (date > anchor ? addDays(anchor, -random.int(0, 200)) : date)
  for (let i = 0; i < count(VOLUME.news); i++) {
    const newsId = id('news', i)
    const story = random.weighted([['mou', 3], ['project', 4], ['training', 3], ['conference', 2], ['visit', 2]] as const)
    let title: string
    let date: Date
    let topic: string = random.pick(TOPICS)
    let c = random.pick(countries)
    const tags = new Set<string>()
    if (story === 'mou') {
      const mou = random.pick(mous)
      const partners = counterparts.filter((cp) => cp.mouId === mou.id).map((cp) => organizations.find((o) => o.id === cp.organizationId))
      const partner = partners[0] ?? random.pick(organizations)
      c = countries.find((x) => x.code === mou.country) ?? c
      title = `${partner.acronym || partner.name} and the survey sign memorandum: ${mou.subject.toLowerCase()}`
      date = addDays(mou.startDate, random.int(0, 20))
      links.mous.push([mou.id, newsId])
      links.organizations.push([newsId, partner.id])
      tags.add('MOU')
    } else if (story === 'project') {
      const project = random.pick(projects)
      topic = project.topics[0] ?? topic
      title = `${project.title}: ${random.pick(['field campaign completed', 'first results published', 'annual review meeting held', 'second phase begins', 'project launched'])}`
      date = between(random, project.startDate, notAfterAnchor(project.endDate))
      links.projects.push([newsId, project.id])
      for (const p of projectPartners.filter((pp) => pp.projectId === project.id).slice(0, 2)) links.organizations.push([newsId, p.organizationId])
      tags.add('Projects')
    } else if (story === 'training') {
      const training = random.pick(trainings)
      topic = training.topics[0] ?? topic
      title = `${random.int(8, 40)} specialists complete ${training.title.charAt(0).toLowerCase()}${training.title.slice(1)}`
      date = addDays(training.startDate, random.int(10, 45))
      links.trainings.push([newsId, training.id])
      if (training.organizerId) links.organizations.push([newsId, training.organizerId])
      tags.add('Training')
    } else if (story === 'conference') {
      const conference = random.pick(conferences)
      c = countries.find((x) => x.code === conference.country) ?? c
      title = `${conference.name} held in ${conference.city}`
      date = addDays(conference.startDate, random.int(3, 14))
      links.conferences.push([conference.id, newsId])
      tags.add('Conferences')
    } else {
      const visitor = random.pick(organizations)
      c = countries.find((x) => x.code === visitor.country) ?? c
      title = `Delegation from the ${visitor.name} visits the survey to discuss ${lower(topic)}`
      date = between(random, utc(2008), anchor)
      links.organizations.push([newsId, visitor.id])
      tags.add('Visits')
    }
    tags.add(topic)
    tags.add(c.name)
    const w = words(random, c, topic, organizations)
    news.push({
      id: newsId,
      slug: newsSlugs.claim(title),
      title,
      summary: paragraph(random, w, 2).slice(0, 300),
      body: body(random, w),
      tags: [...tags],
      ...editorial(officeHours(random, recentIfFuture(date))),
    })
  }

  // Implicit many-to-many rows must be unique.
  const dedupe = (pairs: Array<[string, string]>) => [...new Map(pairs.map((p) => [p.join('|'), p])).values()]
  return {
    organizations,
    projects,
    projectPartners,
    mous,
    counterparts,
    conferences,
    trainings,
    trainingCountries,
    news,
    links: {
      projects: dedupe(links.projects),
      organizations: dedupe(links.organizations),
      trainings: dedupe(links.trainings),
      conferences: dedupe(links.conferences),
      mous: dedupe(links.mous),
    },
  }
}

function words(random: Random, c: Country, topic: string, organizations: Org[]): Words {
  return {
    topic,
    country: c.name,
    region: c.region,
    org: random.pick(organizations).name,
    partner: random.pick(organizations).name,
    year: random.int(2006, 2025),
  }
}

// ---- Writing -----------------------------------------------------------------------

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) await write(rows.slice(i, i + BATCH_SIZE))
}

// Prisma names the join tables of implicit many-to-many relations after both
// models in alphabetical order; column A holds the id of the first.
const JOIN_TABLES = {
  projects: '"_NewsArticleToProject"',
  organizations: '"_NewsArticleToOrganization"',
  trainings: '"_NewsArticleToTraining"',
  conferences: '"_ConferenceToNewsArticle"',
  mous: '"_MouToNewsArticle"',
} as const

/** Removes everything an earlier run generated, so a re-run starts clean. */
async function removeGenerated(db: PrismaClient) {
  const generated = { id: { startsWith: GENERATED_ID_PREFIX } }
  const entity = { entityId: { startsWith: GENERATED_ID_PREFIX } }
  await db.$transaction([
    db.revision.deleteMany({ where: entity }),
    db.pendingDraft.deleteMany({ where: entity }),
    db.scheduledChange.deleteMany({ where: entity }),
    db.newsArticle.deleteMany({ where: generated }),
    db.training.deleteMany({ where: generated }),
    db.conference.deleteMany({ where: generated }),
    db.mou.deleteMany({ where: generated }),
    db.project.deleteMany({ where: generated }),
    db.organization.deleteMany({ where: generated }),
    db.user.deleteMany({ where: { email: { endsWith: `@${GENERATED_EMAIL_DOMAIN}` } } }),
  ])
}

async function createStaff(db: PrismaClient, scale: number): Promise<string[]> {
  const editorHash = await hashPassword(BENCH_EDITOR.password)
  // The other accounts exist to author content; nobody signs in with them, so
  // they share one hash of a password that is thrown away.
  const unusableHash = await hashPassword(crypto.randomUUID())
  const random = new Random(SEED + 1)
  const users: Prisma.UserCreateManyInput[] = [
    { id: `${GENERATED_ID_PREFIX}user00000`, email: BENCH_EDITOR.email, name: BENCH_EDITOR.name, role: 'EDITOR', passwordHash: editorHash },
  ]
  for (let i = 1; i < Math.max(2, Math.round(VOLUME.staff * scale)); i++) {
    const first = random.pick(FIRST_NAMES)
    const last = random.pick(LAST_NAMES)
    const role: Role = i % 3 === 0 ? 'EDITOR' : 'CONTRIBUTOR'
    users.push({
      id: id('user', i),
      email: `${slugify(first)}.${slugify(last)}.${i}@${GENERATED_EMAIL_DOMAIN}`,
      name: `${first} ${last}`,
      role,
      passwordHash: unusableHash,
    })
  }
  await db.user.createMany({ data: users })
  return users.map((u) => u.id as string)
}

/** Drafts for the publish and save measurements: complete enough to publish. */
function probeDrafts(staffId: string) {
  const text = 'A draft prepared for the editorial measurements: it is published or edited while they run.'
  const draft = (p: { id: string; slug: string; title: string }) => ({
    ...p,
    summary: text,
    body: `${text}\n\nThe field season covered two sedimentary basins and produced new geological maps at 1:50,000 scale.`,
    tags: ['Geological mapping'],
    status: 'DRAFT' as const,
    publishedAt: null,
    createdById: staffId,
    updatedById: staffId,
  })
  return [...Array.from({ length: PUBLISH_PROBE_COUNT }, (_, i) => draft(publishProbe(i))), draft(SAVE_PROBE)]
}

export async function generate(db: PrismaClient, scale = 1): Promise<Record<string, number>> {
  // Everything is published by the end of the anchor day, which is at the
  // latest yesterday: a publication date still to come would hide the row.
  const today = new Date()
  const yesterday = addDays(utc(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()), -1)
  const anchor = new Date(Math.min(utc(2026).getTime(), yesterday.getTime()))
  await removeGenerated(db)
  const slugs = async <T extends { slug: string }>(rows: Promise<T[]>) => (await rows).map((r) => r.slug)
  const select = { select: { slug: true } } as const
  const existing: ExistingSlugs = {
    organizations: await slugs(db.organization.findMany(select)),
    projects: await slugs(db.project.findMany(select)),
    mous: await slugs(db.mou.findMany(select)),
    conferences: await slugs(db.conference.findMany(select)),
    trainings: await slugs(db.training.findMany(select)),
    news: [
      ...(await slugs(db.newsArticle.findMany(select))),
      ...Array.from({ length: PUBLISH_PROBE_COUNT }, (_, i) => publishProbe(i).slug),
      SAVE_PROBE.slug,
    ],
  }
  const staffIds = await createStaff(db, scale)
  const data = buildData(scale, existing, staffIds, anchor)

  await inBatches(data.organizations, (batch) => db.organization.createMany({ data: batch }))
  await inBatches(data.projects, (batch) => db.project.createMany({ data: batch }))
  await inBatches(data.projectPartners, (batch) => db.projectPartner.createMany({ data: batch }))
  // Renewals point at earlier rows, which an earlier batch or the same statement has written.
  await inBatches(data.mous, (batch) => db.mou.createMany({ data: batch }))
  await inBatches(data.counterparts, (batch) => db.mouCounterpart.createMany({ data: batch }))
  await inBatches(data.conferences, (batch) => db.conference.createMany({ data: batch }))
  await inBatches(data.trainings, (batch) => db.training.createMany({ data: batch }))
  await inBatches(data.trainingCountries, (batch) => db.trainingCountry.createMany({ data: batch }))
  await inBatches(data.news, (batch) => db.newsArticle.createMany({ data: batch }))
  for (const [relation, table] of Object.entries(JOIN_TABLES) as Array<[keyof typeof JOIN_TABLES, string]>) {
    await inBatches(data.links[relation], (batch) =>
      db.$executeRaw`INSERT INTO ${Prisma.raw(table)} ("A", "B")
        SELECT * FROM unnest(${batch.map((p) => p[0])}::text[], ${batch.map((p) => p[1])}::text[])`,
    )
  }
  await db.newsArticle.createMany({ data: probeDrafts(staffIds[0] as string) })
  // Fresh statistics, so the planner sees the real row counts straight away.
  await db.$executeRaw`ANALYZE`

  const linkCount = Object.values(data.links).reduce((sum, rows) => sum + rows.length, 0)
  return {
    organizations: data.organizations.length,
    projects: data.projects.length,
    'project partners': data.projectPartners.length,
    MOUs: data.mous.length,
    'MOU counterparts': data.counterparts.length,
    conferences: data.conferences.length,
    trainings: data.trainings.length,
    'training countries': data.trainingCountries.length,
    'news articles': data.news.length,
    'news links': linkCount,
    'staff accounts': staffIds.length,
    'probe drafts': PUBLISH_PROBE_COUNT + 1,
  }
}

function parseScale(argv: string[]): number {
  const index = argv.indexOf('--scale')
  if (index === -1) return 1
  const scale = Number(argv[index + 1])
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) throw new Error('--scale takes a number between 0 and 10, e.g. --scale 0.1')
  return scale
}

async function main() {
  const connectionString = process.env.DATABASE_URL
  if (!connectionString) throw new Error('DATABASE_URL is not set')
  assertBenchDatabase(connectionString)
  const scale = parseScale(process.argv.slice(2))
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) })
  const started = performance.now()
  try {
    const counts = await generate(db, scale)
    const list = Object.entries(counts).map(([what, n]) => `${n} ${what}`).join(', ')
    console.log(`Generated ${list} in ${((performance.now() - started) / 1000).toFixed(1)} s.`)
  } finally {
    await db.$disconnect()
  }
}

const runDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (runDirectly) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
}

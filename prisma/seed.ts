/**
 * Loads the demo content in content/ into the database, plus an admin and an
 * editor account. Safe to run any number of times:
 *
 *   npx tsx prisma/seed.ts        (or: npm run db:seed)
 *
 * Records are matched by slug. A record is written only when it differs from
 * the content files, so a second run reports everything as unchanged and
 * leaves `updatedAt` and `version` alone. Where a seeded record was edited in
 * the admin, the content files win and the edit is overwritten.
 */
import 'dotenv/config'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient, type Prisma } from '../lib/generated/prisma/client'
import { hashPassword } from '../lib/auth/password'
import { isContentLocale, TRANSLATABLE_FIELDS } from '../lib/i18n/content-fields'
import { SlugSchema } from '../lib/validation/common'
import { NewsInputSchema } from '../lib/validation/news'
import { NATIVE_NAME_LANGUAGES } from '../lib/validation/organizations'
import {
  conferences,
  mous,
  news,
  organizations,
  projects,
  trainings,
  type ContentTypeName,
  type DatePrecision,
  type IsoDate,
  type LocaleTranslations,
  type MouRecord,
  type TranslatedField,
} from '../content'
import { translations } from '../content/translations'

type Tx = Prisma.TransactionClient
type Outcome = 'created' | 'updated' | 'unchanged'
type Tally = Record<Outcome, number>

export type SeedSummary = {
  organizations: Tally
  projects: Tally
  mous: Tally
  conferences: Tally
  trainings: Tally
  news: Tally
  translations: Tally
  users: { created: number; existing: number }
}

/** Any content record, as far as checking and seeding its translations goes. */
type TranslatableRecord = { slug: string }

/** The demo records of each content type, for resolving the slugs the translation files name. */
const CONTENT_BY_TYPE: Readonly<Record<ContentTypeName, readonly TranslatableRecord[]>> = {
  ORGANIZATION: organizations,
  PROJECT: projects,
  MOU: mous,
  CONFERENCE: conferences,
  TRAINING: trainings,
  NEWS: news,
}

// Published rows with no date of their own get a fixed one, so that reseeding
// never moves them.
const DEFAULT_PUBLISHED_AT = '2024-01-01'

const SEED_USERS = [
  {
    email: 'admin@geocoop.example',
    name: 'Ada Admin',
    role: 'ADMIN',
    passwordEnv: 'SEED_ADMIN_PASSWORD',
    defaultPassword: 'geocoop-admin-demo',
  },
  {
    email: 'editor@geocoop.example',
    name: 'Eddie Editor',
    role: 'EDITOR',
    passwordEnv: 'SEED_EDITOR_PASSWORD',
    defaultPassword: 'geocoop-editor-demo',
  },
  {
    email: 'contributor@geocoop.example',
    name: 'Connie Contributor',
    role: 'CONTRIBUTOR',
    passwordEnv: 'SEED_CONTRIBUTOR_PASSWORD',
    defaultPassword: 'geocoop-contributor-demo',
  },
] as const

/** Seeds content and users. Throws before writing anything if the content files are inconsistent. */
export async function seedDatabase(db: PrismaClient): Promise<SeedSummary> {
  checkContent()
  // One transaction, so that a failure halfway leaves the database as it was.
  const content = await db.$transaction((tx) => seedContent(tx), { maxWait: 10_000, timeout: 120_000 })
  const users = await seedUsers(db)
  return { ...content, users }
}

async function seedContent(tx: Tx): Promise<Omit<SeedSummary, 'users'>> {
  const organizationIds = new Map<string, string>()
  const projectIds = new Map<string, string>()
  const mouIds = new Map<string, string>()
  const conferenceIds = new Map<string, string>()
  const trainingIds = new Map<string, string>()
  const newsIds = new Map<string, string>()
  const summary = {
    organizations: newTally(),
    projects: newTally(),
    mous: newTally(),
    conferences: newTally(),
    trainings: newTally(),
    news: newTally(),
  }

  for (const o of organizations) {
    const data = {
      name: o.name,
      acronym: o.acronym,
      kind: o.kind,
      country: o.country,
      website: o.website,
      description: o.description,
      logoUrl: o.logoUrl ?? null,
      nativeName: o.nativeName ?? null,
      nativeNameLang: o.nativeNameLang ?? null,
      romanizedName: o.romanizedName ?? null,
      status: o.status,
      publishedAt: publishedAtFor(o.status, DEFAULT_PUBLISHED_AT),
    }
    const existing = await tx.organization.findUnique({ where: { slug: o.slug } })
    const outcome = decide(existing, data)
    let id = existing?.id
    if (outcome === 'created') {
      id = (await tx.organization.create({ data: { slug: o.slug, ...data }, select: { id: true } })).id
    } else if (outcome === 'updated') {
      await tx.organization.update({ where: { slug: o.slug }, data: { ...data, version: { increment: 1 } } })
    }
    organizationIds.set(o.slug, required(id))
    summary.organizations[outcome]++
  }

  for (const p of projects) {
    const data = {
      title: p.title,
      acronym: p.acronym,
      summary: p.summary,
      body: p.body,
      projectStatus: p.projectStatus,
      startDate: toDateOrNull(p.startDate),
      endDate: toDateOrNull(p.endDate),
      datePrecision: p.datePrecision,
      phase: p.phase,
      fundingSource: p.fundingSource,
      scope: p.scope,
      countries: p.countries,
      topics: p.topics,
      outcomes: p.outcomes,
      status: p.status,
      publishedAt: publishedAtFor(p.status, p.startDate ?? DEFAULT_PUBLISHED_AT),
    }
    const partners = p.partners.map((partner) => ({
      organizationId: lookup(organizationIds, partner.organization),
      role: partner.role,
    }))
    const existing = await tx.project.findUnique({ where: { slug: p.slug }, include: { partners: true } })
    const outcome = decide(existing, data, existing && partnersKey(existing.partners), partnersKey(partners))
    let id = existing?.id
    if (outcome === 'created') {
      const created = await tx.project.create({
        data: { slug: p.slug, ...data, partners: { createMany: { data: partners } } },
        select: { id: true },
      })
      id = created.id
    } else if (outcome === 'updated') {
      await tx.project.update({
        where: { slug: p.slug },
        data: { ...data, version: { increment: 1 }, partners: { deleteMany: {}, createMany: { data: partners } } },
      })
    }
    projectIds.set(p.slug, required(id))
    summary.projects[outcome]++
  }

  for (const m of renewalOrder(mous)) {
    const data = {
      country: m.country,
      subject: m.subject,
      summary: m.summary,
      startDate: toDate(m.startDate),
      endDate: toDateOrNull(m.endDate),
      endTerm: m.endTerm,
      datePrecision: m.datePrecision,
      renewsId: m.renews === null ? null : lookup(mouIds, m.renews),
      status: m.status,
      publishedAt: publishedAtFor(m.status, m.startDate),
    }
    // The position keeps the counterparts in the order the agreement names them.
    const counterparts = m.counterparts.map((slug, position) => ({
      organizationId: lookup(organizationIds, slug),
      position,
    }))
    const existing = await tx.mou.findUnique({ where: { slug: m.slug }, include: { counterparts: true } })
    const outcome = decide(
      existing,
      data,
      existing && counterpartsKey(existing.counterparts),
      counterpartsKey(counterparts),
    )
    let id = existing?.id
    if (outcome === 'created') {
      const created = await tx.mou.create({
        data: { slug: m.slug, ...data, counterparts: { createMany: { data: counterparts } } },
        select: { id: true },
      })
      id = created.id
    } else if (outcome === 'updated') {
      await tx.mou.update({
        where: { slug: m.slug },
        data: {
          ...data,
          version: { increment: 1 },
          counterparts: { deleteMany: {}, createMany: { data: counterparts } },
        },
      })
    }
    mouIds.set(m.slug, required(id))
    summary.mous[outcome]++
  }

  for (const c of conferences) {
    const data = {
      name: c.name,
      edition: c.edition,
      series: c.series,
      summary: c.summary,
      startDate: toDate(c.startDate),
      endDate: toDateOrNull(c.endDate),
      datePrecision: c.datePrecision,
      // The column is required, but some sources name only the country.
      city: c.city,
      country: c.country,
      role: c.role,
      participantsCount: c.participantsCount,
      url: c.url,
      status: c.status,
      publishedAt: publishedAtFor(c.status, c.startDate),
    }
    const existing = await tx.conference.findUnique({ where: { slug: c.slug } })
    const outcome = decide(existing, data)
    let id = existing?.id
    if (outcome === 'created') {
      id = (await tx.conference.create({ data: { slug: c.slug, ...data }, select: { id: true } })).id
    } else if (outcome === 'updated') {
      await tx.conference.update({ where: { slug: c.slug }, data: { ...data, version: { increment: 1 } } })
    }
    conferenceIds.set(c.slug, required(id))
    summary.conferences[outcome]++
  }

  for (const t of trainings) {
    const data = {
      title: t.title,
      kind: t.kind,
      summary: t.summary,
      body: t.body,
      startDate: toDate(t.startDate),
      endDate: toDateOrNull(t.endDate),
      datePrecision: t.datePrecision,
      location: t.location,
      country: t.country,
      participantsCount: t.participantsCount,
      topics: t.topics,
      organizerId: t.organizer === null ? null : lookup(organizationIds, t.organizer),
      projectId: t.project === null ? null : lookup(projectIds, t.project),
      status: t.status,
      publishedAt: publishedAtFor(t.status, t.startDate),
    }
    const countries = t.participantCountries.map((pc) => ({ country: pc.country, participants: pc.participants }))
    const existing = await tx.training.findUnique({
      where: { slug: t.slug },
      include: { participantCountries: true },
    })
    const outcome = decide(
      existing,
      data,
      existing && trainingCountriesKey(existing.participantCountries),
      trainingCountriesKey(countries),
    )
    let id = existing?.id
    if (outcome === 'created') {
      const created = await tx.training.create({
        data: { slug: t.slug, ...data, participantCountries: { createMany: { data: countries } } },
        select: { id: true },
      })
      id = created.id
    } else if (outcome === 'updated') {
      await tx.training.update({
        where: { slug: t.slug },
        data: {
          ...data,
          version: { increment: 1 },
          participantCountries: { deleteMany: {}, createMany: { data: countries } },
        },
      })
    }
    trainingIds.set(t.slug, required(id))
    summary.trainings[outcome]++
  }

  for (const n of news) {
    const data = {
      title: n.title,
      summary: n.summary,
      body: n.body,
      coverImageUrl: n.coverImageUrl ?? null,
      coverImageAlt: n.coverImageAlt ?? null,
      tags: n.tags,
      status: n.status,
      publishedAt: n.status === 'PUBLISHED' ? toDateOrNull(n.publishedAt) : null,
    }
    const links = {
      projects: n.projects.map((slug) => ({ id: lookup(projectIds, slug) })),
      organizations: n.organizations.map((slug) => ({ id: lookup(organizationIds, slug) })),
      trainings: n.trainings.map((slug) => ({ id: lookup(trainingIds, slug) })),
      conferences: n.conferences.map((slug) => ({ id: lookup(conferenceIds, slug) })),
      mous: n.mous.map((slug) => ({ id: lookup(mouIds, slug) })),
    }
    const idOnly = { select: { id: true } } as const
    const existing = await tx.newsArticle.findUnique({
      where: { slug: n.slug },
      include: { projects: idOnly, organizations: idOnly, trainings: idOnly, conferences: idOnly, mous: idOnly },
    })
    const outcome = decide(existing, data, existing && newsLinksKey(existing), newsLinksKey(links))
    let id = existing?.id
    if (outcome === 'created') {
      const created = await tx.newsArticle.create({
        select: { id: true },
        data: {
          slug: n.slug,
          ...data,
          projects: { connect: links.projects },
          organizations: { connect: links.organizations },
          trainings: { connect: links.trainings },
          conferences: { connect: links.conferences },
          mous: { connect: links.mous },
        },
      })
      id = created.id
    } else if (outcome === 'updated') {
      await tx.newsArticle.update({
        where: { slug: n.slug },
        data: {
          ...data,
          version: { increment: 1 },
          projects: { set: links.projects },
          organizations: { set: links.organizations },
          trainings: { set: links.trainings },
          conferences: { set: links.conferences },
          mous: { set: links.mous },
        },
      })
    }
    newsIds.set(n.slug, required(id))
    summary.news[outcome]++
  }

  const translationTally = await seedTranslations(tx, {
    ORGANIZATION: organizationIds,
    PROJECT: projectIds,
    MOU: mouIds,
    CONFERENCE: conferenceIds,
    TRAINING: trainingIds,
    NEWS: newsIds,
  })

  return { ...summary, translations: translationTally }
}

/**
 * Writes the translations in content/translations/. Each row's `source` is
 * the English value it translates, as the record now stands, so it reads as
 * up to date; a translation written as `{ value, source }` keeps the older
 * English it was made from and so reads as outdated. Rows are matched by
 * type, record, language and field, and written only when they differ.
 */
async function seedTranslations(tx: Tx, ids: Record<ContentTypeName, Map<string, string>>): Promise<Tally> {
  const tally = newTally()
  for (const [locale, byType] of Object.entries(translations)) {
    for (const [entityType, slug, field, translated] of translationEntries(byType)) {
      const record = CONTENT_BY_TYPE[entityType].find((r) => r.slug === slug)
      const english = record === undefined ? '' : englishValue(record, field)
      // checkContent() rejects this before anything is written; repeated so
      // that no translation is ever stored without the English it translates.
      if (english === '') {
        throw new Error(`${entityType} "${slug}": ${locale} translation of "${field}", which has no English value`)
      }
      const wanted = { value: translatedValue(translated), source: translatedSource(translated) ?? english }
      const key = { entityType, entityId: lookup(ids[entityType], slug), locale, field }
      const existing = await tx.translation.findUnique({
        where: { entityType_entityId_locale_field: key },
        select: { value: true, source: true },
      })
      const outcome = decide(existing, wanted)
      if (outcome === 'created') {
        await tx.translation.create({ data: { ...key, ...wanted } })
      } else if (outcome === 'updated') {
        await tx.translation.update({ where: { entityType_entityId_locale_field: key }, data: wanted })
      }
      tally[outcome]++
    }
  }
  return tally
}

/** Flattens one language's translations into [type, slug, field, translation] entries. */
function translationEntries(
  byType: LocaleTranslations,
): [ContentTypeName, string, string, TranslatedField][] {
  const entries: [ContentTypeName, string, string, TranslatedField][] = []
  for (const [type, bySlug] of Object.entries(byType) as [ContentTypeName, LocaleTranslations[ContentTypeName]][]) {
    for (const [slug, fields] of Object.entries(bySlug ?? {})) {
      for (const [field, translated] of Object.entries(fields)) entries.push([type, slug, field, translated])
    }
  }
  return entries
}

/** The text stored for a translation: list entries one per line. */
function translatedValue(translated: TranslatedField): string {
  if (typeof translated === 'string') return translated
  if (isOutdated(translated)) return translated.value
  return translated.join('\n')
}

/** The older English a deliberately outdated translation was made from; null for current ones. */
function translatedSource(translated: TranslatedField): string | null {
  return isOutdated(translated) ? translated.source : null
}

function isOutdated(translated: TranslatedField): translated is { value: string; source: string } {
  return typeof translated === 'object' && !Array.isArray(translated)
}

/**
 * The English value of a record's field as the database stores it: lists
 * one entry per line, and '' for a missing or empty value.
 */
function englishValue(record: TranslatableRecord, field: string): string {
  const value: unknown = (record as Record<string, unknown>)[field]
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.join('\n')
  return ''
}

/**
 * Checks translation files against the content they translate: known
 * languages, content types, slugs and translatable fields, a non-empty
 * English value to translate, non-empty translations, lists translated entry
 * for entry, and outdated translations whose recorded English really differs
 * from the current one. Returns every problem found; an empty list means the
 * translations can be seeded.
 */
export function checkTranslations(
  translationsByLocale: Readonly<Record<string, LocaleTranslations>>,
  content: Readonly<Record<ContentTypeName, readonly TranslatableRecord[]>>,
): string[] {
  const problems: string[] = []
  for (const [locale, byType] of Object.entries(translationsByLocale)) {
    if (!isContentLocale(locale)) {
      problems.push(`translations "${locale}": unknown language (expected one of zh, ja)`)
      continue
    }
    for (const [type, slug, field, translated] of translationEntries(byType)) {
      const where = `${locale} translation of ${type} "${slug}"`
      const fields = TRANSLATABLE_FIELDS[type] as (typeof TRANSLATABLE_FIELDS)[ContentTypeName] | undefined
      if (fields === undefined) {
        problems.push(`${where}: unknown content type "${type}"`)
        continue
      }
      const record = (content[type] ?? []).find((r) => r.slug === slug)
      if (record === undefined) {
        problems.push(`${where}: no ${type.toLowerCase()} has this slug`)
        continue
      }
      const definition = fields.find((f) => f.name === field)
      if (definition === undefined) {
        problems.push(`${where}: "${field}" is not a translatable field of ${type}`)
        continue
      }
      const english = englishValue(record, field)
      if (english === '') {
        problems.push(`${where}: "${field}" is translated but has no English value`)
        continue
      }
      const value = translatedValue(translated)
      if (value.trim() === '') problems.push(`${where}: "${field}" has an empty translation`)
      if (definition.kind === 'list') {
        const englishEntries = english.split('\n').length
        if (!Array.isArray(translated)) {
          problems.push(`${where}: "${field}" is a list; write its translation as a list`)
        } else if (translated.length !== englishEntries) {
          problems.push(
            `${where}: "${field}" has ${englishEntries} English entries but ${translated.length} translated ones`,
          )
        }
      } else if (Array.isArray(translated)) {
        problems.push(`${where}: "${field}" is not a list; write its translation as text`)
      }
      const source = translatedSource(translated)
      if (source !== null && source === english) {
        problems.push(`${where}: "${field}" is marked outdated but its source equals the current English`)
      }
    }
  }
  return problems
}

/**
 * Creates the demo accounts that do not exist yet. An existing account is
 * never touched, so a password changed after the first seed stays changed.
 */
async function seedUsers(db: PrismaClient): Promise<SeedSummary['users']> {
  const result = { created: 0, existing: 0 }
  for (const user of SEED_USERS) {
    const existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true } })
    if (existing) {
      result.existing++
      continue
    }
    const password = process.env[user.passwordEnv] || user.defaultPassword
    if (password === user.defaultPassword && process.env.NODE_ENV === 'production') {
      console.warn(`Warning: ${user.email} gets the demo password; set ${user.passwordEnv} for a real deployment.`)
    }
    await db.user.create({
      data: { email: user.email, name: user.name, role: user.role, passwordHash: await hashPassword(password) },
    })
    result.created++
  }
  return result
}

/**
 * Checks the content files before anything is written: valid and unique
 * slugs, well-formed dates and country codes, and references that resolve.
 * Reports every problem at once rather than the first.
 */
export function checkContent(): void {
  const problems: string[] = []
  const slugsOf = (type: string, records: readonly { slug: string }[]) => {
    const seen = new Set<string>()
    for (const { slug } of records) {
      if (!SlugSchema.safeParse(slug).success) problems.push(`${type} "${slug}": invalid slug`)
      if (seen.has(slug)) problems.push(`${type} "${slug}": duplicate slug`)
      seen.add(slug)
    }
    return seen
  }
  const organizationSlugs = slugsOf('organization', organizations)
  const projectSlugs = slugsOf('project', projects)
  const mouSlugs = slugsOf('MOU', mous)
  const conferenceSlugs = slugsOf('conference', conferences)
  const trainingSlugs = slugsOf('training', trainings)
  slugsOf('news article', news)

  const reference = (where: string, kind: string, slugs: Set<string>, slug: string) => {
    if (!slugs.has(slug)) problems.push(`${where}: unknown ${kind} "${slug}"`)
  }
  const country = (where: string, code: string) => {
    if (!/^[A-Z]{2}$/.test(code)) problems.push(`${where}: "${code}" is not an upper-case ISO 3166-1 alpha-2 code`)
  }
  const dates = (where: string, precision: DatePrecision, start: IsoDate | null, end: IsoDate | null) => {
    for (const date of [start, end]) {
      if (date === null) continue
      const problem = dateProblem(date, precision)
      if (problem) problems.push(`${where}: ${problem}`)
    }
    if (start && end && end < start) problems.push(`${where}: ends before it starts`)
  }

  for (const o of organizations) {
    const where = `organization "${o.slug}"`
    country(where, o.country)
    // The same pairing rules as the admin form: a native name needs its language, and a romanization its name.
    if (Boolean(o.nativeName) !== Boolean(o.nativeNameLang)) {
      problems.push(`${where}: nativeName and nativeNameLang go together`)
    }
    if (o.romanizedName && !o.nativeName) problems.push(`${where}: romanizedName without a nativeName`)
    if (o.nativeNameLang && !Object.hasOwn(NATIVE_NAME_LANGUAGES, o.nativeNameLang)) {
      problems.push(`${where}: "${o.nativeNameLang}" is not one of the native-name languages`)
    }
  }
  for (const p of projects) {
    const where = `project "${p.slug}"`
    dates(where, p.datePrecision, p.startDate, p.endDate)
    p.countries.forEach((code) => country(where, code))
    p.partners.forEach((partner) => reference(where, 'organization', organizationSlugs, partner.organization))
  }
  for (const m of mous) {
    const where = `MOU "${m.slug}"`
    dates(where, m.datePrecision, m.startDate, m.endDate)
    country(where, m.country)
    if (m.endDate === null && !m.endTerm) problems.push(`${where}: an MOU without an end date needs an endTerm`)
    if (m.counterparts.length === 0) problems.push(`${where}: no counterparts`)
    m.counterparts.forEach((slug) => reference(where, 'organization', organizationSlugs, slug))
    if (m.renews !== null) reference(where, 'MOU', mouSlugs, m.renews)
  }
  for (const c of conferences) {
    const where = `conference "${c.slug}"`
    dates(where, c.datePrecision, c.startDate, c.endDate)
    country(where, c.country)
  }
  for (const t of trainings) {
    const where = `training "${t.slug}"`
    dates(where, t.datePrecision, t.startDate, t.endDate)
    if (t.country !== null) country(where, t.country)
    t.participantCountries.forEach((pc) => country(where, pc.country))
    if (new Set(t.participantCountries.map((pc) => pc.country)).size !== t.participantCountries.length) {
      problems.push(`${where}: a participant country is listed twice`)
    }
    if (t.organizer !== null) reference(where, 'organization', organizationSlugs, t.organizer)
    if (t.project !== null) reference(where, 'project', projectSlugs, t.project)
  }
  for (const n of news) {
    const where = `news article "${n.slug}"`
    // The same schema the admin form uses, so seeded articles are ones an editor could save.
    const parsed = NewsInputSchema.safeParse({
      title: n.title,
      slug: n.slug,
      summary: n.summary,
      body: n.body,
      tags: n.tags,
      publishedAt: n.publishedAt ?? undefined,
      coverImageUrl: n.coverImageUrl ?? undefined,
      coverImageAlt: n.coverImageAlt ?? undefined,
    })
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${where}: ${issue.path.join('.')}: ${issue.message}`)
    }
    if (n.publishedAt !== null) {
      const problem = dateProblem(n.publishedAt, 'DAY')
      if (problem) problems.push(`${where}: ${problem}`)
    } else if (n.status === 'PUBLISHED') {
      problems.push(`${where}: a published article needs publishedAt`)
    }
    n.projects.forEach((slug) => reference(where, 'project', projectSlugs, slug))
    n.organizations.forEach((slug) => reference(where, 'organization', organizationSlugs, slug))
    n.trainings.forEach((slug) => reference(where, 'training', trainingSlugs, slug))
    n.conferences.forEach((slug) => reference(where, 'conference', conferenceSlugs, slug))
    n.mous.forEach((slug) => reference(where, 'MOU', mouSlugs, slug))
  }

  problems.push(...checkTranslations(translations, CONTENT_BY_TYPE))

  if (problems.length > 0) throw new Error(`The content files have problems:\n  - ${problems.join('\n  - ')}`)
}

function dateProblem(date: string, precision: DatePrecision): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || toDate(date).toISOString().slice(0, 10) !== date) {
    return `"${date}" is not a valid YYYY-MM-DD date`
  }
  // A date known to the month or year is stored as the first day of that period.
  if (precision === 'MONTH' && !date.endsWith('-01')) return `"${date}" should be the first of the month`
  if (precision === 'YEAR' && !date.endsWith('-01-01')) return `"${date}" should be 1 January`
  return null
}

/** Orders MOUs so that each comes after the one it renews. */
function renewalOrder(records: readonly MouRecord[]): MouRecord[] {
  const ordered: MouRecord[] = []
  const placed = new Set<string>()
  let pending = [...records]
  while (pending.length > 0) {
    const ready = pending.filter((m) => m.renews === null || placed.has(m.renews))
    if (ready.length === 0) throw new Error(`MOU renewals form a cycle: ${pending.map((m) => m.slug).join(', ')}`)
    for (const m of ready) {
      ordered.push(m)
      placed.add(m.slug)
    }
    pending = pending.filter((m) => !placed.has(m.slug))
  }
  return ordered
}

function decide(
  existing: Record<string, unknown> | null,
  wanted: Record<string, unknown>,
  existingRelations: string | null = '',
  wantedRelations = '',
): Outcome {
  if (existing === null) return 'created'
  const sameRelations = existingRelations === wantedRelations
  const sameScalars = Object.entries(wanted).every(([key, value]) => sameValue(existing[key], value))
  return sameRelations && sameScalars ? 'unchanged' : 'updated'
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]))
  }
  return a === b
}

// Relation sets compared as sorted strings, so row order in the database does not matter.
const sortedKey = (items: string[]) => [...items].sort().join(',')
const partnersKey = (rows: { organizationId: string; role: string }[]) =>
  sortedKey(rows.map((r) => `${r.organizationId}:${r.role}`))
const counterpartsKey = (rows: { organizationId: string; position: number }[]) =>
  sortedKey(rows.map((r) => `${r.organizationId}:${r.position}`))
const trainingCountriesKey = (rows: { country: string; participants: number | null }[]) =>
  sortedKey(rows.map((r) => `${r.country}:${r.participants ?? ''}`))
const newsLinksKey = (
  links: Record<'projects' | 'organizations' | 'trainings' | 'conferences' | 'mous', { id: string }[]>,
) =>
  [links.projects, links.organizations, links.trainings, links.conferences, links.mous]
    .map((rows) => sortedKey(rows.map((r) => r.id)))
    .join('|')

function toDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`)
}

function toDateOrNull(date: string | null): Date | null {
  return date === null ? null : toDate(date)
}

function publishedAtFor(status: string, date: string): Date | null {
  return status === 'PUBLISHED' ? toDate(date) : null
}

function lookup(ids: Map<string, string>, slug: string): string {
  const id = ids.get(slug)
  if (id === undefined) throw new Error(`No seeded record with slug "${slug}"`)
  return id
}

function required(id: string | undefined): string {
  if (id === undefined) throw new Error('A seeded record has no id')
  return id
}

function newTally(): Tally {
  return { created: 0, updated: 0, unchanged: 0 }
}

export function formatSummary(summary: SeedSummary): string {
  const labels = {
    organizations: ['organization', 'organizations'],
    projects: ['project', 'projects'],
    mous: ['MOU', 'MOUs'],
    conferences: ['conference', 'conferences'],
    trainings: ['training', 'trainings'],
    news: ['news article', 'news articles'],
  } as const
  const types = Object.keys(labels) as (keyof typeof labels)[]
  const total = newTally()
  const counts = types.map((type) => {
    const tally = summary[type]
    for (const outcome of ['created', 'updated', 'unchanged'] as const) total[outcome] += tally[outcome]
    const count = tally.created + tally.updated + tally.unchanged
    return `${count} ${labels[type][count === 1 ? 0 : 1]}`
  })
  const t = summary.translations
  return (
    `Seeded ${counts.join(', ')} (${total.created} created, ${total.updated} updated, ${total.unchanged} unchanged); ` +
    `translations: ${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged; ` +
    `users: ${summary.users.created} created, ${summary.users.existing} already present.`
  )
}

async function main() {
  const connectionString = process.env.DATABASE_URL
  if (!connectionString) throw new Error('DATABASE_URL is not set')
  // lib/db.ts is server-only and cannot be imported outside Next.js, so the
  // seed opens its own client.
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) })
  try {
    console.log(formatSummary(await seedDatabase(db)))
  } finally {
    await db.$disconnect()
  }
}

const runDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (runDirectly) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}

import { siteConfig } from '@/content/site'
import { DEFAULT_OG_IMAGE } from '@/lib/seo'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { absoluteUrl, getSiteUrl } from '@/lib/site-url'
import { countryName, type DatePrecision } from '@/lib/utils'

/**
 * schema.org structured data for the public pages, as plain objects: each
 * builder takes the fields a page already has and returns what
 * components/content/json-ld.tsx writes into the page. No database and no
 * React here, so the shapes are unit-tested directly.
 */

export type JsonLdValue = string | number | boolean | null | undefined | JsonLdObject | JsonLdValue[]
export type JsonLdObject = { [key: string]: JsonLdValue }

const CONTEXT = 'https://schema.org'

// ---- Escaping ------------------------------------------------------------

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g

/**
 * JSON for an inline `<script type="application/ld+json">`. `<`, `>` and `&`
 * are written as \u escapes so that no content (a title containing
 * "</script>", say) can end the script element or open a comment, and U+2028
 * and U+2029 because older JavaScript parsers treat them as line breaks.
 * `JSON.parse` reads the escapes back as the original characters.
 */
export function serializeJsonLd(data: JsonLdObject | JsonLdObject[]): string {
  return JSON.stringify(data).replace(
    UNSAFE_IN_SCRIPT,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

// ---- Shared pieces -------------------------------------------------------

/** "2023-07-05", "2023-07" or "2023": a date at the precision it is known to, in UTC like the rest of the site. */
export function toSchemaDate(date: Date, precision: DatePrecision = 'DAY'): string {
  const iso = date.toISOString().slice(0, 10)
  if (precision === 'YEAR') return iso.slice(0, 4)
  if (precision === 'MONTH') return iso.slice(0, 7)
  return iso
}

function absolute(url: string): string {
  return new URL(url, `${getSiteUrl()}/`).href
}

function text(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

// content/site.ts names the survey as the first line of the office's address.
function surveyName(): string {
  return siteConfig.office.addressLines[0] ?? siteConfig.name
}

function surveyId(): string {
  return absoluteUrl('/#organization')
}

/** A reference to the survey, for `organizer`, `publisher` and the like. */
function surveyReference(): JsonLdObject {
  return { '@type': 'Organization', '@id': surveyId(), name: surveyName(), url: absoluteUrl('/') }
}

type OrganizationLink = { slug: string; name: string; acronym?: string | null }

/** The absolute address of a public page in the page's language. */
function pageUrl(locale: Locale, path: string): string {
  return absoluteUrl(localePath(locale, path))
}

/** A reference to a partner organization and its page on this site, in the page's language. */
function organizationReference(organization: OrganizationLink, locale: Locale = 'en'): JsonLdObject {
  return {
    '@type': 'Organization',
    name: organization.name,
    alternateName: text(organization.acronym),
    url: pageUrl(locale, `/organizations/${organization.slug}`),
  }
}

function place(
  name: string | null | undefined,
  locality: string | null | undefined,
  country: string | null | undefined,
) {
  const code = text(country)?.toUpperCase()
  const placeName = text(name) ?? (code ? countryName(code) : undefined)
  return {
    '@type': 'Place',
    name: placeName,
    address:
      code || text(locality)
        ? { '@type': 'PostalAddress', addressLocality: text(locality), addressCountry: code }
        : undefined,
  } satisfies JsonLdObject
}

// ---- Builders ------------------------------------------------------------

/** The survey itself, for the home page. */
export function surveyOrganizationJsonLd(): JsonLdObject {
  return {
    '@context': CONTEXT,
    ...surveyReference(),
    alternateName: siteConfig.name,
    description: siteConfig.description,
    email: siteConfig.office.email,
    department: {
      '@type': 'Organization',
      name: siteConfig.office.name,
      email: siteConfig.office.email,
      url: absoluteUrl('/'),
    },
  }
}

export type OrganizationJsonLdInput = OrganizationLink & {
  description: string
  website: string | null
  logoUrl: string | null
  /** ISO 3166-1 alpha-2. */
  country: string
}

/** A partner organization, for its page. */
export function organizationJsonLd(organization: OrganizationJsonLdInput, locale: Locale = 'en'): JsonLdObject {
  return {
    '@context': CONTEXT,
    ...organizationReference(organization, locale),
    description: text(organization.description),
    sameAs: text(organization.website),
    logo: organization.logoUrl ? absolute(organization.logoUrl) : undefined,
    address: { '@type': 'PostalAddress', addressCountry: organization.country.toUpperCase() },
  }
}

export type ConferenceJsonLdInput = {
  slug: string
  name: string
  summary: string
  startDate: Date
  endDate: Date | null
  datePrecision: DatePrecision
  city: string | null
  country: string
  role: 'ORGANIZER' | 'HOST' | 'CO_SPONSOR'
  /** The conference's own website. */
  url: string | null
}

/**
 * A conference as an Event. The survey is an organizer when it organized or
 * hosted the conference (schema.org has no "host" of an event) and a sponsor
 * when it co-sponsored it.
 */
export function conferenceJsonLd(conference: ConferenceJsonLdInput, locale: Locale = 'en'): JsonLdObject {
  const survey = surveyReference()
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: conference.name,
    description: text(conference.summary),
    url: pageUrl(locale, `/conferences/${conference.slug}`),
    inLanguage: LANGUAGE_TAGS[locale],
    sameAs: text(conference.url),
    startDate: toSchemaDate(conference.startDate, conference.datePrecision),
    endDate: conference.endDate ? toSchemaDate(conference.endDate, conference.datePrecision) : undefined,
    location: place(conference.city, conference.city, conference.country),
    organizer: conference.role === 'CO_SPONSOR' ? undefined : survey,
    sponsor: conference.role === 'CO_SPONSOR' ? survey : undefined,
  }
}

export type TrainingJsonLdInput = {
  slug: string
  title: string
  summary: string
  startDate: Date
  endDate: Date | null
  datePrecision: DatePrecision
  /** Where it took place, as written by editors ("Tsukuba, Japan", "Online"). */
  location: string
  country: string | null
  topics: string[]
  /** The published organizer, or null when it is not recorded or not public. */
  organizer: OrganizationLink | null
}

/** A course or workshop as an EducationEvent; the survey organizes it unless a partner is recorded. */
export function trainingJsonLd(training: TrainingJsonLdInput, locale: Locale = 'en'): JsonLdObject {
  return {
    '@context': CONTEXT,
    '@type': 'EducationEvent',
    name: training.title,
    description: text(training.summary),
    url: pageUrl(locale, `/trainings/${training.slug}`),
    inLanguage: LANGUAGE_TAGS[locale],
    startDate: toSchemaDate(training.startDate, training.datePrecision),
    endDate: training.endDate ? toSchemaDate(training.endDate, training.datePrecision) : undefined,
    location: place(training.location, undefined, training.country),
    organizer: training.organizer ? organizationReference(training.organizer, locale) : surveyReference(),
    teaches: training.topics.length > 0 ? training.topics : undefined,
  }
}

export type NewsArticleJsonLdInput = {
  slug: string
  title: string
  summary: string
  publishedAt: Date | null
  updatedAt: Date
  coverImageUrl: string | null
}

/** A news article; the default share image stands in when it has no cover. */
export function newsArticleJsonLd(article: NewsArticleJsonLdInput, locale: Locale = 'en'): JsonLdObject {
  const url = pageUrl(locale, `/news/${article.slug}`)
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: article.title,
    description: text(article.summary),
    url,
    mainEntityOfPage: url,
    inLanguage: LANGUAGE_TAGS[locale],
    datePublished: article.publishedAt?.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    image: [absolute(article.coverImageUrl ?? DEFAULT_OG_IMAGE.url)],
    author: surveyReference(),
    publisher: surveyReference(),
  }
}

export type ProjectJsonLdInput = {
  slug: string
  title: string
  acronym: string | null
  summary: string
  /** Free text naming the funder when no funder organization is linked. */
  fundingSource: string | null
  partnerGroups: { role: 'LEAD' | 'PARTNER' | 'FUNDER'; organizations: OrganizationLink[] }[]
}

/**
 * A project as a ResearchProject: funder organizations as `funder` (or the
 * free-text funding source when none is linked), lead and partner
 * organizations as `member`, each organization once.
 */
export function projectJsonLd(project: ProjectJsonLdInput, locale: Locale = 'en'): JsonLdObject {
  const inRoles = (roles: string[]) => {
    const seen = new Set<string>()
    return project.partnerGroups
      .filter((group) => roles.includes(group.role))
      .flatMap((group) => group.organizations)
      .filter((organization) => !seen.has(organization.slug) && Boolean(seen.add(organization.slug)))
      .map((organization) => organizationReference(organization, locale))
  }
  const funders = inRoles(['FUNDER'])
  const members = inRoles(['LEAD', 'PARTNER'])
  const fundingSource = text(project.fundingSource)
  return {
    '@context': CONTEXT,
    '@type': 'ResearchProject',
    name: project.title,
    alternateName: text(project.acronym),
    description: text(project.summary),
    url: pageUrl(locale, `/projects/${project.slug}`),
    funder:
      funders.length > 0 ? funders : fundingSource ? [{ '@type': 'Organization', name: fundingSource }] : undefined,
    member: members.length > 0 ? members : undefined,
  }
}

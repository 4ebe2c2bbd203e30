// Types for the demo content that prisma/seed.ts loads into the database.
// They mirror the Prisma models field by field, with two differences that keep
// the data files readable: related records are named by slug instead of id,
// and dates are plain 'YYYY-MM-DD' strings.

export type ContentStatus = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED'

/**
 * How precisely a record's dates are known. When only a month or a year is
 * known, the date is stored as the first day of that month or year:
 * "July 2010" is '2010-07-01' with 'MONTH', "2013" is '2013-01-01' with 'YEAR'.
 */
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR'

/** A calendar date written as 'YYYY-MM-DD'. The seed rejects anything else. */
export type IsoDate = `${number}-${number}-${number}`

/** ISO 3166-1 alpha-2 code in upper case, e.g. 'CN', 'JP', 'NZ'. */
export type CountryCode = string

export type OrganizationKind =
  | 'GEOLOGICAL_SURVEY'
  | 'MINISTRY'
  | 'UNIVERSITY'
  | 'RESEARCH_INSTITUTE'
  | 'INTERGOVERNMENTAL'
  | 'ASSOCIATION'
  | 'PROGRAMME'
  | 'COMPANY'

export type ProjectStatus = 'PLANNED' | 'ACTIVE' | 'COMPLETED'
export type ProjectScope = 'BILATERAL' | 'MULTILATERAL'
export type PartnerRole = 'LEAD' | 'PARTNER' | 'FUNDER'
export type ConferenceRole = 'ORGANIZER' | 'HOST' | 'CO_SPONSOR'
export type TrainingKind = 'COURSE' | 'WORKSHOP'

/** Columns every public content type shares. `publishedAt` is set by the seed. */
type EditorialFields = {
  /** Lowercase kebab-case, unique within its content type. */
  slug: string
  status: ContentStatus
}

export type OrganizationRecord = EditorialFields & {
  name: string
  acronym: string | null
  kind: OrganizationKind
  /** For international bodies, the country of their seat or secretariat. */
  country: CountryCode
  website: string | null
  description: string
  logoUrl?: string | null
  /**
   * The official name in the organization's own language, when that is not
   * English. Left out where the official name is English or not known for sure.
   */
  nativeName?: string | null
  /** BCP 47 tag of `nativeName`, e.g. 'zh-Hans', 'ja', 'mn-Cyrl', 'th', 'fr'. */
  nativeNameLang?: string | null
  /**
   * Latin-script reading of a `nativeName` in another script: Hanyu Pinyin for
   * Chinese, modified Hepburn for Japanese, RTGS for Thai, BGN/PCGN for
   * Mongolian Cyrillic. Null for names already in Latin script.
   */
  romanizedName?: string | null
}

export type ProjectPartnerRecord = {
  /** Organization slug. */
  organization: string
  role: PartnerRole
}

export type ProjectRecord = EditorialFields & {
  title: string
  acronym: string | null
  /** One or two sentences. */
  summary: string
  /** Plain text; paragraphs are separated by a blank line. */
  body: string
  projectStatus: ProjectStatus
  startDate: IsoDate | null
  endDate: IsoDate | null
  datePrecision: DatePrecision
  phase: string | null
  fundingSource: string | null
  scope: ProjectScope
  countries: CountryCode[]
  topics: string[]
  outcomes: string[]
  partners: ProjectPartnerRecord[]
}

export type MouRecord = EditorialFields & {
  /** Country of the counterpart as the agreement lists it. */
  country: CountryCode
  subject: string
  summary: string
  startDate: IsoDate
  /** Null when the MOU has no fixed end; `endTerm` then says what ends it. */
  endDate: IsoDate | null
  endTerm: string | null
  datePrecision: DatePrecision
  /** Slug of the MOU this one renews, if the sources say so. */
  renews: string | null
  /** Organization slugs in the order the agreement names them. */
  counterparts: string[]
}

export type ConferenceRecord = EditorialFields & {
  name: string
  edition: string | null
  series: string | null
  summary: string
  startDate: IsoDate
  endDate: IsoDate | null
  datePrecision: DatePrecision
  /** Null when the sources name only the country. */
  city: string | null
  country: CountryCode
  role: ConferenceRole
  participantsCount: number | null
  url: string | null
}

export type TrainingCountryRecord = {
  country: CountryCode
  /** Null when only the country is known, not how many people came from it. */
  participants: number | null
}

export type TrainingRecord = EditorialFields & {
  title: string
  kind: TrainingKind
  summary: string
  body: string
  startDate: IsoDate
  endDate: IsoDate | null
  datePrecision: DatePrecision
  location: string
  country: CountryCode | null
  participantsCount: number | null
  topics: string[]
  /** Organization slug. */
  organizer: string | null
  /** Project slug. */
  project: string | null
  participantCountries: TrainingCountryRecord[]
}

export type NewsRecord = EditorialFields & {
  title: string
  /** At most 300 characters. */
  summary: string
  body: string
  coverImageUrl?: string | null
  coverImageAlt?: string | null
  tags: string[]
  /** The article's date; null for drafts. */
  publishedAt: IsoDate | null
  /** Slugs of the records the article is about. */
  projects: string[]
  organizations: string[]
  trainings: string[]
  conferences: string[]
  mous: string[]
}

/** The content types, named as in the ContentType enum of the database. */
export type ContentTypeName = 'ORGANIZATION' | 'PROJECT' | 'MOU' | 'CONFERENCE' | 'TRAINING' | 'NEWS'

/** The languages the site is translated into; English is the source. */
export type TranslationLocale = 'zh' | 'ja'

/**
 * A translation that was made from an older English wording of its field.
 * The seed records `source` as the English it was translated from, so the
 * admin shows the translation as outdated until someone brings it up to date.
 */
export type OutdatedTranslation = { value: string; source: string }

/**
 * The translation of one field. A list field such as a project's outcomes is
 * written as a list, one entry per English entry, and stored one per line.
 */
export type TranslatedField = string | readonly string[] | OutdatedTranslation

/**
 * The translations into one language, by content type, then by the slug of
 * the translated record, then by field name.
 */
export type LocaleTranslations = Partial<
  Record<ContentTypeName, Readonly<Record<string, Readonly<Record<string, TranslatedField>>>>>
>

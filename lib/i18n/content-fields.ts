// Which content is translated, into which languages, field by field. No
// imports, so the admin, the public reads, the seed and the unit tests can
// all use it (the keys of TRANSLATABLE_FIELDS are checked against Prisma's
// ContentType enum in tests/unit/translation-status.test.ts).

/** The languages content is translated into. English is the source language and is never stored as a translation. */
export const CONTENT_LOCALES = ['zh', 'ja'] as const

export type ContentLocale = (typeof CONTENT_LOCALES)[number]

/** How each language is named in the admin, and its BCP 47 tag for `lang` attributes. */
export const CONTENT_LOCALE_NAMES: Record<ContentLocale, { english: string; native: string; tag: string }> = {
  zh: { english: 'Chinese (Simplified)', native: '简体中文', tag: 'zh-Hans' },
  ja: { english: 'Japanese', native: '日本語', tag: 'ja' },
}

export function isContentLocale(value: unknown): value is ContentLocale {
  return typeof value === 'string' && (CONTENT_LOCALES as readonly string[]).includes(value)
}

/**
 * `text` is one line (an input), `long` is paragraphs (a textarea), `list` is
 * a string array column edited and stored one entry per line.
 */
export type TranslatableKind = 'text' | 'long' | 'list'

export type TranslatableField = { name: string; label: string; kind: TranslatableKind }

/** The content types as named by Prisma's ContentType enum. */
export type TranslatableContentType = 'ORGANIZATION' | 'PROJECT' | 'MOU' | 'CONFERENCE' | 'TRAINING' | 'NEWS'

/**
 * The translatable fields of each content type, in form order, with the
 * admin label and whether it is one line, long text or a list. Names are the
 * model's columns. Codes, dates, slugs and relations are never translated.
 */
export const TRANSLATABLE_FIELDS: Record<TranslatableContentType, ReadonlyArray<TranslatableField>> = {
  ORGANIZATION: [
    { name: 'name', label: 'Name', kind: 'text' },
    { name: 'description', label: 'Description', kind: 'long' },
  ],
  PROJECT: [
    { name: 'title', label: 'Title', kind: 'text' },
    { name: 'summary', label: 'Summary', kind: 'long' },
    { name: 'body', label: 'Description', kind: 'long' },
    { name: 'phase', label: 'Phase', kind: 'text' },
    { name: 'fundingSource', label: 'Funding source', kind: 'text' },
    { name: 'outcomes', label: 'Outcomes and deliverables', kind: 'list' },
  ],
  MOU: [
    { name: 'subject', label: 'Subject', kind: 'text' },
    { name: 'summary', label: 'Summary', kind: 'long' },
    { name: 'endTerm', label: 'Term', kind: 'text' },
  ],
  CONFERENCE: [
    { name: 'name', label: 'Name', kind: 'text' },
    { name: 'edition', label: 'Edition', kind: 'text' },
    { name: 'series', label: 'Series', kind: 'text' },
    { name: 'summary', label: 'Summary', kind: 'long' },
    { name: 'city', label: 'City', kind: 'text' },
  ],
  TRAINING: [
    { name: 'title', label: 'Title', kind: 'text' },
    { name: 'summary', label: 'Summary', kind: 'long' },
    { name: 'body', label: 'Description', kind: 'long' },
    { name: 'location', label: 'Location', kind: 'text' },
  ],
  NEWS: [
    { name: 'title', label: 'Title', kind: 'text' },
    { name: 'summary', label: 'Summary', kind: 'long' },
    { name: 'body', label: 'Article text', kind: 'long' },
    { name: 'coverImageAlt', label: 'Cover image description', kind: 'text' },
  ],
}

import { z } from 'zod'
import type { FormValues } from '@/lib/editorial/types'
import { isCountryCode, normalizeCountryCode } from '@/lib/countries'
import { OrganizationKind } from '@/lib/generated/prisma/enums'
import { PageQuerySchema, SlugSchema, emptyToUndefined } from './common'

/** An ISO 3166-1 alpha-2 code from the URL; "fr" is read as "FR". */
const CountryCodeQuerySchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
  z.string().regex(/^[A-Z]{2}$/),
)

/**
 * `?kind=&country=&page=` of the public partners list. A missing, blank,
 * repeated or unknown value means "no filter" (or page 1), so a hand-edited
 * URL never leads to an error page.
 */
export const OrganizationListQuerySchema = z.object({
  kind: z.enum(OrganizationKind).optional().catch(undefined),
  country: CountryCodeQuerySchema.optional().catch(undefined),
  page: PageQuerySchema.shape.page,
})

export type OrganizationListQuery = z.infer<typeof OrganizationListQuerySchema>

// ---- Admin form ------------------------------------------------------------

/** The shortest description a public partner page may have. */
export const MIN_PUBLISHED_DESCRIPTION_LENGTH = 20

/** A web address on the public internet reached over HTTPS, e.g. "https://www.usgs.gov". */
function isHttpsUrl(value: string): boolean {
  if (/\s/.test(value)) return false
  try {
    const url = new URL(value)
    // A dot in the host rules out typos such as "https://usgs" and local names.
    return url.protocol === 'https:' && url.hostname.includes('.')
  } catch {
    return false
  }
}

/**
 * A file uploaded to the media library, e.g. "/media/abc123/w400.webp". Only
 * plain path characters are allowed and no ".." segment, so the address can
 * never point outside /media/.
 */
function isMediaPath(value: string): boolean {
  return /^\/media\/[A-Za-z0-9._~\-/]+$/.test(value) && !value.split('/').includes('..')
}

/**
 * The languages an organization's native name may be written in, as BCP 47
 * tags with their English names. The tag becomes the `lang` attribute of the
 * name on public pages, so a script subtag is given where a language is
 * written in more than one (Chinese, Mongolian, Serbian).
 */
export const NATIVE_NAME_LANGUAGES = {
  'zh-Hans': 'Chinese (Simplified)',
  'zh-Hant': 'Chinese (Traditional)',
  ja: 'Japanese',
  ko: 'Korean',
  'mn-Cyrl': 'Mongolian (Cyrillic)',
  th: 'Thai',
  vi: 'Vietnamese',
  lo: 'Lao',
  km: 'Khmer',
  my: 'Burmese',
  id: 'Indonesian',
  ms: 'Malay',
  fil: 'Filipino',
  hi: 'Hindi',
  ne: 'Nepali',
  bn: 'Bengali',
  ru: 'Russian',
  uk: 'Ukrainian',
  kk: 'Kazakh',
  uz: 'Uzbek',
  ar: 'Arabic',
  fa: 'Persian',
  tr: 'Turkish',
  fr: 'French',
  de: 'German',
  it: 'Italian',
  es: 'Spanish',
  pt: 'Portuguese',
  nl: 'Dutch',
  pl: 'Polish',
  cs: 'Czech',
  sv: 'Swedish',
  no: 'Norwegian',
  da: 'Danish',
  fi: 'Finnish',
  el: 'Greek',
} as const satisfies Record<string, string>

export type NativeNameLanguage = keyof typeof NATIVE_NAME_LANGUAGES

const NATIVE_NAME_TAGS = Object.keys(NATIVE_NAME_LANGUAGES) as [NativeNameLanguage, ...NativeNameLanguage[]]

/** A text field that must not be blank; a missing field gets the same message as an empty one. */
function requiredText(message: string, max: number, tooLong: string) {
  return z.string({ error: message }).trim().min(1, message).max(max, tooLong)
}

/** A text field that may be blank; blank is stored as "none" (NULL). */
function optionalText(max: number, tooLong: string) {
  return z.preprocess(emptyToUndefined, z.string().trim().max(max, tooLong).optional())
}

/**
 * The organization form's fields. The draft and the publish schema differ
 * only in the description rule, so both are built here and have the same
 * output type; building the rule into the field (rather than refining the
 * whole object) reports a short description together with any other error.
 */
function organizationSchema(mode: 'draft' | 'publish') {
  const description = z.string().trim().max(20_000, 'The description must be at most 20,000 characters')
  return z
    .object({
      name: requiredText("Enter the organization's name", 200, 'The name must be at most 200 characters'),
      acronym: optionalText(40, 'The acronym must be at most 40 characters'),
      // A missing or blank slug gets only "Enter a slug", not also the format
      // message: the pipe stops at the first schema's error.
      slug: z.preprocess((value) => value ?? '', z.string().trim().min(1, 'Enter a slug').pipe(SlugSchema)),
      kind: z.enum(OrganizationKind, { error: 'Choose the type of organization' }),
      country: z.preprocess(
        (value) => {
          const v = emptyToUndefined(value)
          return typeof v === 'string' ? normalizeCountryCode(v) : v
        },
        z.string({ error: 'Choose the country' }).refine(isCountryCode, 'Choose a country from the list'),
      ),
      website: z.preprocess(
        emptyToUndefined,
        z
          .string()
          .trim()
          .max(2000, 'The web address must be at most 2,000 characters')
          .refine(isHttpsUrl, 'Enter the website address starting with https://, e.g. https://www.usgs.gov')
          .optional(),
      ),
      logoUrl: z.preprocess(
        emptyToUndefined,
        z
          .string()
          .trim()
          .max(2000, 'The logo address must be at most 2,000 characters')
          .refine(
            (v) => isHttpsUrl(v) || isMediaPath(v),
            'Enter the logo address starting with https:// or /media/ (an image from the media library)',
          )
          .optional(),
      ),
      description:
        mode === 'publish'
          ? z
              .string({ error: 'Enter a description before publishing' })
              .trim()
              .min(
                MIN_PUBLISHED_DESCRIPTION_LENGTH,
                `Enter a description of at least ${MIN_PUBLISHED_DESCRIPTION_LENGTH} characters: the partner's public page shows it`,
              )
              .pipe(description)
          : description.default(''),
      nativeName: optionalText(200, 'The native name must be at most 200 characters'),
      nativeNameLang: z.preprocess(
        emptyToUndefined,
        z.enum(NATIVE_NAME_TAGS, { error: 'Choose the language of the native name from the list' }).optional(),
      ),
      romanizedName: optionalText(200, 'The romanized name must be at most 200 characters'),
    })
    .strict()
    .superRefine((org, ctx) => {
      // The language tag says how to read and pronounce the native name, and
      // the romanization spells that name: neither means anything alone.
      if (org.nativeName && !org.nativeNameLang)
        ctx.addIssue({ code: 'custom', path: ['nativeNameLang'], message: 'Choose the language the native name is written in' })
      if (!org.nativeName && org.nativeNameLang)
        ctx.addIssue({ code: 'custom', path: ['nativeNameLang'], message: 'Enter the native name, or clear its language' })
      if (!org.nativeName && org.romanizedName)
        ctx.addIssue({
          code: 'custom',
          path: ['romanizedName'],
          message: 'Enter the native name that this romanized name spells, or clear the romanized name',
        })
    })
}

/** An organization as saved from the admin form: a draft needs its name, slug, kind and country. */
export const OrganizationDraftSchema = organizationSchema('draft')

/** What a public partner page needs besides a draft's fields: a description. */
export const OrganizationPublishSchema = organizationSchema('publish')

export type OrganizationInput = z.infer<typeof OrganizationDraftSchema>

/** The form values of an organization; parsing them with OrganizationDraftSchema gives the same input back. */
export function organizationToFormValues(input: OrganizationInput): FormValues {
  return {
    name: input.name,
    acronym: input.acronym ?? '',
    slug: input.slug,
    kind: input.kind,
    country: input.country,
    website: input.website ?? '',
    logoUrl: input.logoUrl ?? '',
    description: input.description,
    nativeName: input.nativeName ?? '',
    nativeNameLang: input.nativeNameLang ?? '',
    romanizedName: input.romanizedName ?? '',
  }
}

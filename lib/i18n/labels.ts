import type { CooperationType } from '@/lib/countries'
import type {
  ConferenceRole,
  OrganizationKind,
  PartnerRole,
  ProjectScope,
  ProjectStatus,
  TrainingKind,
} from '@/lib/generated/prisma/enums'
import type { MouStatus } from '@/lib/mou-status'
import type { ConferenceWhen } from '@/lib/validation/conferences'
import type { SearchType } from '@/lib/validation/search'
import { LANGUAGE_TAGS, type Locale } from './locales'
import { getTranslator } from './translator'

/*
 * The public site's names for enumeration values, in each language. The
 * messages live in lib/i18n/messages/labels.ts; these functions keep callers
 * from building message keys by hand.
 */

export function projectStatusLabel(locale: Locale, status: ProjectStatus): string {
  return getTranslator(locale, 'labels')(`projectStatus.${status}`)
}

export function projectScopeLabel(locale: Locale, scope: ProjectScope): string {
  return getTranslator(locale, 'labels')(`projectScope.${scope}`)
}

/** The part an organization plays in a project, in the singular: "Lead", "Funder". */
export function partnerRoleLabel(locale: Locale, role: PartnerRole): string {
  return getTranslator(locale, 'labels')(`partnerRole.${role}`)
}

/** The heading over the `count` organizations holding one role in a project: "Lead organization", "Partners". */
export function partnerGroupHeading(locale: Locale, role: PartnerRole, count: number): string {
  return getTranslator(locale, 'labels')(`partnerGroup.${role}`, { count })
}

export function mouStatusLabel(locale: Locale, status: MouStatus): string {
  return getTranslator(locale, 'labels')(`mouStatus.${status}`)
}

/** The MOU status filter's choice for every MOU that has not expired. */
export function mouInForceLabel(locale: Locale): string {
  return getTranslator(locale, 'labels')('mouInForce')
}

/** What a kind of organization is called, in the singular. */
export function organizationKindLabel(locale: Locale, kind: OrganizationKind): string {
  return getTranslator(locale, 'labels')(`organizationKind.${kind}`)
}

/** The part the survey played in a conference. */
export function conferenceRoleLabel(locale: Locale, role: ConferenceRole): string {
  return getTranslator(locale, 'labels')(`conferenceRole.${role}`)
}

/** A choice of the conferences list's time filter. */
export function conferenceWhenLabel(locale: Locale, when: ConferenceWhen): string {
  return getTranslator(locale, 'labels')(`conferenceWhen.${when}`)
}

export function trainingKindLabel(locale: Locale, kind: TrainingKind): string {
  return getTranslator(locale, 'labels')(`trainingKind.${kind}`)
}

/** A kind of cooperation link, as a column or section heading: "Partners", "MOUs". */
export function cooperationTypeLabel(locale: Locale, type: CooperationType): string {
  return getTranslator(locale, 'labels')(`cooperationType.${type}`)
}

/** A content type in the search page's type filter, in the plural. */
export function searchTypeLabel(locale: Locale, type: SearchType): string {
  return getTranslator(locale, 'labels')(`searchType.${type}`)
}

/** What one search result is, shown as its badge. */
export function searchResultKindLabel(locale: Locale, type: SearchType): string {
  return getTranslator(locale, 'labels')(`searchResultKind.${type}`)
}

// Editions are entered in English ("42nd", "6th"); the number lets Chinese
// and Japanese write their own ordinal (第42届, 第42回).
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/i

/**
 * A conference's place in its series, e.g. "CCOP Annual Session, 42nd
 * edition"; just the series or the edition when only one is known, and null
 * when neither is.
 */
export function conferenceSeriesText(locale: Locale, edition: string | null, series: string | null): string | null {
  const ed = edition?.trim()
  const se = series?.trim()
  if (!ed) return se || null
  const t = getTranslator(locale, 'labels')
  const numbered = ORDINAL.exec(ed)
  if (numbered) {
    const number = Number(numbered[1])
    return se
      ? t('conferenceSeries.bothNumbered', { series: se, number })
      : t('conferenceSeries.editionNumbered', { number })
  }
  return se ? t('conferenceSeries.both', { series: se, edition: ed }) : t('conferenceSeries.edition', { edition: ed })
}

/**
 * The language tag dates are formatted with. English dates keep the
 * British day-month order the site has always used ("5 July 2010"), which
 * the bare `en` tag would turn into "July 5, 2010".
 */
export function dateLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : LANGUAGE_TAGS[locale]
}

import type { ConferenceRole } from '@/lib/generated/prisma/enums'
import { conferenceSeriesText as localizedSeriesText } from '@/lib/i18n/labels'
import { labels } from '@/lib/i18n/messages/labels'
import type { ConferenceWhen } from '@/lib/validation/conferences'

// The English names, as the staff area uses them; the public site takes them
// in each language from lib/i18n/labels.ts.

/** The part the survey played in a conference. */
export const conferenceRoleLabels: Record<ConferenceRole, string> = labels.en.conferenceRole

/** The choices of the conferences list's time filter. */
export const conferenceWhenLabels: Record<ConferenceWhen, string> = labels.en.conferenceWhen

/**
 * A conference's place in its series, e.g. "CCOP Annual Session, 42nd
 * edition"; just the series or the edition when only one is known, and null
 * when neither is.
 */
export function conferenceSeriesText(edition: string | null, series: string | null): string | null {
  return localizedSeriesText('en', edition, series)
}

import type { ConferenceRole } from '@/lib/generated/prisma/enums'
import type { ConferenceWhen } from '@/lib/validation/conferences'

/** The part the survey played in a conference. */
export const conferenceRoleLabels: Record<ConferenceRole, string> = {
  ORGANIZER: 'Organizer',
  HOST: 'Host',
  CO_SPONSOR: 'Co-sponsor',
}

/** The choices of the conferences list's time filter. */
export const conferenceWhenLabels: Record<ConferenceWhen, string> = {
  upcoming: 'Upcoming',
  past: 'Past',
  all: 'All conferences',
}

/**
 * A conference's place in its series, e.g. "CCOP Annual Session, 42nd
 * edition"; just the series or the edition when only one is known, and null
 * when neither is.
 */
export function conferenceSeriesText(edition: string | null, series: string | null): string | null {
  const ed = edition?.trim()
  const se = series?.trim()
  if (se && ed) return `${se}, ${ed} edition`
  if (se) return se
  if (ed) return `${ed} edition`
  return null
}

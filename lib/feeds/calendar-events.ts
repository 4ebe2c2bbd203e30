import { siteConfig } from '@/content/site'
import type { CalendarConference, CalendarTraining } from '@/lib/data/feeds'
import { countryName } from '@/lib/utils'
import type { CalendarEvent, CalendarInfo } from './ical'
import { absoluteUrl } from '@/lib/site-url'

// The host part names the site rather than a domain, so a UID survives a
// move to another address; the row id (not the slug) survives a renamed slug.
const UID_HOST = 'geocoop'

/** Paths of the calendar downloads, for route handlers and links. */
export const EVENTS_CALENDAR_PATH = '/events.ics'
export const conferenceCalendarPath = (slug: string) => `/conferences/${encodeURIComponent(slug)}/calendar.ics`
export const trainingCalendarPath = (slug: string) => `/trainings/${encodeURIComponent(slug)}/calendar.ics`

function describe(summary: string, extra: string[]): string | undefined {
  const text = [summary.trim(), ...extra].filter(Boolean).join('\n\n')
  return text || undefined
}

export function conferenceEvent(conference: CalendarConference): CalendarEvent {
  const url = absoluteUrl(`/conferences/${encodeURIComponent(conference.slug)}`)
  const website = conference.url && /^https?:\/\//.test(conference.url) ? conference.url : null
  return {
    uid: `conference-${conference.id}@${UID_HOST}`,
    stamp: conference.updatedAt,
    start: conference.startDate,
    end: conference.endDate,
    precision: conference.datePrecision,
    summary: conference.name,
    location: [conference.city, countryName(conference.country)].filter(Boolean).join(', ') || undefined,
    description: describe(conference.summary, [
      ...(website ? [`Conference website: ${website}`] : []),
      `More information: ${url}`,
    ]),
    url,
  }
}

export function trainingEvent(training: CalendarTraining): CalendarEvent {
  const url = absoluteUrl(`/trainings/${encodeURIComponent(training.slug)}`)
  const country = training.country ? countryName(training.country) : null
  // Editors often write the country into the location already ("Bangkok, Thailand").
  const location =
    country && !training.location.toLowerCase().includes(country.toLowerCase())
      ? [training.location.trim(), country].filter(Boolean).join(', ')
      : training.location.trim()
  return {
    uid: `training-${training.id}@${UID_HOST}`,
    stamp: training.updatedAt,
    start: training.startDate,
    end: training.endDate,
    precision: training.datePrecision,
    summary: training.title,
    location: location || undefined,
    description: describe(training.summary, [`More information: ${url}`]),
    url,
  }
}

/** The name of a calendar file that holds one event. */
export function singleEventCalendar(event: CalendarEvent): CalendarInfo {
  return { name: event.summary }
}

/** The subscribable calendar of conferences and trainings. */
export const eventsCalendar: CalendarInfo = {
  name: `${siteConfig.name} events`,
  description: 'Conferences and trainings of the international cooperation office.',
  refreshInterval: 'PT12H',
}

/** Conferences and trainings in one list, soonest first. */
export function mergeEvents(conferences: CalendarConference[], trainings: CalendarTraining[]): CalendarEvent[] {
  return [...conferences.map(conferenceEvent), ...trainings.map(trainingEvent)].sort(
    (a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid),
  )
}

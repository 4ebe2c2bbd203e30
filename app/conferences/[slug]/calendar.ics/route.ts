import { getPublishedConferenceForCalendar } from '@/lib/data/feeds'
import { conferenceEvent, singleEventCalendar } from '@/lib/feeds/calendar-events'
import { buildCalendar } from '@/lib/feeds/ical'
import { calendarDownload, feedNotFound } from '@/lib/feeds/responses'

// Answered per request from a cached read of lib/data, tagged with the
// item's page so a change to it reaches the calendar file too.

/** One published conference as an .ics file to add to a calendar; 404 for anything unpublished. */
export async function GET(_request: Request, ctx: RouteContext<'/conferences/[slug]/calendar.ics'>) {
  const { slug } = await ctx.params
  const conference = await getPublishedConferenceForCalendar(slug)
  if (!conference) return feedNotFound()
  const event = conferenceEvent(conference)
  return calendarDownload(buildCalendar(singleEventCalendar(event), [event]), `${conference.slug}.ics`)
}

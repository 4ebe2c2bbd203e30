import { getPublishedTrainingForCalendar } from '@/lib/data/feeds'
import { singleEventCalendar, trainingEvent } from '@/lib/feeds/calendar-events'
import { buildCalendar } from '@/lib/feeds/ical'
import { calendarDownload, feedNotFound } from '@/lib/feeds/responses'

// Answered per request from a cached read of lib/data, tagged with the
// item's page so a change to it reaches the calendar file too.

/** One published training as an .ics file to add to a calendar; 404 for anything unpublished. */
export async function GET(_request: Request, ctx: RouteContext<'/trainings/[slug]/calendar.ics'>) {
  const { slug } = await ctx.params
  const training = await getPublishedTrainingForCalendar(slug)
  if (!training) return feedNotFound()
  const event = trainingEvent(training)
  return calendarDownload(buildCalendar(singleEventCalendar(event), [event]), `${training.slug}.ics`)
}

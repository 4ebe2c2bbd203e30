import { listPublishedEventsForCalendar } from '@/lib/data/feeds'
import { eventsCalendar, mergeEvents } from '@/lib/feeds/calendar-events'
import { buildCalendar } from '@/lib/feeds/ical'
import { CALENDAR_CONTENT_TYPE } from '@/lib/feeds/responses'

// The entries come from a cached read of lib/data that every change to
// them expires, so no request reaches the database.

/**
 * The subscribable calendar: upcoming published conferences and trainings,
 * plus those of the last 365 days (see CALENDAR_LOOKBACK_DAYS for why). It is
 * served inline, not as a download, because calendar apps subscribe to it.
 */
export async function GET() {
  const { conferences, trainings } = await listPublishedEventsForCalendar()
  return new Response(buildCalendar(eventsCalendar, mergeEvents(conferences, trainings)), {
    headers: { 'Content-Type': CALENDAR_CONTENT_TYPE },
  })
}

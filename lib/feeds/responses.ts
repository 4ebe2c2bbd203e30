/** Response headers of the feeds and calendars, so every route sends the same types. */
export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8'
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8'
export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8'

/** A calendar file that browsers save as `filename` rather than show. */
export function calendarDownload(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': CALENDAR_CONTENT_TYPE,
      // Filenames come from slugs, which are lowercase ASCII, so no RFC 6266 encoding is needed.
      'Content-Disposition': `attachment; filename="${filename.replace(/[^a-z0-9._-]/gi, '-')}"`,
    },
  })
}

/** The plain 404 of a feed or calendar URL whose row is missing or not published. */
export function feedNotFound(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

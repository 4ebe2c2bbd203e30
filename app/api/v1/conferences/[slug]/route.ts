import { getOpenDataConferenceBySlug } from '@/lib/data/open-data'
import { detailRoute } from '@/lib/open-data/http'
import { serializeConference } from '@/lib/open-data/serializers'

// Read per request from the database; responses carry their own Cache-Control.
export const dynamic = 'force-dynamic'

/** `GET /api/v1/conferences/<slug>`: one published conference, or a 404. */
export const GET = detailRoute(getOpenDataConferenceBySlug, serializeConference, 'conference')

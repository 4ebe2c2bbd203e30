import { listOpenDataConferences } from '@/lib/data/open-data'
import { listRoute } from '@/lib/open-data/http'
import { serializeConference } from '@/lib/open-data/serializers'

// Answered per request (the handler reads the address); the records come
// from cached reads of lib/data, and responses carry their own Cache-Control.

/** `GET /api/v1/conferences?page=N&per_page=M`: one page of published conferences. */
export const GET = listRoute(listOpenDataConferences, serializeConference)

import { listOpenDataConferences } from '@/lib/data/open-data'
import { listRoute } from '@/lib/open-data/http'
import { serializeConference } from '@/lib/open-data/serializers'

// Read per request from the database; responses carry their own Cache-Control.
export const dynamic = 'force-dynamic'

/** `GET /api/v1/conferences?page=N&per_page=M`: one page of published conferences. */
export const GET = listRoute(listOpenDataConferences, serializeConference)

import { getOpenDataMouBySlug } from '@/lib/data/open-data'
import { detailRoute } from '@/lib/open-data/http'
import { serializeMou } from '@/lib/open-data/serializers'

// Answered per request (the handler reads the address); the records come
// from cached reads of lib/data, and responses carry their own Cache-Control.

/** `GET /api/v1/mous/<slug>`: one published MOU, or a 404. */
export const GET = detailRoute(getOpenDataMouBySlug, serializeMou, 'MOU')

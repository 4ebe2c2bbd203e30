import { getOpenDataMouBySlug } from '@/lib/data/open-data'
import { detailRoute } from '@/lib/open-data/http'
import { serializeMou } from '@/lib/open-data/serializers'

// Read per request from the database; responses carry their own Cache-Control.
export const dynamic = 'force-dynamic'

/** `GET /api/v1/mous/<slug>`: one published MOU, or a 404. */
export const GET = detailRoute(getOpenDataMouBySlug, serializeMou, 'MOU')

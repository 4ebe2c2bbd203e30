import { getOpenDataNewsBySlug } from '@/lib/data/open-data'
import { detailRoute } from '@/lib/open-data/http'
import { serializeNews } from '@/lib/open-data/serializers'

// Read per request from the database; responses carry their own Cache-Control.
export const dynamic = 'force-dynamic'

/** `GET /api/v1/news/<slug>`: one published news article, or a 404. */
export const GET = detailRoute(getOpenDataNewsBySlug, serializeNews, 'news article')

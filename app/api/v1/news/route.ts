import { listOpenDataNews } from '@/lib/data/open-data'
import { listRoute } from '@/lib/open-data/http'
import { serializeNews } from '@/lib/open-data/serializers'

// Read per request from the database; responses carry their own Cache-Control.
export const dynamic = 'force-dynamic'

/** `GET /api/v1/news?page=N&per_page=M`: one page of published news articles. */
export const GET = listRoute(listOpenDataNews, serializeNews)

import { listOpenDataNews } from '@/lib/data/open-data'
import { listRoute } from '@/lib/open-data/http'
import { serializeNews } from '@/lib/open-data/serializers'

// Answered per request (the handler reads the address); the records come
// from cached reads of lib/data, and responses carry their own Cache-Control.

/** `GET /api/v1/news?page=N&per_page=M`: one page of published news articles. */
export const GET = listRoute(listOpenDataNews, serializeNews)

import { listOpenDataMous } from '@/lib/data/open-data'
import { listRoute } from '@/lib/open-data/http'
import { serializeMou } from '@/lib/open-data/serializers'

// Answered per request (the handler reads the address); the records come
// from cached reads of lib/data, and responses carry their own Cache-Control.

/** `GET /api/v1/mous?page=N&per_page=M`: one page of published MOUs. */
export const GET = listRoute(listOpenDataMous, serializeMou)

import { listOpenDataMous } from '@/lib/data/open-data'
import { listRoute } from '@/lib/open-data/http'
import { serializeMou } from '@/lib/open-data/serializers'

// Read per request from the database; responses carry their own Cache-Control.
export const dynamic = 'force-dynamic'

/** `GET /api/v1/mous?page=N&per_page=M`: one page of published MOUs. */
export const GET = listRoute(listOpenDataMous, serializeMou)

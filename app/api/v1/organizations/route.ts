import { listOpenDataOrganizations } from '@/lib/data/open-data'
import { listRoute } from '@/lib/open-data/http'
import { serializeOrganization } from '@/lib/open-data/serializers'

// Read per request from the database; responses carry their own Cache-Control.
export const dynamic = 'force-dynamic'

/** `GET /api/v1/organizations?page=N&per_page=M`: one page of published organizations. */
export const GET = listRoute(listOpenDataOrganizations, serializeOrganization)

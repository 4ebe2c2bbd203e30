import { getOpenDataOrganizationBySlug } from '@/lib/data/open-data'
import { detailRoute } from '@/lib/open-data/http'
import { serializeOrganization } from '@/lib/open-data/serializers'

// Read per request from the database; responses carry their own Cache-Control.
export const dynamic = 'force-dynamic'

/** `GET /api/v1/organizations/<slug>`: one published organization, or a 404. */
export const GET = detailRoute(getOpenDataOrganizationBySlug, serializeOrganization, 'organization')

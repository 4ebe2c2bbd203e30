import { getOpenDataProjectBySlug } from '@/lib/data/open-data'
import { detailRoute } from '@/lib/open-data/http'
import { serializeProject } from '@/lib/open-data/serializers'

// Read per request from the database; responses carry their own Cache-Control.
export const dynamic = 'force-dynamic'

/** `GET /api/v1/projects/<slug>`: one published project, or a 404. */
export const GET = detailRoute(getOpenDataProjectBySlug, serializeProject, 'project')

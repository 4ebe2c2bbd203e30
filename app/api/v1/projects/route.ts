import { listOpenDataProjects } from '@/lib/data/open-data'
import { listRoute } from '@/lib/open-data/http'
import { serializeProject } from '@/lib/open-data/serializers'

// Read per request from the database; responses carry their own Cache-Control.
export const dynamic = 'force-dynamic'

/** `GET /api/v1/projects?page=N&per_page=M`: one page of published projects. */
export const GET = listRoute(listOpenDataProjects, serializeProject)

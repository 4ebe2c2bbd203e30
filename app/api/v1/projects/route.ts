import { listOpenDataProjects } from '@/lib/data/open-data'
import { listRoute } from '@/lib/open-data/http'
import { serializeProject } from '@/lib/open-data/serializers'

// Answered per request (the handler reads the address); the records come
// from cached reads of lib/data, and responses carry their own Cache-Control.

/** `GET /api/v1/projects?page=N&per_page=M`: one page of published projects. */
export const GET = listRoute(listOpenDataProjects, serializeProject)

import { listOpenDataTrainings } from '@/lib/data/open-data'
import { listRoute } from '@/lib/open-data/http'
import { serializeTraining } from '@/lib/open-data/serializers'

// Read per request from the database; responses carry their own Cache-Control.
export const dynamic = 'force-dynamic'

/** `GET /api/v1/trainings?page=N&per_page=M`: one page of published trainings. */
export const GET = listRoute(listOpenDataTrainings, serializeTraining)

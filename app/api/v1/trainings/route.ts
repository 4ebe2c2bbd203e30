import { listOpenDataTrainings } from '@/lib/data/open-data'
import { listRoute } from '@/lib/open-data/http'
import { serializeTraining } from '@/lib/open-data/serializers'

// Answered per request (the handler reads the address); the records come
// from cached reads of lib/data, and responses carry their own Cache-Control.

/** `GET /api/v1/trainings?page=N&per_page=M`: one page of published trainings. */
export const GET = listRoute(listOpenDataTrainings, serializeTraining)

import { getOpenDataTrainingBySlug } from '@/lib/data/open-data'
import { detailRoute } from '@/lib/open-data/http'
import { serializeTraining } from '@/lib/open-data/serializers'

// Answered per request (the handler reads the address); the records come
// from cached reads of lib/data, and responses carry their own Cache-Control.

/** `GET /api/v1/trainings/<slug>`: one published training, or a 404. */
export const GET = detailRoute(getOpenDataTrainingBySlug, serializeTraining, 'training')

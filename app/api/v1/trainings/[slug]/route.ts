import { getOpenDataTrainingBySlug } from '@/lib/data/open-data'
import { detailRoute } from '@/lib/open-data/http'
import { serializeTraining } from '@/lib/open-data/serializers'

// Read per request from the database; responses carry their own Cache-Control.
export const dynamic = 'force-dynamic'

/** `GET /api/v1/trainings/<slug>`: one published training, or a 404. */
export const GET = detailRoute(getOpenDataTrainingBySlug, serializeTraining, 'training')

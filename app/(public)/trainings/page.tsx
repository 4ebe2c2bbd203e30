import { TrainingListQuerySchema } from '@/lib/validation/trainings'
import { TrainingListPage } from './trainings-list-page'

export { metadata } from './trainings-list-page'

// The unfiltered first page, prerendered. A request with list parameters is
// rewritten to _query/page.tsx (see lib/list-routes.ts).
export default function TrainingsPage() {
  return <TrainingListPage query={TrainingListQuerySchema.parse({})} />
}

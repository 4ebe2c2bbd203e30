import { TrainingListQuerySchema } from '@/lib/validation/trainings'
import { listQueryPage } from '../../_lib/list-query-page'
import { TrainingListPage } from '../trainings-list-page'

export { metadata } from '../trainings-list-page'

export const instant = false

export default listQueryPage(TrainingListQuerySchema, TrainingListPage)

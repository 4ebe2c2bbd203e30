import { TrainingListQuerySchema } from '@/lib/validation/trainings'
import { listQueryMetadata, listQueryPage } from '../../_lib/list-query-page'
import { TrainingListPage, listMetadata } from '../trainings-list-page'

export const generateMetadata = listQueryMetadata(listMetadata)

export const instant = false

export default listQueryPage(TrainingListQuerySchema, TrainingListPage)

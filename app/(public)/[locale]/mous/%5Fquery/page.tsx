import { MouListQuerySchema } from '@/lib/validation/mous'
import { listQueryMetadata, listQueryPage } from '../../_lib/list-query-page'
import { MouListPage, listMetadata } from '../mous-list-page'

export const generateMetadata = listQueryMetadata(listMetadata)

export const instant = false

export default listQueryPage(MouListQuerySchema, MouListPage)

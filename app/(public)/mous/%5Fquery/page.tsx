import { MouListQuerySchema } from '@/lib/validation/mous'
import { listQueryPage } from '../../_lib/list-query-page'
import { MouListPage } from '../mous-list-page'

export { metadata } from '../mous-list-page'

export const instant = false

export default listQueryPage(MouListQuerySchema, MouListPage)

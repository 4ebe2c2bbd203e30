import { ConferenceListQuerySchema } from '@/lib/validation/conferences'
import { listQueryPage } from '../../_lib/list-query-page'
import { ConferenceListPage } from '../conferences-list-page'

export { metadata } from '../conferences-list-page'

export const instant = false

export default listQueryPage(ConferenceListQuerySchema, ConferenceListPage)

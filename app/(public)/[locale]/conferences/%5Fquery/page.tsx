import { ConferenceListQuerySchema } from '@/lib/validation/conferences'
import { listQueryMetadata, listQueryPage } from '../../_lib/list-query-page'
import { ConferenceListPage, listMetadata } from '../conferences-list-page'

export const generateMetadata = listQueryMetadata(listMetadata)

export const instant = false

export default listQueryPage(ConferenceListQuerySchema, ConferenceListPage)

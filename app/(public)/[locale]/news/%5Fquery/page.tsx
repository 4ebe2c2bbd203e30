import { PageQuerySchema } from '@/lib/validation/common'
import { listQueryMetadata, listQueryPage } from '../../_lib/list-query-page'
import { NewsListPage, listMetadata } from '../news-list-page'

export const generateMetadata = listQueryMetadata(listMetadata)

export const instant = false

export default listQueryPage(PageQuerySchema, NewsListPage)

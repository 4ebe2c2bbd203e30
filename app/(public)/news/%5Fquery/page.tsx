import { PageQuerySchema } from '@/lib/validation/common'
import { listQueryPage } from '../../_lib/list-query-page'
import { NewsListPage } from '../news-list-page'

export { metadata } from '../news-list-page'

export const instant = false

export default listQueryPage(PageQuerySchema, NewsListPage)

import { OrganizationListQuerySchema } from '@/lib/validation/organizations'
import { listQueryPage } from '../../_lib/list-query-page'
import { OrganizationListPage } from '../organizations-list-page'

export { metadata } from '../organizations-list-page'

export const instant = false

export default listQueryPage(OrganizationListQuerySchema, OrganizationListPage)

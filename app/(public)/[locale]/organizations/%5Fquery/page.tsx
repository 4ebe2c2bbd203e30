import { OrganizationListQuerySchema } from '@/lib/validation/organizations'
import { listQueryMetadata, listQueryPage } from '../../_lib/list-query-page'
import { OrganizationListPage, listMetadata } from '../organizations-list-page'

export const generateMetadata = listQueryMetadata(listMetadata)

export const instant = false

export default listQueryPage(OrganizationListQuerySchema, OrganizationListPage)

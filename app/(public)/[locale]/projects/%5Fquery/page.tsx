import { ProjectListQuerySchema } from '@/lib/validation/projects'
import { listQueryMetadata, listQueryPage } from '../../_lib/list-query-page'
import { ProjectListPage, listMetadata } from '../projects-list-page'

export const generateMetadata = listQueryMetadata(listMetadata)

export const instant = false

export default listQueryPage(ProjectListQuerySchema, ProjectListPage)

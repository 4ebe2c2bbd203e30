import { ProjectListQuerySchema } from '@/lib/validation/projects'
import { listQueryPage } from '../../_lib/list-query-page'
import { ProjectListPage } from '../projects-list-page'

export { metadata } from '../projects-list-page'

export const instant = false

export default listQueryPage(ProjectListQuerySchema, ProjectListPage)

import { ProjectListQuerySchema } from '@/lib/validation/projects'
import { ProjectListPage } from './projects-list-page'

export { metadata } from './projects-list-page'

// The unfiltered first page, prerendered. A request with list parameters is
// rewritten to _query/page.tsx (see lib/list-routes.ts).
export default function ProjectsPage() {
  return <ProjectListPage query={ProjectListQuerySchema.parse({})} />
}

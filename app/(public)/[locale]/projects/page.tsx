import { ProjectListQuerySchema } from '@/lib/validation/projects'
import { localeParam } from '@/lib/i18n/params'
import { ProjectListPage, listMetadata } from './projects-list-page'

// The unfiltered first page, prerendered. A request with list parameters is
// rewritten to _query/page.tsx (see lib/list-routes.ts).
export async function generateMetadata(props: PageProps<'/[locale]/projects'>) {
  return listMetadata(await localeParam(props.params))
}

export default async function ProjectsPage(props: PageProps<'/[locale]/projects'>) {
  return <ProjectListPage locale={await localeParam(props.params)} query={ProjectListQuerySchema.parse({})} />
}

import { OrganizationListQuerySchema } from '@/lib/validation/organizations'
import { localeParam } from '@/lib/i18n/params'
import { OrganizationListPage, listMetadata } from './organizations-list-page'

// The unfiltered first page, prerendered. A request with list parameters is
// rewritten to _query/page.tsx (see lib/list-routes.ts).
export async function generateMetadata(props: PageProps<'/[locale]/organizations'>) {
  return listMetadata(await localeParam(props.params))
}

export default async function OrganizationsPage(props: PageProps<'/[locale]/organizations'>) {
  return <OrganizationListPage locale={await localeParam(props.params)} query={OrganizationListQuerySchema.parse({})} />
}

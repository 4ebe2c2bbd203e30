import { OrganizationListQuerySchema } from '@/lib/validation/organizations'
import { OrganizationListPage } from './organizations-list-page'

export { metadata } from './organizations-list-page'

// The unfiltered first page, prerendered. A request with list parameters is
// rewritten to _query/page.tsx (see lib/list-routes.ts).
export default function OrganizationsPage() {
  return <OrganizationListPage query={OrganizationListQuerySchema.parse({})} />
}

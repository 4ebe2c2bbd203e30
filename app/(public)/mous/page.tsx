import { MouListQuerySchema } from '@/lib/validation/mous'
import { MouListPage } from './mous-list-page'

export { metadata } from './mous-list-page'

// The unfiltered first page, prerendered. A request with list parameters is
// rewritten to _query/page.tsx (see lib/list-routes.ts).
export default function MousPage() {
  return <MouListPage query={MouListQuerySchema.parse({})} />
}

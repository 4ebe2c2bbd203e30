import { ConferenceListQuerySchema } from '@/lib/validation/conferences'
import { ConferenceListPage } from './conferences-list-page'

export { metadata } from './conferences-list-page'

// The unfiltered first page, prerendered. A request with list parameters is
// rewritten to _query/page.tsx (see lib/list-routes.ts).
export default function ConferencesPage() {
  return <ConferenceListPage query={ConferenceListQuerySchema.parse({})} />
}

import { PageQuerySchema } from '@/lib/validation/common'
import { NewsListPage } from './news-list-page'

export { metadata } from './news-list-page'

// The unfiltered first page, prerendered. A request with list parameters is
// rewritten to _query/page.tsx (see lib/list-routes.ts).
export default function NewsPage() {
  return <NewsListPage query={PageQuerySchema.parse({})} />
}

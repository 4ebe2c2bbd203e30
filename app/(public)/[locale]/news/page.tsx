import { PageQuerySchema } from '@/lib/validation/common'
import { localeParam } from '@/lib/i18n/params'
import { NewsListPage, listMetadata } from './news-list-page'

// The unfiltered first page, prerendered. A request with list parameters is
// rewritten to _query/page.tsx (see lib/list-routes.ts).
export async function generateMetadata(props: PageProps<'/[locale]/news'>) {
  return listMetadata(await localeParam(props.params))
}

export default async function NewsPage(props: PageProps<'/[locale]/news'>) {
  return <NewsListPage locale={await localeParam(props.params)} query={PageQuerySchema.parse({})} />
}

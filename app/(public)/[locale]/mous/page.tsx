import { MouListQuerySchema } from '@/lib/validation/mous'
import { localeParam } from '@/lib/i18n/params'
import { MouListPage, listMetadata } from './mous-list-page'

// The unfiltered first page, prerendered. A request with list parameters is
// rewritten to _query/page.tsx (see lib/list-routes.ts).
export async function generateMetadata(props: PageProps<'/[locale]/mous'>) {
  return listMetadata(await localeParam(props.params))
}

export default async function MousPage(props: PageProps<'/[locale]/mous'>) {
  return <MouListPage locale={await localeParam(props.params)} query={MouListQuerySchema.parse({})} />
}

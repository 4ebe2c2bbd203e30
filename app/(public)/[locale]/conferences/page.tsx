import { ConferenceListQuerySchema } from '@/lib/validation/conferences'
import { localeParam } from '@/lib/i18n/params'
import { ConferenceListPage, listMetadata } from './conferences-list-page'

// The unfiltered first page, prerendered. A request with list parameters is
// rewritten to _query/page.tsx (see lib/list-routes.ts).
export async function generateMetadata(props: PageProps<'/[locale]/conferences'>) {
  return listMetadata(await localeParam(props.params))
}

export default async function ConferencesPage(props: PageProps<'/[locale]/conferences'>) {
  return <ConferenceListPage locale={await localeParam(props.params)} query={ConferenceListQuerySchema.parse({})} />
}

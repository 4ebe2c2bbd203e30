import { TrainingListQuerySchema } from '@/lib/validation/trainings'
import { localeParam } from '@/lib/i18n/params'
import { TrainingListPage, listMetadata } from './trainings-list-page'

// The unfiltered first page, prerendered. A request with list parameters is
// rewritten to _query/page.tsx (see lib/list-routes.ts).
export async function generateMetadata(props: PageProps<'/[locale]/trainings'>) {
  return listMetadata(await localeParam(props.params))
}

export default async function TrainingsPage(props: PageProps<'/[locale]/trainings'>) {
  return <TrainingListPage locale={await localeParam(props.params)} query={TrainingListQuerySchema.parse({})} />
}

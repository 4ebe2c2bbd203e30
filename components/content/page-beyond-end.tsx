import { buttonVariants } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import type { Locale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'

/** What a list shows when `?page=` points past its last page; `firstPageHref` is in the page's language. */
export function PageBeyondEnd({ title, firstPageHref, locale }: { title: string; firstPageHref: string; locale: Locale }) {
  const t = getTranslator(locale, 'common')
  return (
    <EmptyState
      title={title}
      action={
        // A plain link: the first page of a public list is prerendered on
        // another route than its later pages (lib/list-routes.ts).
        <a href={firstPageHref} className={buttonVariants({ variant: 'secondary' })}>
          {t('beyondEnd.action')}
        </a>
      }
    >
      {t('beyondEnd.body')}
    </EmptyState>
  )
}

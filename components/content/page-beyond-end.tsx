import { buttonVariants } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'

/** What a list shows when `?page=` points past its last page. */
export function PageBeyondEnd({ title, firstPageHref }: { title: string; firstPageHref: string }) {
  return (
    <EmptyState
      title={title}
      action={
        // A plain link: the first page of a public list is prerendered on
        // another route than its later pages (lib/list-routes.ts).
        <a href={firstPageHref} className={buttonVariants({ variant: 'secondary' })}>
          Go to the first page
        </a>
      }
    >
      The list is shorter than this.
    </EmptyState>
  )
}

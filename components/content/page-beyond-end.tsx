import { ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'

/** What a list shows when `?page=` points past its last page. */
export function PageBeyondEnd({ title, firstPageHref }: { title: string; firstPageHref: string }) {
  return (
    <EmptyState
      title={title}
      action={
        <ButtonLink href={firstPageHref} variant="secondary">
          Go to the first page
        </ButtonLink>
      }
    >
      The list is shorter than this.
    </EmptyState>
  )
}

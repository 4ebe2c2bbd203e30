import { Skeleton } from '@/components/ui/skeleton'

/**
 * What a list page shows while the part that depends on the address (filters,
 * page number) is rendered: the page header is prerendered, the list streams
 * in behind this. The region is marked busy; the grey blocks are hidden from
 * assistive technology.
 */
export function ListFallback({ filters = false }: { filters?: boolean }) {
  return (
    <div aria-busy="true">
      {filters ? <Skeleton className="mb-8 h-24 w-full" /> : null}
      <div className="grid gap-6 md:grid-cols-2">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} className="h-40" />
        ))}
      </div>
    </div>
  )
}

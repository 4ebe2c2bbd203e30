import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { StatusBadge } from '@/components/admin/status-badge'
import { PageHeader } from '@/components/site/page-header'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button, ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { Input } from '@/components/ui/input'
import { Pagination } from '@/components/ui/pagination'
import { Select } from '@/components/ui/select'
import { requireRole } from '@/lib/auth/guards'
import { AdminListQuerySchema, listForAdmin, sortKeys } from '@/lib/editorial/queries'
import { adapterForSegment } from '@/lib/editorial/registry'
import { listTitle, formatDateTime } from '@/lib/editorial/format'

export async function generateMetadata(props: PageProps<'/admin/[type]'>): Promise<Metadata> {
  const adapter = adapterForSegment((await props.params).type)
  return { title: adapter ? listTitle(adapter) : 'Not found' }
}

const notices: Record<string, string> = { trashed: 'Moved to the trash. You can restore it from the trash.' }

export default async function AdminListPage(props: PageProps<'/admin/[type]'>) {
  await requireRole('CONTRIBUTOR')
  const { type } = await props.params
  const adapter = adapterForSegment(type)
  if (!adapter) notFound()
  const searchParams = await props.searchParams
  const query = AdminListQuerySchema.parse(searchParams)
  const { items, total, page, totalPages, sort, dir } = await listForAdmin(adapter, query)
  const filtered = Boolean(query.q || query.status)
  const plural = listTitle(adapter)
  const notice = typeof searchParams.notice === 'string' ? notices[searchParams.notice] : undefined
  const sortLabels: Record<string, string> = {
    updated: 'Last changed',
    title: 'Title',
    status: 'Status',
    ...Object.fromEntries(adapter.listColumns.map((c) => [c.field, c.label])),
  }

  return (
    <>
      <PageHeader title={plural} breadcrumbs={[{ label: 'Admin', href: '/admin' }, { label: plural }]}>
        <ButtonLink href={`/admin/${adapter.segment}/new`}>New {adapter.noun}</ButtonLink>
      </PageHeader>
      {notice ? (
        <Alert tone="success" className="mb-6">
          {notice}
        </Alert>
      ) : null}
      <form role="search" aria-label={`Filter ${adapter.nounPlural}`} className="mb-6 flex flex-wrap items-end gap-3" action={`/admin/${adapter.segment}`}>
        <div className="grow basis-64">
          <label htmlFor="q" className="mb-1 block text-sm font-semibold text-ink">
            Search
          </label>
          <Input id="q" name="q" type="search" defaultValue={query.q} />
        </div>
        <div>
          <label htmlFor="status" className="mb-1 block text-sm font-semibold text-ink">
            Status
          </label>
          <Select id="status" name="status" defaultValue={query.status ?? ''}>
            <option value="">Any status</option>
            <option value="DRAFT">Draft</option>
            <option value="IN_REVIEW">In review</option>
            <option value="PUBLISHED">Published</option>
            <option value="PENDING">Published, with unpublished changes</option>
            <option value="ARCHIVED">Archived</option>
          </Select>
        </div>
        <div>
          <label htmlFor="sort" className="mb-1 block text-sm font-semibold text-ink">
            Sort by
          </label>
          <Select id="sort" name="sort" defaultValue={sort}>
            {sortKeys(adapter).map((key) => (
              <option key={key} value={key}>
                {sortLabels[key] ?? key}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="dir" className="mb-1 block text-sm font-semibold text-ink">
            Order
          </label>
          <Select id="dir" name="dir" defaultValue={dir}>
            <option value="asc">Ascending</option>
            <option value="desc">Descending</option>
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          Apply
        </Button>
      </form>
      {items.length === 0 ? (
        <EmptyState
          title={filtered ? `No ${adapter.nounPlural} match` : `No ${adapter.nounPlural} yet`}
          action={
            filtered ? (
              <ButtonLink href={`/admin/${adapter.segment}`} variant="secondary">
                Clear filters
              </ButtonLink>
            ) : (
              <ButtonLink href={`/admin/${adapter.segment}/new`}>Create the first {adapter.noun}</ButtonLink>
            )
          }
        >
          {filtered ? 'Try another search or status.' : `${listTitle(adapter)} you create appear here.`}
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-ink-muted" aria-live="polite">
            {total} {total === 1 ? adapter.noun : adapter.nounPlural}
          </p>
          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">
                {plural}, sorted by {(sortLabels[sort] ?? sort).toLowerCase()} ({dir === 'asc' ? 'ascending' : 'descending'})
              </caption>
              <thead className="bg-stone-50 text-ink-muted">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">Title</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Status</th>
                  {adapter.listColumns.map((c) => (
                    <th key={c.field} scope="col" className="px-4 py-3 font-semibold">
                      {c.label}
                    </th>
                  ))}
                  <th scope="col" className="px-4 py-3 font-semibold">Last changed</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {items.map((item) => (
                  <tr key={item.id}>
                    <td className="px-4 py-3">
                      <Link href={`/admin/${adapter.segment}/${item.id}`} className="font-medium text-primary-800 underline-offset-4 hover:underline">
                        {item.title}
                      </Link>
                    </td>
                    <td className="px-4 py-3">
                      <span className="flex flex-wrap gap-1.5">
                        <StatusBadge status={item.status} />
                        {item.pending ? (
                          <Badge tone={item.pending === 'review' ? 'blue' : 'neutral'}>
                            {item.pending === 'review' ? 'Changes in review' : 'Unpublished changes'}
                          </Badge>
                        ) : null}
                        {item.scheduled.map((s) => (
                          <Badge key={s.action} tone="amber">
                            {s.action === 'PUBLISH' ? 'Publishes' : 'Unpublishes'} {formatDateTime(s.runAt)}
                          </Badge>
                        ))}
                      </span>
                    </td>
                    {adapter.listColumns.map((c) => (
                      <td key={c.field} className="px-4 py-3">
                        {c.render(item.extra[c.field])}
                      </td>
                    ))}
                    <td className="px-4 py-3">
                      {formatDateTime(item.updatedAt)}
                      {item.updatedBy ? <span className="block text-ink-muted">by {item.updatedBy}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} totalPages={totalPages} basePath={`/admin/${adapter.segment}`} searchParams={searchParams} className="mt-6" />
        </>
      )}
    </>
  )
}

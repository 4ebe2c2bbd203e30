import type { Metadata } from 'next'
import Link from 'next/link'
import { StatusBadge } from '@/components/admin/status-badge'
import { PageHeader } from '@/components/site/page-header'
import { Alert } from '@/components/ui/alert'
import { Button, ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { Input } from '@/components/ui/input'
import { Pagination } from '@/components/ui/pagination'
import { Select } from '@/components/ui/select'
import { requireRole } from '@/lib/auth/guards'
import { listNewsForAdmin } from '@/lib/data/news'
import { formatDate } from '@/lib/utils'
import { NewsListQuerySchema } from '@/lib/validation/news'

export const metadata: Metadata = { title: 'News · Admin' }

export default async function AdminNewsPage(props: PageProps<'/admin/news'>) {
  await requireRole('EDITOR')
  const searchParams = await props.searchParams
  const query = NewsListQuerySchema.parse(searchParams)
  const { items, total, page, totalPages } = await listNewsForAdmin(query)
  const filtered = Boolean(query.q || query.status)

  return (
    <>
      <PageHeader title="News" breadcrumbs={[{ label: 'Admin', href: '/admin' }, { label: 'News' }]}>
        <ButtonLink href="/admin/news/new">New article</ButtonLink>
      </PageHeader>
      {searchParams.notice === 'deleted' ? (
        <Alert tone="success" className="mb-6">
          Article deleted.
        </Alert>
      ) : null}
      <form role="search" aria-label="Filter articles" className="mb-6 flex flex-wrap items-end gap-3" action="/admin/news">
        <div className="grow basis-64">
          <label htmlFor="q" className="mb-1 block text-sm font-semibold text-ink">
            Search title or slug
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
            <option value="ARCHIVED">Archived</option>
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      {items.length === 0 ? (
        <EmptyState
          title={filtered ? 'No articles match' : 'No articles yet'}
          action={filtered ? <ButtonLink href="/admin/news" variant="secondary">Clear filters</ButtonLink> : <ButtonLink href="/admin/news/new">Write the first article</ButtonLink>}
        >
          {filtered ? 'Try another search or status.' : 'Articles you create appear here.'}
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-ink-muted" aria-live="polite">
            {total} {total === 1 ? 'article' : 'articles'}
          </p>
          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">News articles, most recently changed first</caption>
              <thead className="bg-stone-50 text-ink-muted">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">Title</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Status</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Publication date</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Last changed</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {items.map((item) => (
                  <tr key={item.id}>
                    <td className="px-4 py-3">
                      <Link href={`/admin/news/${item.id}/edit`} className="font-medium text-primary-800 underline-offset-4 hover:underline">
                        {item.title}
                      </Link>
                    </td>
                    <td className="px-4 py-3"><StatusBadge status={item.status} /></td>
                    <td className="px-4 py-3">{item.publishedAt ? formatDate(item.publishedAt) : '—'}</td>
                    <td className="px-4 py-3">
                      {formatDate(item.updatedAt)}
                      {item.updatedBy ? <span className="text-ink-muted"> by {item.updatedBy.name}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} totalPages={totalPages} basePath="/admin/news" searchParams={searchParams} className="mt-6" />
        </>
      )}
    </>
  )
}

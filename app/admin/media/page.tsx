import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/site/page-header'
import { Alert } from '@/components/ui/alert'
import { Button, ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { Input } from '@/components/ui/input'
import { Pagination } from '@/components/ui/pagination'
import { Select } from '@/components/ui/select'
import { hasRole, requireRole } from '@/lib/auth/guards'
import { listMedia } from '@/lib/data/media'
import { MediaListQuerySchema } from '@/lib/validation/media'
import { MediaGrid } from './_components/media-grid'

export const metadata: Metadata = { title: 'Media library' }

const notices: Record<string, string> = { purged: 'The file was deleted permanently.' }

export default async function AdminMediaPage(props: PageProps<'/admin/media'>) {
  const user = await requireRole('CONTRIBUTOR')
  const searchParams = await props.searchParams
  const query = MediaListQuerySchema.parse(searchParams)
  const canManage = hasRole(user.role, 'EDITOR')
  // Contributors cannot restore files, so the trash is not theirs to browse.
  const trash = query.trash && canManage
  const { items, total, page, totalPages } = await listMedia({ q: query.q, kind: query.kind, trash, page: query.page })
  const filtered = Boolean(query.q || query.kind)
  const { notice: noticeKey, ...listParams } = searchParams
  const notice = typeof noticeKey === 'string' ? notices[noticeKey] : undefined
  const basePath = '/admin/media'
  const title = trash ? 'Media trash' : 'Media library'

  return (
    <>
      <PageHeader
        title={title}
        lead={
          trash
            ? 'Files in the trash are not served and cannot be chosen. Restore a file from its page, or delete it permanently.'
            : undefined
        }
        breadcrumbs={[
          { label: 'Admin', href: '/admin' },
          ...(trash ? [{ label: 'Media library', href: basePath }, { label: 'Trash' }] : [{ label: 'Media library' }]),
        ]}
      >
        <div className="flex flex-wrap items-center gap-3">
          {trash ? null : <ButtonLink href="/admin/media/new">Upload a file</ButtonLink>}
          {canManage ? (
            <Link
              href={trash ? basePath : `${basePath}?trash=1`}
              className="text-sm font-medium text-primary-800 underline underline-offset-4"
            >
              {trash ? 'Back to the library' : 'Show the trash'}
            </Link>
          ) : null}
        </div>
      </PageHeader>
      {notice ? (
        <Alert tone="success" className="mb-6">
          {notice}
        </Alert>
      ) : null}
      <form
        role="search"
        aria-label={trash ? 'Filter the trash' : 'Filter the media library'}
        className="mb-6 flex flex-wrap items-end gap-3"
        action={basePath}
      >
        {trash ? <input type="hidden" name="trash" value="1" /> : null}
        <div className="grow basis-64">
          <label htmlFor="q" className="mb-1 block text-sm font-semibold text-ink">
            Search title or file name
          </label>
          <Input id="q" name="q" type="search" defaultValue={query.q} />
        </div>
        <div>
          <label htmlFor="kind" className="mb-1 block text-sm font-semibold text-ink">
            Type
          </label>
          <Select id="kind" name="kind" defaultValue={query.kind ?? ''}>
            <option value="">Images and documents</option>
            <option value="IMAGE">Images</option>
            <option value="DOCUMENT">PDF documents</option>
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      {items.length === 0 ? (
        <EmptyState
          title={filtered ? 'No files match' : trash ? 'The trash is empty' : 'No files yet'}
          action={
            filtered ? (
              <ButtonLink href={trash ? `${basePath}?trash=1` : basePath} variant="secondary">
                Clear filters
              </ButtonLink>
            ) : trash ? null : (
              <ButtonLink href="/admin/media/new">Upload the first file</ButtonLink>
            )
          }
        >
          {filtered
            ? 'Try another search or type.'
            : trash
              ? 'Files moved to the trash appear here.'
              : 'Images and PDF documents you upload appear here.'}
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-ink-muted" aria-live="polite">
            {total} {total === 1 ? 'file' : 'files'}
          </p>
          <MediaGrid items={items} />
          <Pagination page={page} totalPages={totalPages} basePath={basePath} searchParams={listParams} className="mt-6" />
        </>
      )}
    </>
  )
}

import type { Metadata } from 'next'
import Link from 'next/link'
import { DeleteButton } from '@/components/admin/delete-button'
import { PageHeader } from '@/components/site/page-header'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { hasRole, requireRole } from '@/lib/auth/guards'
import { capitalize, formatDateTime } from '@/lib/editorial/format'
import { listTrash } from '@/lib/editorial/queries'
import { purgeAction, restoreFromTrashAction } from '../[type]/actions'

export const metadata: Metadata = { title: 'Trash' }

const notices: Record<string, { tone: 'success' | 'error'; text: string }> = {
  purged: { tone: 'success', text: 'Deleted for good. The audit log keeps a record of it.' },
  'not-in-trash': { tone: 'error', text: 'Only items in the trash can be deleted for good.' },
}

export default async function TrashPage(props: PageProps<'/admin/trash'>) {
  const user = await requireRole('EDITOR')
  const items = await listTrash()
  const searchParams = await props.searchParams
  const notice = typeof searchParams.notice === 'string' ? notices[searchParams.notice] : undefined
  const isAdmin = hasRole(user.role, 'ADMIN')

  return (
    <>
      <PageHeader
        title="Trash"
        lead={`Deleted items stay here until they are restored${isAdmin ? ' or deleted for good' : ''}. They are not on the public site.`}
        breadcrumbs={[{ label: 'Admin', href: '/admin' }, { label: 'Trash' }]}
      />
      <p className="mb-6">
        <Link href="/admin/media?trash=1" className="text-primary-800 underline">
          Images and documents in the trash
        </Link>{' '}
        are listed in the media library.
      </p>
      {notice ? (
        <Alert tone={notice.tone} className="mb-6">
          {notice.text}
        </Alert>
      ) : null}
      {items.length === 0 ? (
        <EmptyState title="The trash is empty">Items you move to the trash appear here.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Items in the trash, most recently deleted first</caption>
            <thead className="bg-stone-50 text-ink-muted">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">Item</th>
                <th scope="col" className="px-4 py-3 font-semibold">Type</th>
                <th scope="col" className="px-4 py-3 font-semibold">Deleted</th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {items.map((item) => (
                <tr key={`${item.type}:${item.id}`}>
                  <td className="px-4 py-3">
                    <Link href={`/admin/${item.segment}/${item.id}/history`} className="font-medium text-primary-800 underline">
                      {item.title}
                    </Link>
                  </td>
                  <td className="px-4 py-3">{capitalize(item.noun)}</td>
                  <td className="px-4 py-3">{formatDateTime(item.deletedAt)}</td>
                  <td className="px-4 py-3">
                    <div className="flex flex-wrap justify-end gap-2">
                      <form action={restoreFromTrashAction.bind(null, item.segment, item.id)}>
                        <Button type="submit" variant="secondary" size="sm">
                          Restore<span className="sr-only"> “{item.title}”</span>
                        </Button>
                      </form>
                      {isAdmin ? (
                        <DeleteButton title={item.title} label="Delete for good" action={purgeAction.bind(null, item.segment, item.id)} />
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

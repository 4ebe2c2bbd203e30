import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { StatusBadge } from '@/components/admin/status-badge'
import { PageHeader } from '@/components/site/page-header'
import { EmptyState } from '@/components/ui/empty-state'
import { requireRole } from '@/lib/auth/guards'
import { REVISION_ACTION_LABELS, listTitle, formatDateTime } from '@/lib/editorial/format'
import { adapterForSegment } from '@/lib/editorial/registry'
import { getItemForEdit, listRevisions } from '@/lib/editorial/service'
import { IdSchema } from '@/lib/validation/common'

export const metadata: Metadata = { title: 'History' }

export default async function HistoryPage(props: PageProps<'/admin/[type]/[id]/history'>) {
  await requireRole('CONTRIBUTOR')
  const { type, id } = await props.params
  const adapter = adapterForSegment(type)
  if (!adapter || !IdSchema.safeParse(id).success) notFound()
  const [item, revisions] = await Promise.all([getItemForEdit(adapter, id), listRevisions(adapter, id)])
  if (!item) notFound()
  const title = item.values[adapter.titleField] || item.state.slug

  return (
    <>
      <PageHeader
        title={`History of “${title}”`}
        lead="Every change, newest first. Open one to see what changed; restoring an earlier version adds a new version and keeps all of this."
        breadcrumbs={[
          { label: 'Admin', href: '/admin' },
          { label: listTitle(adapter), href: `/admin/${adapter.segment}` },
          { label: title, href: `/admin/${adapter.segment}/${id}` },
          { label: 'History' },
        ]}
      />
      {revisions.length === 0 ? (
        <EmptyState title="No recorded changes">This item has no recorded changes yet.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Changes, newest first</caption>
            <thead className="bg-stone-50 text-ink-muted">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">Version</th>
                <th scope="col" className="px-4 py-3 font-semibold">What happened</th>
                <th scope="col" className="px-4 py-3 font-semibold">Status after</th>
                <th scope="col" className="px-4 py-3 font-semibold">Who</th>
                <th scope="col" className="px-4 py-3 font-semibold">When</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {revisions.map((r) => (
                <tr key={r.id}>
                  <td className="px-4 py-3">
                    <Link href={`/admin/${adapter.segment}/${id}/history/${r.id}`} className="font-medium text-primary-800 underline">
                      Version {r.version}
                    </Link>
                  </td>
                  <td className="px-4 py-3">{REVISION_ACTION_LABELS[r.action] ?? r.action}</td>
                  <td className="px-4 py-3">
                    <StatusBadge status={r.status} />
                  </td>
                  <td className="px-4 py-3">{r.author?.name ?? 'Unknown'}</td>
                  <td className="px-4 py-3">{formatDateTime(r.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

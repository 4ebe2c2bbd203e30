import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { RestoreRevisionButton } from '@/components/admin/restore-revision-button'
import { PageHeader } from '@/components/site/page-header'
import { Alert } from '@/components/ui/alert'
import { requireRole } from '@/lib/auth/guards'
import { diffLines } from '@/lib/editorial/diff'
import { REVISION_ACTION_LABELS, listTitle, formatDateTime } from '@/lib/editorial/format'
import { adapterForSegment } from '@/lib/editorial/registry'
import { getItemForEdit, getRevisionWithChanges } from '@/lib/editorial/service'
import type { FieldChange } from '@/lib/editorial/types'
import { IdSchema } from '@/lib/validation/common'
import { restoreRevisionAction } from '../../../actions'

export const metadata: Metadata = { title: 'Revision' }

function LongChange({ change }: { change: FieldChange }) {
  const lines = diffLines(change.before, change.after)
  return (
    <pre className="overflow-x-auto rounded-md border border-stone-200 bg-stone-50 p-3 text-sm whitespace-pre-wrap">
      {lines.map((line, i) => (
        <span
          key={i}
          className={
            line.kind === 'added' ? 'block bg-green-100 text-green-950' : line.kind === 'removed' ? 'block bg-red-100 text-red-950' : 'block'
          }
        >
          <span className="sr-only">{line.kind === 'added' ? 'Added: ' : line.kind === 'removed' ? 'Removed: ' : ''}</span>
          <span aria-hidden="true">{line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '− ' : '  '}</span>
          {line.text || ' '}
        </span>
      ))}
    </pre>
  )
}

export default async function RevisionPage(props: PageProps<'/admin/[type]/[id]/history/[revisionId]'>) {
  await requireRole('CONTRIBUTOR')
  const { type, id, revisionId } = await props.params
  const adapter = adapterForSegment(type)
  if (!adapter || !IdSchema.safeParse(id).success || !IdSchema.safeParse(revisionId).success) notFound()
  const [item, found] = await Promise.all([getItemForEdit(adapter, id), getRevisionWithChanges(adapter, id, revisionId)])
  if (!item || !found) notFound()
  const { revision, changes, previousVersion } = found
  const title = item.values[adapter.titleField] || item.state.slug
  const isCurrent = revision.version === item.state.version

  return (
    <>
      <PageHeader
        title={`Version ${revision.version}: ${REVISION_ACTION_LABELS[revision.action] ?? revision.action}`}
        lead={`By ${revision.author?.name ?? 'an unknown user'} on ${formatDateTime(revision.createdAt)}.`}
        breadcrumbs={[
          { label: 'Admin', href: '/admin' },
          { label: listTitle(adapter), href: `/admin/${adapter.segment}` },
          { label: title, href: `/admin/${adapter.segment}/${id}` },
          { label: 'History', href: `/admin/${adapter.segment}/${id}/history` },
          { label: `Version ${revision.version}` },
        ]}
      />
      <section aria-labelledby="changes-heading" className="mb-8">
        <h2 id="changes-heading" className="mb-4 text-xl font-semibold text-ink">
          {previousVersion ? `Changes from version ${previousVersion}` : 'Content when created'}
        </h2>
        {changes.length === 0 ? (
          <p className="text-ink-muted">No field changed in this version (its status or place in the trash did).</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full table-fixed text-left text-sm">
              <caption className="sr-only">Changed fields with their value before and after</caption>
              <thead className="bg-stone-50 text-ink-muted">
                <tr>
                  <th scope="col" className="w-48 px-4 py-3 font-semibold">Field</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Before</th>
                  <th scope="col" className="px-4 py-3 font-semibold">After</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200 align-top">
                {changes.map((c) => (
                  <tr key={c.name}>
                    <th scope="row" className="px-4 py-3 font-medium">
                      {c.label}
                    </th>
                    {c.long && c.before && c.after ? (
                      <td colSpan={2} className="px-4 py-3">
                        <LongChange change={c} />
                      </td>
                    ) : (
                      <>
                        <td className="px-4 py-3 break-words whitespace-pre-wrap text-red-900">{c.before || <em className="text-ink-muted">empty</em>}</td>
                        <td className="px-4 py-3 break-words whitespace-pre-wrap text-green-900">{c.after || <em className="text-ink-muted">empty</em>}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {isCurrent ? (
        <Alert tone="info">This is the current version.</Alert>
      ) : item.state.deletedAt ? (
        <Alert tone="info">Restore the item from the trash before restoring one of its versions.</Alert>
      ) : (
        <RestoreRevisionButton
          action={restoreRevisionAction.bind(null, adapter.segment, id, revision.id)}
          version={item.state.version}
          label={`Restore version ${revision.version}`}
        />
      )}
    </>
  )
}

import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/site/page-header'
import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { requireRole } from '@/lib/auth/guards'
import { capitalize, formatDateTime } from '@/lib/editorial/format'
import { listScheduled } from '@/lib/editorial/queries'

export const metadata: Metadata = { title: 'Scheduled' }

function dayKey(date: Date) {
  return date.toISOString().slice(0, 10)
}

function dayLabel(key: string) {
  return new Date(`${key}T00:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

export default async function ScheduledPage() {
  await requireRole('CONTRIBUTOR')
  const changes = await listScheduled()
  const failed = changes.filter((c) => c.failedAt)
  const upcoming = changes.filter((c) => !c.failedAt)
  const days = new Map<string, typeof upcoming>()
  for (const change of upcoming) {
    const key = dayKey(change.runAt)
    days.set(key, [...(days.get(key) ?? []), change])
  }

  return (
    <>
      <PageHeader
        title="Scheduled"
        lead="Publishing and unpublishing planned by editors, by day (times in UTC). Changes run within a minute of their time."
        breadcrumbs={[{ label: 'Admin', href: '/admin' }, { label: 'Scheduled' }]}
      />
      {failed.length > 0 ? (
        <section aria-labelledby="failed-heading" className="mb-10 rounded-lg border border-red-300 bg-red-50 p-4">
          <h2 id="failed-heading" className="mb-3 text-lg font-semibold text-red-900">
            Could not be made
          </h2>
          <ul className="space-y-2 text-sm text-red-950">
            {failed.map((c) => (
              <li key={c.id}>
                <Link href={`/admin/${c.item.segment}/${c.item.id}`} className="font-medium underline">
                  {c.item.title}
                </Link>{' '}
                — {c.action === 'PUBLISH' ? 'publish' : 'unpublish'} at {formatDateTime(c.runAt)}: {c.error}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {upcoming.length === 0 ? (
        <EmptyState title="Nothing is scheduled">Editors can schedule publishing from an item’s page.</EmptyState>
      ) : (
        <ol className="space-y-8">
          {[...days].map(([key, list]) => (
            <li key={key}>
              <h2 className="mb-3 text-lg font-semibold text-ink">
                <time dateTime={key}>{dayLabel(key)}</time>
              </h2>
              <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
                {list.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                    <span>
                      <Link href={`/admin/${c.item.segment}/${c.item.id}`} className="font-medium text-primary-800 underline">
                        {c.item.title}
                      </Link>
                      <span className="block text-sm text-ink-muted">
                        {capitalize(c.item.noun)} · scheduled by {c.createdBy?.name ?? 'unknown'}
                      </span>
                    </span>
                    <span className="flex items-center gap-2 text-sm">
                      <Badge tone={c.action === 'PUBLISH' ? 'green' : 'amber'}>{c.action === 'PUBLISH' ? 'Publish' : 'Unpublish'}</Badge>
                      <time dateTime={c.runAt.toISOString()}>{formatDateTime(c.runAt).replace(/^.*, /, '')}</time>
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  )
}

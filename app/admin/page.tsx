import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/site/page-header'
import { Badge } from '@/components/ui/badge'
import { ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { requireRole } from '@/lib/auth/guards'
import { listEndingMous } from '@/lib/data/mou-reminders'
import { REVISION_ACTION_LABELS, capitalize, formatDateTime } from '@/lib/editorial/format'
import { getDashboard, listScheduled } from '@/lib/editorial/queries'
import { countryName, formatDate } from '@/lib/utils'

export const metadata: Metadata = { title: 'Dashboard' }

type ItemLink = { segment: string; id: string; title: string; noun: string; updatedAt: Date; pendingChanges: boolean }

function ItemList({ items, empty }: { items: ItemLink[]; empty: string }) {
  if (items.length === 0) return <p className="rounded-lg border border-dashed border-stone-300 p-4 text-ink-muted">{empty}</p>
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {items.map((item) => (
        <li key={`${item.segment}:${item.id}`} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
          <span>
            <Link href={`/admin/${item.segment}/${item.id}`} className="font-medium text-primary-800 underline-offset-4 hover:underline">
              {item.title}
            </Link>
            <span className="block text-sm text-ink-muted">
              {capitalize(item.noun)}
              {item.pendingChanges ? ' · changes to the published version' : ''}
            </span>
          </span>
          <span className="text-sm text-ink-muted">{formatDateTime(item.updatedAt)}</span>
        </li>
      ))}
    </ul>
  )
}

function Heading({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <h2 id={id} className="mb-4 text-xl font-semibold text-ink">
      {children}
    </h2>
  )
}

export default async function AdminDashboardPage() {
  await requireRole('CONTRIBUTOR')
  const [{ user, myDrafts, inReview, recent }, endingMous, scheduled] = await Promise.all([
    getDashboard(),
    listEndingMous(),
    listScheduled(),
  ])
  const upcoming = scheduled.filter((s) => !s.failedAt).slice(0, 8)
  const failedCount = scheduled.filter((s) => s.failedAt).length

  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} lead="Your drafts, what waits for review, and what needs attention.">
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="/admin/news/new">New article</ButtonLink>
          <ButtonLink href="/admin/mous/new" variant="secondary">
            New MOU
          </ButtonLink>
        </div>
      </PageHeader>
      <div className="mb-10 grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="drafts-heading">
          <Heading id="drafts-heading">My drafts</Heading>
          <ItemList items={myDrafts} empty="You have no drafts." />
        </section>
        <section aria-labelledby="review-heading">
          <Heading id="review-heading">In review</Heading>
          <ItemList items={inReview} empty="Nothing is waiting for review." />
        </section>
      </div>
      <section aria-labelledby="mous-heading" className="mb-10">
        <Heading id="mous-heading">MOUs ending in the next 180 days</Heading>
        {endingMous.length === 0 ? (
          <EmptyState title="No MOU ends in the next 180 days" headingLevel={3}>
            Reminders are also e-mailed 180, 90 and 30 days before an MOU ends.
          </EmptyState>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">MOUs ending soon, soonest first</caption>
              <thead className="bg-stone-50 text-ink-muted">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">MOU</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Country</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Ends</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Days left</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Reminders sent</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {endingMous.map((mou) => (
                  <tr key={mou.id}>
                    <td className="px-4 py-3">
                      <Link href={`/admin/mous/${mou.id}`} className="font-medium text-primary-800 underline-offset-4 hover:underline">
                        {mou.subject}
                      </Link>
                      <span className="block text-ink-muted">
                        {mou.counterparts.map((c) => c.organization.name).join(', ')}
                      </span>
                    </td>
                    <td className="px-4 py-3">{countryName(mou.country)}</td>
                    <td className="px-4 py-3">{mou.endDate ? formatDate(mou.endDate, mou.datePrecision) : ''}</td>
                    <td className="px-4 py-3">{mou.daysLeft}</td>
                    <td className="px-4 py-3">
                      {mou.reminders.length === 0
                        ? 'None yet'
                        : mou.reminders.map((r) => `${r.threshold} days`).join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="scheduled-heading" className="mb-10">
        <Heading id="scheduled-heading">Scheduled</Heading>
        {failedCount > 0 ? (
          <p className="mb-3 font-medium text-red-700">
            {failedCount} scheduled {failedCount === 1 ? 'change' : 'changes'} could not be made.{' '}
            <Link href="/admin/scheduled" className="underline">
              See why
            </Link>
          </p>
        ) : null}
        {upcoming.length === 0 ? (
          <p className="rounded-lg border border-dashed border-stone-300 p-4 text-ink-muted">Nothing is scheduled.</p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {upcoming.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <Link href={`/admin/${s.item.segment}/${s.item.id}`} className="font-medium text-primary-800 underline-offset-4 hover:underline">
                  {s.item.title}
                </Link>
                <span className="flex items-center gap-2 text-sm text-ink-muted">
                  <Badge tone={s.action === 'PUBLISH' ? 'green' : 'amber'}>{s.action === 'PUBLISH' ? 'Publish' : 'Unpublish'}</Badge>
                  {formatDateTime(s.runAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 text-sm">
          <Link href="/admin/scheduled" className="text-primary-800 underline">
            All scheduled changes
          </Link>
        </p>
      </section>
      <section aria-labelledby="recent-heading">
        <Heading id="recent-heading">Recent changes</Heading>
        {recent.length === 0 ? (
          <EmptyState title="Nothing yet" headingLevel={3}>
            Changes anyone makes appear here.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {recent.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <span>
                  {r.item ? (
                    <Link href={`/admin/${r.item.segment}/${r.item.id}`} className="font-medium text-primary-800 underline-offset-4 hover:underline">
                      {r.title}
                    </Link>
                  ) : (
                    <span className="font-medium">{r.title}</span>
                  )}
                  <span className="block text-sm text-ink-muted">
                    {REVISION_ACTION_LABELS[r.action] ?? r.action} by {r.author?.name ?? 'unknown'}
                  </span>
                </span>
                <span className="text-sm text-ink-muted">{formatDateTime(r.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}

import type { Metadata } from 'next'
import Link from 'next/link'
import { StatusBadge } from '@/components/admin/status-badge'
import { PageHeader } from '@/components/site/page-header'
import { ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { requireRole } from '@/lib/auth/guards'
import { listEndingMous } from '@/lib/data/mou-reminders'
import { countNewsByStatus, listNewsForAdmin } from '@/lib/data/news'
import { countryName, formatDate } from '@/lib/utils'

export const metadata: Metadata = { title: 'Dashboard' }

export default async function AdminDashboardPage() {
  const user = await requireRole('EDITOR')
  const [counts, recent, endingMous] = await Promise.all([
    countNewsByStatus(),
    listNewsForAdmin({ page: 1, pageSize: 5 }),
    listEndingMous(),
  ])
  const tiles = [
    { label: 'Drafts', value: counts.DRAFT ?? 0, href: '/admin/news?status=DRAFT' },
    { label: 'In review', value: counts.IN_REVIEW ?? 0, href: '/admin/news?status=IN_REVIEW' },
    { label: 'Published', value: counts.PUBLISHED ?? 0, href: '/admin/news?status=PUBLISHED' },
  ]

  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} lead="News, and the agreements that need attention.">
        <ButtonLink href="/admin/news/new">New article</ButtonLink>
      </PageHeader>
      <section aria-labelledby="counts-heading" className="mb-10">
        <h2 id="counts-heading" className="sr-only">
          News by status
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {tiles.map((t) => (
            <li key={t.label}>
              <Link href={t.href} className="block rounded-lg border border-stone-200 bg-white p-5 shadow-sm hover:border-primary-300">
                <span className="block text-3xl font-bold text-ink">{t.value}</span>
                <span className="text-ink-muted">{t.label}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="mous-heading" className="mb-10">
        <h2 id="mous-heading" className="mb-4 text-xl font-semibold text-ink">
          MOUs ending in the next 180 days
        </h2>
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
                      <Link href={`/mous/${mou.slug}`} className="font-medium text-primary-800 underline-offset-4 hover:underline">
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
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="mb-4 text-xl font-semibold text-ink">
          Recently changed
        </h2>
        {recent.items.length === 0 ? (
          <EmptyState title="Nothing yet" headingLevel={3}>
            Articles you create appear here.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {recent.items.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <Link href={`/admin/news/${item.id}/edit`} className="font-medium text-primary-800 underline-offset-4 hover:underline">
                  {item.title}
                </Link>
                <span className="flex items-center gap-3 text-sm text-ink-muted">
                  <StatusBadge status={item.status} />
                  {formatDate(item.updatedAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}

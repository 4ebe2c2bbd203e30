import type { Metadata } from 'next'
import Link from 'next/link'
import { StatusBadge } from '@/components/admin/status-badge'
import { PageHeader } from '@/components/site/page-header'
import { ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { requireRole } from '@/lib/auth/guards'
import { countNewsByStatus, listNewsForAdmin } from '@/lib/data/news'
import { formatDate } from '@/lib/utils'

export const metadata: Metadata = { title: 'Dashboard' }

export default async function AdminDashboardPage() {
  const user = await requireRole('EDITOR')
  const [counts, recent] = await Promise.all([countNewsByStatus(), listNewsForAdmin({ page: 1, pageSize: 5 })])
  const tiles = [
    { label: 'Drafts', value: counts.DRAFT ?? 0, href: '/admin/news?status=DRAFT' },
    { label: 'In review', value: counts.IN_REVIEW ?? 0, href: '/admin/news?status=IN_REVIEW' },
    { label: 'Published', value: counts.PUBLISHED ?? 0, href: '/admin/news?status=PUBLISHED' },
  ]

  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} lead="News articles at a glance.">
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

import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DeleteButton } from '@/components/admin/delete-button'
import { StatusBadge } from '@/components/admin/status-badge'
import { PageHeader } from '@/components/site/page-header'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { requireRole } from '@/lib/auth/guards'
import { getNewsForEdit } from '@/lib/data/news'
import { toDateTimeLocal } from '@/lib/dates'
import { formatDate } from '@/lib/utils'
import { deleteNewsAction, publishNewsAction, unpublishNewsAction, updateNewsAction } from '../../actions'
import { NewsForm } from '../../_components/news-form'

export const metadata: Metadata = { title: 'Edit article' }

const notices: Record<string, string> = {
  created: 'Draft saved. Publish it when it is ready.',
  saved: 'Changes saved.',
  published: 'Article published: it is now on the public site.',
  unpublished: 'Article unpublished: it is no longer on the public site.',
}

export default async function EditNewsPage(props: PageProps<'/admin/news/[id]/edit'>) {
  await requireRole('EDITOR')
  const { id } = await props.params
  const { notice } = await props.searchParams
  const article = await getNewsForEdit(id)
  if (!article) notFound()
  const isPublished = article.status === 'PUBLISHED'
  const noticeText = typeof notice === 'string' ? notices[notice] : undefined

  return (
    <>
      <PageHeader
        title={article.title}
        breadcrumbs={[{ label: 'Admin', href: '/admin' }, { label: 'News', href: '/admin/news' }, { label: 'Edit' }]}
      >
        <div className="flex flex-wrap items-center gap-3 text-sm text-ink-muted">
          <StatusBadge status={article.status} />
          <span>Last saved {formatDate(article.updatedAt)}</span>
          {isPublished ? (
            <Link href={`/news/${article.slug}`} className="font-medium text-primary-800 underline underline-offset-4">
              View on the public site
            </Link>
          ) : null}
        </div>
      </PageHeader>
      {noticeText ? (
        <Alert tone="success" className="mb-6">
          {noticeText}
        </Alert>
      ) : null}
      <section aria-label="Publishing" className="mb-8 flex flex-wrap gap-3">
        {isPublished ? (
          <form action={unpublishNewsAction.bind(null, article.id)}>
            <Button type="submit" variant="secondary">
              Unpublish
            </Button>
          </form>
        ) : (
          <form action={publishNewsAction.bind(null, article.id)}>
            <Button type="submit">Publish</Button>
          </form>
        )}
        <DeleteButton title={article.title} action={deleteNewsAction.bind(null, article.id)} />
      </section>
      <NewsForm
        action={updateNewsAction.bind(null, article.id)}
        submitLabel="Save changes"
        defaults={{
          title: article.title,
          slug: article.slug,
          summary: article.summary,
          body: article.body,
          tags: article.tags.join(', '),
          publishedAt: toDateTimeLocal(article.publishedAt),
          coverImageUrl: article.coverImageUrl ?? '',
          coverImageAlt: article.coverImageAlt ?? '',
          version: String(article.version),
        }}
      />
    </>
  )
}

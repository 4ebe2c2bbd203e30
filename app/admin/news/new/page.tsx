import type { Metadata } from 'next'
import { PageHeader } from '@/components/site/page-header'
import { requireRole } from '@/lib/auth/guards'
import { createNewsAction } from '../actions'
import { NewsForm } from '../_components/news-form'

export const metadata: Metadata = { title: 'New article' }

export default async function NewNewsPage() {
  await requireRole('EDITOR')
  return (
    <>
      <PageHeader
        title="New article"
        lead="The article is saved as a draft; publish it from the next page when it is ready."
        breadcrumbs={[{ label: 'Admin', href: '/admin' }, { label: 'News', href: '/admin/news' }, { label: 'New article' }]}
      />
      <NewsForm action={createNewsAction} submitLabel="Save draft" />
    </>
  )
}

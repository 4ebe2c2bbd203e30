import type { Metadata } from 'next'
import { NewsCard } from '@/components/content/news-card'
import { PageHeader } from '@/components/site/page-header'
import { EmptyState } from '@/components/ui/empty-state'
import { Pagination } from '@/components/ui/pagination'
import { listPublishedNews } from '@/lib/data/news'
import { PageQuerySchema } from '@/lib/validation/common'

export const metadata: Metadata = {
  title: 'News',
  description: 'News from the international cooperation office: agreements, projects, workshops and conferences.',
}

// Rendered per request from the database.
export const dynamic = 'force-dynamic'

export default async function NewsPage(props: PageProps<'/news'>) {
  const searchParams = await props.searchParams
  const { page } = PageQuerySchema.parse(searchParams)
  const { items, totalPages, total } = await listPublishedNews(page)

  return (
    <>
      <PageHeader
        title="News"
        lead="Agreements signed, projects launched, workshops held: the latest from our international cooperation."
        breadcrumbs={[{ label: 'Home', href: '/' }, { label: 'News' }]}
      />
      {items.length === 0 ? (
        <EmptyState title={total === 0 ? 'No news yet' : 'No articles on this page'}>
          {total === 0 ? 'Published articles will appear here.' : 'Go back to the first page of news.'}
        </EmptyState>
      ) : (
        <>
          <p className="sr-only" aria-live="polite">
            Page {page} of {totalPages}
          </p>
          <ul className="grid gap-6 md:grid-cols-2">
            {items.map((article) => (
              <li key={article.id} className="flex">
                <NewsCard article={article} />
              </li>
            ))}
          </ul>
          <Pagination page={page} totalPages={totalPages} basePath="/news" searchParams={searchParams} className="mt-10" />
        </>
      )}
    </>
  )
}

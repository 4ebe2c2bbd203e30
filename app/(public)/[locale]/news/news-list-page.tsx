import type { Metadata } from 'next'
import type { z } from 'zod'
import { NewsCard } from '@/components/content/news-card'
import { PageHeader } from '@/components/site/page-header'
import { EmptyState } from '@/components/ui/empty-state'
import { Pagination } from '@/components/ui/pagination'
import { listPublishedNews } from '@/lib/data/news'
import { NEWS_ATOM_PATH, NEWS_RSS_PATH } from '@/lib/feeds/news-feed'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { pageMetadata } from '@/lib/seo'
import type { PageQuerySchema } from '@/lib/validation/common'

export function listMetadata(locale: Locale): Metadata {
  const seo = pageMetadata({
    locale,
  title: 'News',
  description:
    'News from the international cooperation office: agreements, projects, workshops and conferences.',
  path: '/news',
  })
  return {
  ...seo,
  // Feed autodiscovery: <link rel="alternate"> to the RSS and Atom feeds.
  alternates: {
    ...seo.alternates,
    types: {
      'application/rss+xml': [{ url: NEWS_RSS_PATH, title: 'GeoCoop news (RSS)' }],
      'application/atom+xml': [{ url: NEWS_ATOM_PATH, title: 'GeoCoop news (Atom)' }],
    },
  },
  }
}

export type NewsListQuery = z.output<typeof PageQuerySchema>

/** The whole list page for one query: prerendered for the unfiltered first page (page.tsx), rendered per request otherwise (_query/page.tsx). */
export function NewsListPage({ locale, query }: { locale: Locale; query: NewsListQuery }) {
  return (
    <>
      <PageHeader
        title="News"
        lead="Agreements signed, projects launched, workshops held: the latest from our international cooperation."
        breadcrumbs={[{ label: 'Home', href: localePath(locale, '/') }, { label: 'News' }]}
      >
        <a
          href={NEWS_RSS_PATH}
          type="application/rss+xml"
          className="font-medium text-primary-800 underline underline-offset-4 hover:no-underline"
        >
          Subscribe (RSS)
        </a>
      </PageHeader>
      <NewsList query={query} />
    </>
  )
}

async function NewsList({ query }: { query: NewsListQuery }) {
  const { page } = query
  const { items, totalPages, total } = await listPublishedNews(page)

  if (items.length === 0) {
    return (
      <EmptyState title={total === 0 ? 'No news yet' : 'No articles on this page'}>
        {total === 0 ? 'Published articles will appear here.' : 'Go back to the first page of news.'}
      </EmptyState>
    )
  }
  return (
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
      <Pagination reloadDocument page={page} totalPages={totalPages} basePath="/news" className="mt-10" />
    </>
  )
}

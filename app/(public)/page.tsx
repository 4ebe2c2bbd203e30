import Link from 'next/link'
import { NewsCard } from '@/components/content/news-card'
import { ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { siteConfig } from '@/content/site'
import { listLatestNews } from '@/lib/data/news'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const news = await listLatestNews(4)
  return (
    <>
      <section className="mb-12 rounded-2xl bg-primary-900 px-6 py-12 text-white sm:px-10">
        <p className="text-sm font-semibold uppercase tracking-wider text-primary-200">{siteConfig.office.name}</p>
        <h1 className="mt-3 max-w-3xl text-3xl font-bold leading-tight sm:text-4xl">
          Geoscience cooperation across borders
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-primary-100">{siteConfig.description}</p>
        <div className="mt-8">
          <ButtonLink href="/news" variant="secondary">
            Read the latest news
          </ButtonLink>
        </div>
      </section>
      <section aria-labelledby="latest-news">
        <div className="mb-6 flex items-baseline justify-between gap-4">
          <h2 id="latest-news" className="text-2xl font-bold text-ink">
            Latest news
          </h2>
          <Link href="/news" className="font-medium text-primary-800 underline-offset-4 hover:underline">
            All news
          </Link>
        </div>
        {news.length === 0 ? (
          <EmptyState title="No news yet" headingLevel={3}>
            Published articles will appear here.
          </EmptyState>
        ) : (
          <ul className="grid gap-6 md:grid-cols-2">
            {news.map((article) => (
              <li key={article.id} className="flex">
                <NewsCard article={article} headingLevel={3} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ConferenceFacts, ConferenceSection } from '@/components/content/conference-details'
import { NewsCard } from '@/components/content/news-card'
import { RichText } from '@/components/content/rich-text'
import { PageHeader } from '@/components/site/page-header'
import { getPublishedConferenceBySlug } from '@/lib/data/conferences'

export const dynamic = 'force-dynamic'

export async function generateMetadata(props: PageProps<'/conferences/[slug]'>): Promise<Metadata> {
  const { slug } = await props.params
  const conference = await getPublishedConferenceBySlug(slug)
  if (!conference) return { title: 'Conference not found' }
  return {
    title: conference.name,
    description: conference.summary || undefined,
    alternates: { canonical: `/conferences/${conference.slug}` },
  }
}

export default async function ConferencePage(props: PageProps<'/conferences/[slug]'>) {
  const { slug } = await props.params
  const conference = await getPublishedConferenceBySlug(slug)
  if (!conference) notFound()

  return (
    <article>
      <PageHeader
        title={conference.name}
        breadcrumbs={[
          { label: 'Home', href: '/' },
          { label: 'Conferences', href: '/conferences' },
          { label: conference.name },
        ]}
      />
      <ConferenceFacts conference={conference} />
      {conference.summary.trim() ? (
        <div className="mt-8 max-w-3xl">
          <RichText text={conference.summary} />
        </div>
      ) : null}
      {conference.newsArticles.length > 0 ? (
        <ConferenceSection id="news" title="News">
          <ul className="grid gap-6 md:grid-cols-2">
            {conference.newsArticles.map((article) => (
              <li key={article.id} className="flex">
                <NewsCard article={article} headingLevel={3} />
              </li>
            ))}
          </ul>
        </ConferenceSection>
      ) : null}
    </article>
  )
}

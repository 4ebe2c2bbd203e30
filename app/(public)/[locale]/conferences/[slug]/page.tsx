import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ConferenceFacts, ConferenceSection } from '@/components/content/conference-details'
import { JsonLd } from '@/components/content/json-ld'
import { NewsCard } from '@/components/content/news-card'
import { RichText } from '@/components/content/rich-text'
import { PageHeader } from '@/components/site/page-header'
import { getPublishedConferenceBySlug, listPublishedConferenceSlugs } from '@/lib/data/conferences'
import { conferenceCalendarPath } from '@/lib/feeds/calendar-events'
import { conferenceJsonLd } from '@/lib/json-ld'
import { localeParam } from '@/lib/i18n/params'
import { pageMetadata, toMetaDescription } from '@/lib/seo'
import { countryName, formatDateRange } from '@/lib/utils'
import { slugParams } from '../../_lib/static-params'

// Every published conference is prerendered at build time and any other slug on
// its first request; the cached page is refreshed when the editorial core
// expires its tag (lib/cache-tags.ts). The slug is read outside any Suspense
// boundary so that an unknown slug still answers with status 404.
export async function generateStaticParams() {
  return slugParams(await listPublishedConferenceSlugs())
}

export async function generateMetadata(props: PageProps<'/[locale]/conferences/[slug]'>): Promise<Metadata> {
  const locale = await localeParam(props.params)
  const { slug } = await props.params
  const conference = await getPublishedConferenceBySlug(slug)
  if (!conference) return { title: 'Conference not found' }
  const when = formatDateRange(conference.startDate, conference.endDate, conference.datePrecision)
  const where = [conference.city, countryName(conference.country)].filter(Boolean).join(', ')
  return pageMetadata({
    locale,
    title: conference.name,
    description: toMetaDescription(conference.summary, `${conference.name}, ${when}, ${where}.`),
    path: `/conferences/${conference.slug}`,
  })
}

export default async function ConferencePage(props: PageProps<'/[locale]/conferences/[slug]'>) {
  const { slug } = await props.params
  const conference = await getPublishedConferenceBySlug(slug)
  if (!conference) notFound()

  return (
    <article>
      <JsonLd data={conferenceJsonLd(conference)} />
      <PageHeader
        title={conference.name}
        breadcrumbs={[
          { label: 'Home', href: '/' },
          { label: 'Conferences', href: '/conferences' },
          { label: conference.name },
        ]}
      >
        <a
          href={conferenceCalendarPath(conference.slug)}
          type="text/calendar"
          download
          className="font-medium text-primary-800 underline underline-offset-4 hover:no-underline"
        >
          Add to calendar (.ics)
        </a>
      </PageHeader>
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

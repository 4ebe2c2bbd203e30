import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/content/json-ld'
import { NewsCard } from '@/components/content/news-card'
import { RichText } from '@/components/content/rich-text'
import {
  TrainingFacts,
  TrainingParticipantTable,
  TrainingSection,
  TrainingTopicList,
} from '@/components/content/training-details'
import { PageHeader } from '@/components/site/page-header'
import { getPublishedTrainingBySlug, listPublishedTrainingSlugs } from '@/lib/data/trainings'
import { trainingCalendarPath } from '@/lib/feeds/calendar-events'
import { trainingJsonLd } from '@/lib/json-ld'
import { localeParam } from '@/lib/i18n/params'
import { pageMetadata, toMetaDescription } from '@/lib/seo'
import { formatDateRange } from '@/lib/utils'
import { slugParams } from '../../_lib/static-params'

// Every published training is prerendered at build time and any other slug on
// its first request; the cached page is refreshed when the editorial core
// expires its tag (lib/cache-tags.ts). The slug is read outside any Suspense
// boundary so that an unknown slug still answers with status 404.
export async function generateStaticParams() {
  return slugParams(await listPublishedTrainingSlugs())
}

export async function generateMetadata(props: PageProps<'/[locale]/trainings/[slug]'>): Promise<Metadata> {
  const locale = await localeParam(props.params)
  const { slug } = await props.params
  const training = await getPublishedTrainingBySlug(slug)
  if (!training) return { title: 'Training not found' }
  const when = formatDateRange(training.startDate, training.endDate, training.datePrecision)
  return pageMetadata({
    locale,
    title: training.title,
    description: toMetaDescription(
      training.summary || training.body,
      `${training.title}, ${when}, ${training.location}.`,
    ),
    path: `/trainings/${training.slug}`,
  })
}

export default async function TrainingPage(props: PageProps<'/[locale]/trainings/[slug]'>) {
  const { slug } = await props.params
  const training = await getPublishedTrainingBySlug(slug)
  if (!training) notFound()

  return (
    <article>
      <JsonLd data={trainingJsonLd(training)} />
      <PageHeader
        title={training.title}
        lead={training.summary || undefined}
        breadcrumbs={[
          { label: 'Home', href: '/' },
          { label: 'Trainings', href: '/trainings' },
          { label: training.title },
        ]}
      >
        <a
          href={trainingCalendarPath(training.slug)}
          type="text/calendar"
          download
          className="font-medium text-primary-800 underline underline-offset-4 hover:no-underline"
        >
          Add to calendar (.ics)
        </a>
      </PageHeader>
      <TrainingFacts training={training} />
      {training.body.trim() ? (
        <div className="mt-8 max-w-3xl">
          <RichText text={training.body} />
        </div>
      ) : null}

      {training.topics.length > 0 ? (
        <TrainingSection id="topics" title="Topics">
          <TrainingTopicList topics={training.topics} />
        </TrainingSection>
      ) : null}
      {training.participantCountries.length > 0 ? (
        <TrainingSection id="countries" title="Participant countries">
          <TrainingParticipantTable countries={training.participantCountries} />
        </TrainingSection>
      ) : null}
      {training.newsArticles.length > 0 ? (
        <TrainingSection id="news" title="News">
          <ul className="grid gap-6 md:grid-cols-2">
            {training.newsArticles.map((article) => (
              <li key={article.id} className="flex">
                <NewsCard article={article} headingLevel={3} />
              </li>
            ))}
          </ul>
        </TrainingSection>
      ) : null}
    </article>
  )
}

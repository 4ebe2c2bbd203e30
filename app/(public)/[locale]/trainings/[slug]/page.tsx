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
import { TranslationNote } from '@/components/content/translation-note'
import { PageHeader } from '@/components/site/page-header'
import { homeCrumb } from '@/components/site/breadcrumbs'
import { getPublishedTrainingBySlug, listPublishedTrainingSlugs } from '@/lib/data/trainings'
import { trainingCalendarPath } from '@/lib/feeds/calendar-events'
import { trainingJsonLd } from '@/lib/json-ld'
import { dateLocale } from '@/lib/i18n/labels'
import { localePath } from '@/lib/i18n/locales'
import { localeParam } from '@/lib/i18n/params'
import { getTranslator } from '@/lib/i18n/translator'
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
  const training = await getPublishedTrainingBySlug(slug, locale)
  const t = getTranslator(locale, 'detail')
  if (!training) return { title: t('notFound.training') }
  const when = formatDateRange(training.startDate, training.endDate, training.datePrecision, dateLocale(locale))
  return pageMetadata({
    locale,
    title: training.title,
    description: toMetaDescription(
      training.summary || training.body,
      t('meta.training', { title: training.title, when, location: training.location }),
    ),
    path: `/trainings/${training.slug}`,
  })
}

export default async function TrainingPage(props: PageProps<'/[locale]/trainings/[slug]'>) {
  const locale = await localeParam(props.params)
  const { slug } = await props.params
  const training = await getPublishedTrainingBySlug(slug, locale)
  if (!training) notFound()
  const t = getTranslator(locale, 'detail')

  return (
    <article>
      <JsonLd data={trainingJsonLd(training, locale)} />
      <PageHeader
        title={training.title}
        lead={training.summary || undefined}
        breadcrumbs={[
          homeCrumb(locale),
          { label: getTranslator(locale, 'site')('nav.trainings'), href: localePath(locale, '/trainings') },
          { label: training.title },
        ]}
        locale={locale}
      >
        <a
          href={trainingCalendarPath(training.slug)}
          type="text/calendar"
          download
          className="font-medium text-primary-800 underline underline-offset-4 hover:no-underline"
        >
          {t('addToCalendar')}
        </a>
      </PageHeader>
      <TranslationNote
        locale={locale}
        missing={training.translation.missing}
        outdated={training.translation.outdated}
        englishHref={`/trainings/${training.slug}`}
      />
      <TrainingFacts training={training} locale={locale} />
      {training.body.trim() ? (
        <div className="mt-8 max-w-3xl">
          <RichText text={training.body} />
        </div>
      ) : null}

      {training.topics.length > 0 ? (
        <TrainingSection id="topics" title={t('training.sections.topics')}>
          <TrainingTopicList topics={training.topics} />
        </TrainingSection>
      ) : null}
      {training.participantCountries.length > 0 ? (
        <TrainingSection id="countries" title={t('training.sections.countries')}>
          <TrainingParticipantTable countries={training.participantCountries} locale={locale} />
        </TrainingSection>
      ) : null}
      {training.newsArticles.length > 0 ? (
        <TrainingSection id="news" title={t('training.sections.news')}>
          <ul className="grid gap-6 md:grid-cols-2">
            {training.newsArticles.map((article) => (
              <li key={article.id} className="flex">
                <NewsCard article={article} headingLevel={3} locale={locale} />
              </li>
            ))}
          </ul>
        </TrainingSection>
      ) : null}
    </article>
  )
}

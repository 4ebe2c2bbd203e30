import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ConferenceFacts, ConferenceSection } from '@/components/content/conference-details'
import { JsonLd } from '@/components/content/json-ld'
import { NewsCard } from '@/components/content/news-card'
import { RichText } from '@/components/content/rich-text'
import { TranslationNote } from '@/components/content/translation-note'
import { PageHeader } from '@/components/site/page-header'
import { homeCrumb } from '@/components/site/breadcrumbs'
import { getPublishedConferenceBySlug, listPublishedConferenceSlugs } from '@/lib/data/conferences'
import { conferenceCalendarPath } from '@/lib/feeds/calendar-events'
import { conferenceJsonLd } from '@/lib/json-ld'
import { dateLocale } from '@/lib/i18n/labels'
import { LANGUAGE_TAGS, localePath } from '@/lib/i18n/locales'
import { localeParam } from '@/lib/i18n/params'
import { getTranslator } from '@/lib/i18n/translator'
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
  const conference = await getPublishedConferenceBySlug(slug, locale)
  const t = getTranslator(locale, 'detail')
  if (!conference) return { title: t('notFound.conference') }
  const when = formatDateRange(conference.startDate, conference.endDate, conference.datePrecision, dateLocale(locale))
  const where = [conference.city, countryName(conference.country, LANGUAGE_TAGS[locale])]
    .filter(Boolean)
    .join(t('placeSeparator'))
  return pageMetadata({
    locale,
    title: conference.name,
    description: toMetaDescription(conference.summary, t('meta.conference', { name: conference.name, when, where })),
    path: `/conferences/${conference.slug}`,
  })
}

export default async function ConferencePage(props: PageProps<'/[locale]/conferences/[slug]'>) {
  const locale = await localeParam(props.params)
  const { slug } = await props.params
  const conference = await getPublishedConferenceBySlug(slug, locale)
  if (!conference) notFound()
  const t = getTranslator(locale, 'detail')

  return (
    <article>
      <JsonLd data={conferenceJsonLd(conference, locale)} />
      <PageHeader
        title={conference.name}
        breadcrumbs={[
          homeCrumb(locale),
          { label: getTranslator(locale, 'site')('nav.conferences'), href: localePath(locale, '/conferences') },
          { label: conference.name },
        ]}
        locale={locale}
      >
        <a
          href={conferenceCalendarPath(conference.slug)}
          type="text/calendar"
          download
          className="font-medium text-primary-800 underline underline-offset-4 hover:no-underline"
        >
          {t('addToCalendar')}
        </a>
      </PageHeader>
      <TranslationNote
        locale={locale}
        missing={conference.translation.missing}
        outdated={conference.translation.outdated}
        englishHref={`/conferences/${conference.slug}`}
      />
      <ConferenceFacts conference={conference} locale={locale} />
      {conference.summary.trim() ? (
        <div className="mt-8 max-w-3xl">
          <RichText text={conference.summary} />
        </div>
      ) : null}
      {conference.newsArticles.length > 0 ? (
        <ConferenceSection id="news" title={t('conference.sections.news')}>
          <ul className="grid gap-6 md:grid-cols-2">
            {conference.newsArticles.map((article) => (
              <li key={article.id} className="flex">
                <NewsCard article={article} headingLevel={3} locale={locale} />
              </li>
            ))}
          </ul>
        </ConferenceSection>
      ) : null}
    </article>
  )
}

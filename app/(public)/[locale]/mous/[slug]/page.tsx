import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { MouFacts, MouRenewals, MouSection } from '@/components/content/mou-details'
import { NewsCard } from '@/components/content/news-card'
import { RichText } from '@/components/content/rich-text'
import { TranslationNote } from '@/components/content/translation-note'
import { PageHeader } from '@/components/site/page-header'
import { homeCrumb } from '@/components/site/breadcrumbs'
import { getPublishedMouBySlug, listPublishedMouSlugs, type MouDetail } from '@/lib/data/mous'
import { dateLocale } from '@/lib/i18n/labels'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { localeParam } from '@/lib/i18n/params'
import { getTranslator } from '@/lib/i18n/translator'
import { pageMetadata, toMetaDescription } from '@/lib/seo'
import { countryName, formatDate } from '@/lib/utils'
import { slugParams } from '../../_lib/static-params'

// Every published memorandum is prerendered at build time and any other slug on
// its first request; the cached page is refreshed when the editorial core
// expires its tag (lib/cache-tags.ts). The slug is read outside any Suspense
// boundary so that an unknown slug still answers with status 404.
export async function generateStaticParams() {
  return slugParams(await listPublishedMouSlugs())
}

// "Landsat data – USGS": the subject alone is shared by many memoranda.
function mouTitle(mou: MouDetail, locale: Locale): string {
  const partners = mou.counterparts.map((o) => o.acronym ?? o.name)
  const separator = getTranslator(locale, 'detail')('listSeparator')
  return `${mou.subject} – ${partners.length > 0 ? partners.join(separator) : countryName(mou.country, LANGUAGE_TAGS[locale])}`
}

export async function generateMetadata(props: PageProps<'/[locale]/mous/[slug]'>): Promise<Metadata> {
  const locale = await localeParam(props.params)
  const { slug } = await props.params
  const mou = await getPublishedMouBySlug(slug, locale)
  const t = getTranslator(locale, 'detail')
  if (!mou) return { title: t('notFound.mou') }
  return pageMetadata({
    locale,
    title: mouTitle(mou, locale),
    description: toMetaDescription(
      mou.summary,
      t('meta.mou', {
        subject: mou.subject,
        country: countryName(mou.country, LANGUAGE_TAGS[locale]),
        date: formatDate(mou.startDate, mou.datePrecision, dateLocale(locale)),
      }),
    ),
    path: `/mous/${mou.slug}`,
  })
}

export default async function MouPage(props: PageProps<'/[locale]/mous/[slug]'>) {
  const locale = await localeParam(props.params)
  const { slug } = await props.params
  const mou = await getPublishedMouBySlug(slug, locale)
  if (!mou) notFound()

  const t = getTranslator(locale, 'detail')
  const country = countryName(mou.country, LANGUAGE_TAGS[locale])
  const withWhom =
    mou.counterparts.length > 0 ? mou.counterparts.map((o) => o.name).join(t('andSeparator')) : null

  return (
    <article>
      <PageHeader
        title={mou.subject}
        lead={
          withWhom
            ? t('mou.lead.withPartners', { partners: withWhom, country })
            : t('mou.lead.withCountry', { country })
        }
        breadcrumbs={[
          homeCrumb(locale),
          { label: getTranslator(locale, 'site')('nav.mous'), href: localePath(locale, '/mous') },
          { label: mouTitle(mou, locale) },
        ]}
        locale={locale}
      />
      <TranslationNote
        locale={locale}
        missing={mou.translation.missing}
        outdated={mou.translation.outdated}
        englishHref={`/mous/${mou.slug}`}
      />
      <MouFacts mou={mou} locale={locale} />
      {mou.summary.trim() ? (
        <div className="mt-8 max-w-3xl">
          <RichText text={mou.summary} />
        </div>
      ) : null}
      {mou.renews || mou.renewedBy.length > 0 ? (
        <MouSection id="renewals" title={t('mou.sections.renewals')}>
          <MouRenewals renews={mou.renews} renewedBy={mou.renewedBy} locale={locale} />
        </MouSection>
      ) : null}
      {mou.newsArticles.length > 0 ? (
        <MouSection id="news" title={t('mou.sections.news')}>
          <ul className="grid gap-6 md:grid-cols-2">
            {mou.newsArticles.map((article) => (
              <li key={article.id} className="flex">
                <NewsCard article={article} headingLevel={3} locale={locale} />
              </li>
            ))}
          </ul>
        </MouSection>
      ) : null}
    </article>
  )
}

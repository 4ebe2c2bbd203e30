import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { MouFacts, MouRenewals, MouSection } from '@/components/content/mou-details'
import { NewsCard } from '@/components/content/news-card'
import { RichText } from '@/components/content/rich-text'
import { PageHeader } from '@/components/site/page-header'
import { getPublishedMouBySlug, listPublishedMouSlugs, type MouDetail } from '@/lib/data/mous'
import { localeParam } from '@/lib/i18n/params'
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
function mouTitle(mou: MouDetail): string {
  const partners = mou.counterparts.map((o) => o.acronym ?? o.name)
  return `${mou.subject} – ${partners.length > 0 ? partners.join(', ') : countryName(mou.country)}`
}

export async function generateMetadata(props: PageProps<'/[locale]/mous/[slug]'>): Promise<Metadata> {
  const locale = await localeParam(props.params)
  const { slug } = await props.params
  const mou = await getPublishedMouBySlug(slug)
  if (!mou) return { title: 'Memorandum not found' }
  return pageMetadata({
    locale,
    title: mouTitle(mou),
    description: toMetaDescription(
      mou.summary,
      `Memorandum of understanding on ${mou.subject} with a partner in ${countryName(mou.country)}, ` +
        `signed ${formatDate(mou.startDate, mou.datePrecision)}.`,
    ),
    path: `/mous/${mou.slug}`,
  })
}

export default async function MouPage(props: PageProps<'/[locale]/mous/[slug]'>) {
  const { slug } = await props.params
  const mou = await getPublishedMouBySlug(slug)
  if (!mou) notFound()

  const withWhom = mou.counterparts.length > 0 ? mou.counterparts.map((o) => o.name).join(' and ') : null

  return (
    <article>
      <PageHeader
        title={mou.subject}
        lead={
          withWhom
            ? `Memorandum of understanding with ${withWhom}, ${countryName(mou.country)}.`
            : `Memorandum of understanding with a partner in ${countryName(mou.country)}.`
        }
        breadcrumbs={[{ label: 'Home', href: '/' }, { label: 'MOUs', href: '/mous' }, { label: mouTitle(mou) }]}
      />
      <MouFacts mou={mou} />
      {mou.summary.trim() ? (
        <div className="mt-8 max-w-3xl">
          <RichText text={mou.summary} />
        </div>
      ) : null}
      {mou.renews || mou.renewedBy.length > 0 ? (
        <MouSection id="renewals" title="Renewals">
          <MouRenewals renews={mou.renews} renewedBy={mou.renewedBy} />
        </MouSection>
      ) : null}
      {mou.newsArticles.length > 0 ? (
        <MouSection id="news" title="News">
          <ul className="grid gap-6 md:grid-cols-2">
            {mou.newsArticles.map((article) => (
              <li key={article.id} className="flex">
                <NewsCard article={article} headingLevel={3} />
              </li>
            ))}
          </ul>
        </MouSection>
      ) : null}
    </article>
  )
}

import Link from 'next/link'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/content/json-ld'
import { MediaImage } from '@/components/content/media-image'
import { RichText } from '@/components/content/rich-text'
import { TranslationNote } from '@/components/content/translation-note'
import { PageHeader } from '@/components/site/page-header'
import { getPublishedNewsBySlug, listPublishedNewsSlugs } from '@/lib/data/news'
import { newsArticleJsonLd } from '@/lib/json-ld'
import { dateLocale } from '@/lib/i18n/labels'
import { localePath } from '@/lib/i18n/locales'
import { localeParam } from '@/lib/i18n/params'
import { getTranslator } from '@/lib/i18n/translator'
import { pageMetadata, toMetaDescription } from '@/lib/seo'
import { formatDate } from '@/lib/utils'
import { slugParams } from '../../_lib/static-params'

// Every published article is prerendered at build time and any other slug on
// its first request; the cached page is refreshed when the editorial core
// expires its tag (lib/cache-tags.ts). The slug is read outside any Suspense
// boundary so that an unknown slug still answers with status 404.
export async function generateStaticParams() {
  return slugParams(await listPublishedNewsSlugs())
}

export async function generateMetadata(props: PageProps<'/[locale]/news/[slug]'>): Promise<Metadata> {
  const locale = await localeParam(props.params)
  const { slug } = await props.params
  const article = await getPublishedNewsBySlug(slug, locale)
  if (!article) return { title: getTranslator(locale, 'detail')('notFound.news') }
  return pageMetadata({
    locale,
    title: article.title,
    description: toMetaDescription(article.summary || article.body, getTranslator(locale, 'site')('description')),
    path: `/news/${article.slug}`,
    type: 'article',
    image: article.coverImageUrl ? { url: article.coverImageUrl, alt: article.coverImageAlt } : null,
    publishedTime: article.publishedAt,
    modifiedTime: article.updatedAt,
  })
}

export default async function NewsArticlePage(props: PageProps<'/[locale]/news/[slug]'>) {
  const locale = await localeParam(props.params)
  const { slug } = await props.params
  const article = await getPublishedNewsBySlug(slug, locale)
  if (!article) notFound()

  const t = getTranslator(locale, 'detail')
  const { publishedAt } = article
  const href = (path: string) => localePath(locale, path)
  const related = [
    ...article.projects.map((p) => ({ href: href(`/projects/${p.slug}`), label: p.title, kind: t('news.kinds.project') })),
    ...article.organizations.map((o) => ({
      href: href(`/organizations/${o.slug}`),
      label: o.name,
      kind: t('news.kinds.organization'),
    })),
    ...article.mous.map((m) => ({ href: href(`/mous/${m.slug}`), label: m.subject, kind: t('news.kinds.mou') })),
    ...article.trainings.map((tr) => ({
      href: href(`/trainings/${tr.slug}`),
      label: tr.title,
      kind: t('news.kinds.training'),
    })),
    ...article.conferences.map((c) => ({
      href: href(`/conferences/${c.slug}`),
      label: c.name,
      kind: t('news.kinds.conference'),
    })),
  ]

  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={newsArticleJsonLd(article, locale)} />
      <PageHeader
        title={article.title}
        lead={article.summary || undefined}
        breadcrumbs={[
          { label: getTranslator(locale, 'common')('home'), href: href('/') },
          { label: getTranslator(locale, 'site')('nav.news'), href: href('/news') },
          { label: article.title },
        ]}
        locale={locale}
      >
        {publishedAt ? (
          <p className="text-sm text-ink-muted">
            {t.rich('news.published', {
              date: formatDate(publishedAt, 'DAY', dateLocale(locale)),
              time: (chunks) => <time dateTime={publishedAt.toISOString()}>{chunks}</time>,
            })}
          </p>
        ) : null}
      </PageHeader>
      <TranslationNote
        locale={locale}
        missing={article.translation.missing}
        outdated={article.translation.outdated}
        englishHref={`/news/${article.slug}`}
      />
      {article.coverImageUrl ? (
        <MediaImage
          src={article.coverImageUrl}
          alt={article.coverImageAlt ?? ''}
          sizes="(min-width: 48rem) 48rem, 100vw"
          priority
          className="mb-8 w-full rounded-lg"
        />
      ) : null}
      <RichText text={article.body} />
      {article.tags.length > 0 ? (
        <section aria-labelledby="tags-heading" className="mt-10">
          <h2 id="tags-heading" className="text-sm font-semibold uppercase tracking-wide text-ink-muted">
            {t('news.tags')}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {article.tags.map((tag) => (
              <li key={tag} className="rounded-full bg-stone-100 px-3 py-1 text-sm text-stone-700">
                {tag}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {related.length > 0 ? (
        <section aria-labelledby="related-heading" className="mt-10 border-t border-stone-200 pt-6">
          <h2 id="related-heading" className="text-lg font-semibold text-ink">
            {t('news.related')}
          </h2>
          <ul className="mt-3 space-y-2">
            {related.map((r) => (
              <li key={r.href}>
                <span className="mr-2 text-sm text-ink-muted">{t('news.relatedKind', { kind: r.kind })}</span>
                <Link href={r.href} className="font-medium text-primary-800 underline-offset-4 hover:underline">
                  {r.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}

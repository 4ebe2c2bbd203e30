import type { Metadata } from 'next'
import type { z } from 'zod'
import { NewsCard } from '@/components/content/news-card'
import { EmptyState } from '@/components/ui/empty-state'
import { Pagination } from '@/components/ui/pagination'
import { listPublishedNews } from '@/lib/data/news'
import { NEWS_ATOM_PATH, NEWS_RSS_PATH } from '@/lib/feeds/news-feed'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { ListPageHeader, listPageMetadata } from '../_lib/list-frame'
import type { PageQuerySchema } from '@/lib/validation/common'

export function listMetadata(locale: Locale): Metadata {
  const t = getTranslator(locale, 'lists')
  const seo = listPageMetadata(locale, 'news')
  return {
    ...seo,
    // Feed autodiscovery: <link rel="alternate"> to the RSS and Atom feeds
    // (the feeds themselves are in English, at the same address for every language).
    alternates: {
      ...seo.alternates,
      types: {
        'application/rss+xml': [{ url: NEWS_RSS_PATH, title: t('news.rssTitle') }],
        'application/atom+xml': [{ url: NEWS_ATOM_PATH, title: t('news.atomTitle') }],
      },
    },
  }
}

export type NewsListQuery = z.output<typeof PageQuerySchema>

/** The whole list page for one query: prerendered for the unfiltered first page (page.tsx), rendered per request otherwise (_query/page.tsx). */
export function NewsListPage({ locale, query }: { locale: Locale; query: NewsListQuery }) {
  const t = getTranslator(locale, 'lists')
  return (
    <>
      <ListPageHeader locale={locale} list="news">
        <a
          href={NEWS_RSS_PATH}
          type="application/rss+xml"
          className="font-medium text-primary-800 underline underline-offset-4 hover:no-underline"
        >
          {t('news.subscribe')}
        </a>
      </ListPageHeader>
      <NewsList locale={locale} query={query} />
    </>
  )
}

async function NewsList({ locale, query }: { locale: Locale; query: NewsListQuery }) {
  const t = getTranslator(locale, 'lists')
  const { page } = query
  const { items, totalPages, total } = await listPublishedNews(page, undefined, locale)

  if (items.length === 0) {
    return (
      <EmptyState title={total === 0 ? t('news.emptyTitle') : t('news.beyondTitle')}>
        {total === 0 ? t('news.emptyBody') : t('news.beyondBody')}
      </EmptyState>
    )
  }
  return (
    <>
      <p className="sr-only" aria-live="polite">
        {getTranslator(locale, 'common')('pagination.pageOf', { page, total: totalPages })}
      </p>
      <ul className="grid gap-6 md:grid-cols-2">
        {items.map((article) => (
          <li key={article.id} className="flex">
            <NewsCard article={article} locale={locale} />
          </li>
        ))}
      </ul>
      <Pagination reloadDocument page={page} totalPages={totalPages} basePath={localePath(locale, '/news')} locale={locale} className="mt-10" />
    </>
  )
}

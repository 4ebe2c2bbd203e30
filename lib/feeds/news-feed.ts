import { siteConfig } from '@/content/site'
import type { FeedNews } from '@/lib/data/feeds'
import { absoluteUrl } from '@/lib/site-url'
import type { FeedChannel, FeedEntry } from './types'

/** Paths of the two news feeds, for route handlers and `<link rel="alternate">`. */
export const NEWS_RSS_PATH = '/news/rss.xml'
export const NEWS_ATOM_PATH = '/news/atom.xml'

function latest(a: Date, b: Date): Date {
  return a > b ? a : b
}

/** An article as a feed entry: its absolute URL doubles as the stable id. */
export function toFeedEntry(article: FeedNews): FeedEntry {
  // publishedWhere() guarantees a publish date; updatedAt is the fallback the types ask for.
  const published = article.publishedAt ?? article.updatedAt
  return {
    url: absoluteUrl(`/news/${encodeURIComponent(article.slug)}`),
    title: article.title,
    summary: article.summary,
    published,
    // An article edited before its publish date was "updated" when it appeared.
    updated: latest(published, article.updatedAt),
    categories: article.tags,
  }
}

/** The channel of the news feed at `selfPath`, updated when its newest entry was (or `now` when it is empty). */
export function newsFeedChannel(selfPath: string, entries: FeedEntry[], now: Date = new Date()): FeedChannel {
  return {
    title: `${siteConfig.name} news`,
    description: `News from the international cooperation office: agreements, projects, workshops and conferences.`,
    pageUrl: absoluteUrl('/news'),
    selfUrl: absoluteUrl(selfPath),
    language: 'en',
    author: siteConfig.name,
    updated: entries.length > 0 ? entries.map((e) => e.updated).reduce(latest) : now,
  }
}

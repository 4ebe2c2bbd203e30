import { listPublishedNewsForFeed } from '@/lib/data/feeds'
import { NEWS_RSS_PATH, newsFeedChannel, toFeedEntry } from '@/lib/feeds/news-feed'
import { RSS_CONTENT_TYPE } from '@/lib/feeds/responses'
import { buildRssFeed } from '@/lib/feeds/rss'

// The entries come from a cached read of lib/data that every change to
// them expires, so no request reaches the database.

/** RSS 2.0 feed of the newest published news articles. */
export async function GET() {
  const entries = (await listPublishedNewsForFeed()).map(toFeedEntry)
  return new Response(buildRssFeed(newsFeedChannel(NEWS_RSS_PATH, entries), entries), {
    headers: { 'Content-Type': RSS_CONTENT_TYPE },
  })
}

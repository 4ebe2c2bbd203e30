import { listPublishedNewsForFeed } from '@/lib/data/feeds'
import { NEWS_RSS_PATH, newsFeedChannel, toFeedEntry } from '@/lib/feeds/news-feed'
import { RSS_CONTENT_TYPE } from '@/lib/feeds/responses'
import { buildRssFeed } from '@/lib/feeds/rss'

// Rendered per request from the database.
export const dynamic = 'force-dynamic'

/** RSS 2.0 feed of the newest published news articles. */
export async function GET() {
  const entries = (await listPublishedNewsForFeed()).map(toFeedEntry)
  return new Response(buildRssFeed(newsFeedChannel(NEWS_RSS_PATH, entries), entries), {
    headers: { 'Content-Type': RSS_CONTENT_TYPE },
  })
}

import { listPublishedNewsForFeed } from '@/lib/data/feeds'
import { buildAtomFeed } from '@/lib/feeds/atom'
import { NEWS_ATOM_PATH, newsFeedChannel, toFeedEntry } from '@/lib/feeds/news-feed'
import { ATOM_CONTENT_TYPE } from '@/lib/feeds/responses'

// The entries come from a cached read of lib/data that every change to
// them expires, so no request reaches the database.

/** Atom 1.0 feed of the newest published news articles. */
export async function GET() {
  const entries = (await listPublishedNewsForFeed()).map(toFeedEntry)
  return new Response(buildAtomFeed(newsFeedChannel(NEWS_ATOM_PATH, entries), entries), {
    headers: { 'Content-Type': ATOM_CONTENT_TYPE },
  })
}

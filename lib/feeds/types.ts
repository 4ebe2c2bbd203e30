/** What a news feed says about itself, in either format. */
export type FeedChannel = {
  title: string
  description: string
  /** The HTML page that the feed mirrors, e.g. the news list. */
  pageUrl: string
  /** The feed's own absolute URL. */
  selfUrl: string
  /** BCP 47 language tag of the entries. */
  language: string
  /** Who publishes the feed. */
  author: string
  /** When the feed last changed: the newest entry's update, or the time of the request for an empty feed. */
  updated: Date
}

/** One article in a feed. `url` is also its permanent id (RSS guid, Atom id). */
export type FeedEntry = {
  url: string
  title: string
  summary: string
  published: Date
  updated: Date
  categories: string[]
}

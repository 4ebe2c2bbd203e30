import type { FeedChannel, FeedEntry } from './types'
import { XML_DECLARATION, xmlElement } from './xml'

/**
 * An RFC 822 date as RSS 2.0 wants it, in GMT with a four-digit year:
 * "Wed, 20 Nov 2013 00:00:00 GMT".
 */
export function formatRfc822(date: Date): string {
  return date.toUTCString()
}

function item(entry: FeedEntry): string {
  return [
    '<item>',
    xmlElement('title', entry.title),
    xmlElement('link', entry.url),
    // The article URL is the guid: it never changes while the slug stays.
    xmlElement('guid', entry.url, { isPermaLink: 'true' }),
    xmlElement('pubDate', formatRfc822(entry.published)),
    ...(entry.summary ? [xmlElement('description', entry.summary)] : []),
    ...entry.categories.map((category) => xmlElement('category', category)),
    '</item>',
  ].join('\n')
}

/** A complete RSS 2.0 document; every text is escaped, so any title or summary is safe. */
export function buildRssFeed(channel: FeedChannel, entries: FeedEntry[]): string {
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    xmlElement('title', channel.title),
    xmlElement('link', channel.pageUrl),
    xmlElement('description', channel.description),
    xmlElement('language', channel.language),
    xmlElement('lastBuildDate', formatRfc822(channel.updated)),
    // Recommended by the RSS Advisory Board so readers know the canonical feed address.
    xmlElement('atom:link', undefined, { href: channel.selfUrl, rel: 'self', type: 'application/rss+xml' }),
    ...entries.map(item),
    '</channel>',
    '</rss>',
    '',
  ].join('\n')
}

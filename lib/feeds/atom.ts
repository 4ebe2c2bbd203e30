import type { FeedChannel, FeedEntry } from './types'
import { XML_DECLARATION, escapeXml, xmlElement } from './xml'

/** An RFC 3339 timestamp in UTC, to the second: "2013-11-20T00:00:00Z". */
export function formatRfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function entry(item: FeedEntry): string {
  return [
    '<entry>',
    // The article URL is the id: it never changes while the slug stays.
    xmlElement('id', item.url),
    xmlElement('title', item.title, { type: 'text' }),
    xmlElement('link', undefined, { rel: 'alternate', type: 'text/html', href: item.url }),
    xmlElement('published', formatRfc3339(item.published)),
    xmlElement('updated', formatRfc3339(item.updated)),
    ...(item.summary ? [xmlElement('summary', item.summary, { type: 'text' })] : []),
    ...item.categories.map((category) => xmlElement('category', undefined, { term: category })),
    '</entry>',
  ].join('\n')
}

/** A complete Atom 1.0 (RFC 4287) document; every text is escaped, so any title or summary is safe. */
export function buildAtomFeed(channel: FeedChannel, entries: FeedEntry[]): string {
  return [
    XML_DECLARATION,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(channel.language)}">`,
    xmlElement('id', channel.pageUrl),
    xmlElement('title', channel.title, { type: 'text' }),
    xmlElement('subtitle', channel.description, { type: 'text' }),
    xmlElement('updated', formatRfc3339(channel.updated)),
    xmlElement('link', undefined, { rel: 'self', type: 'application/atom+xml', href: channel.selfUrl }),
    xmlElement('link', undefined, { rel: 'alternate', type: 'text/html', href: channel.pageUrl }),
    // A feed-level author covers every entry, as RFC 4287 requires one or the other.
    '<author>',
    xmlElement('name', channel.author),
    '</author>',
    ...entries.map(entry),
    '</feed>',
    '',
  ].join('\n')
}

/**
 * The cache tags of the public site, and which of them a content change
 * invalidates. Every cached public read (lib/data) is tagged with the tag of
 * the page or feature it serves, built here; the editorial core computes the
 * tags to expire after a change with `tagsForChange`, also here. Keeping both
 * sides in one module is what guarantees that an invalidation reaches every
 * page that shows an item, directly or indirectly.
 *
 * Pure functions and data only, so the data layer, the editorial core and
 * unit tests can all import it.
 */

/** The public content types, named as their URL segments. */
export const PUBLIC_TYPES = ['organizations', 'projects', 'mous', 'conferences', 'trainings', 'news'] as const
export type PublicType = (typeof PUBLIC_TYPES)[number]

// The prefix of an item's tag: `mou:<slug>`. Singular, so that no item tag
// can equal a list tag.
const ITEM_PREFIX: Record<PublicType, string> = {
  organizations: 'organization',
  projects: 'project',
  mous: 'mou',
  conferences: 'conference',
  trainings: 'training',
  news: 'news',
}

export const TAGS = {
  /** The home page: key figures, partner map, latest news, active projects, upcoming conferences. */
  home: 'home',
  /** The countries index and the per-country link counts (also on the home page and in the sitemap). */
  countries: 'countries',
  /** Site search results and their per-type counts. */
  search: 'search',
  /** RSS and Atom news feeds and the calendars (.ics) of conferences and trainings. */
  feeds: 'feeds',
  /** sitemap.xml. */
  sitemap: 'sitemap',
  /** The open-data API, the CSV downloads and the "data as of" date of the open data page. */
  openData: 'open-data',
  /** A type's list page with its filter choices, e.g. `organizations`. */
  list: (type: PublicType): string => type,
  /** An item's detail page (and its metadata and calendar file), by slug, e.g. `mou:gsj-usgs-landsat-2013`. */
  item: (type: PublicType, slug: string): string => `${ITEM_PREFIX[type]}:${slug}`,
  /** A country's page, by ISO 3166-1 alpha-2 code in any case, e.g. `country:JP`. */
  country: (code: string): string => `country:${code.trim().toUpperCase()}`,
} as const

/** A detail page that shows another item, e.g. the project page that lists a training. */
export type RelatedPage = { type: PublicType; slug: string }

/**
 * What of an item the public pages depend on, read from the database just
 * before and just after a change: its slug, the countries whose pages list it
 * (directly or, for a partner, through the MOUs it signed), and the detail
 * pages of other items that show it.
 */
export type PublicFootprint = {
  slug: string
  /** ISO 3166-1 alpha-2 codes, any case. */
  countries: string[]
  related: RelatedPage[]
}

// Types whose public rows appear on country pages and in the country counts.
const COUNTRY_TYPES: ReadonlySet<PublicType> = new Set(['organizations', 'projects', 'mous', 'conferences', 'trainings'])

// Types that appear in the news feeds or the calendars.
const FEED_TYPES: ReadonlySet<PublicType> = new Set(['news', 'conferences', 'trainings'])

// List pages of other types whose rows show an item: each row of the MOU
// table names its counterpart organizations.
const SHOWN_IN_LISTS: Record<PublicType, PublicType[]> = {
  organizations: ['mous'],
  projects: [],
  mous: [],
  conferences: [],
  trainings: [],
  news: [],
}

/**
 * Every tag to expire after a change to an item of `type` that the public
 * could see before or after it (publish, unpublish, publishing pending
 * changes, archive, trash, restore, purge). `before` is null for an item
 * that did not exist, `after` for one that no longer does; both sides count,
 * so a renamed slug, a country taken off or a relation removed refreshes the
 * page that showed it as well as the one that shows it now.
 *
 * Besides the item's own page this covers the home page (whose figures,
 * map and lists draw on every type), the type's list and the lists that show
 * it, the detail pages of related items, the country pages, search, feeds,
 * the sitemap and open data.
 */
export function tagsForChange(
  type: PublicType,
  before: PublicFootprint | null,
  after: PublicFootprint | null,
): string[] {
  const tags = new Set<string>([TAGS.home, TAGS.list(type), TAGS.search, TAGS.sitemap, TAGS.openData])
  for (const listed of SHOWN_IN_LISTS[type]) tags.add(TAGS.list(listed))
  if (COUNTRY_TYPES.has(type)) tags.add(TAGS.countries)
  if (FEED_TYPES.has(type)) tags.add(TAGS.feeds)
  for (const side of [before, after]) {
    if (!side) continue
    tags.add(TAGS.item(type, side.slug))
    for (const code of side.countries) tags.add(TAGS.country(code))
    for (const page of side.related) tags.add(TAGS.item(page.type, page.slug))
  }
  return [...tags]
}

/**
 * The tags to expire when a file of the media library is moved to the trash,
 * restored, renamed or deleted for good: the pages that list it as a
 * document. Images are referenced by URL and keep working or not on their
 * own, so only document links are cached content.
 */
export function tagsForMediaChange(documentOf: RelatedPage[]): string[] {
  return [...new Set(documentOf.map((page) => TAGS.item(page.type, page.slug)))]
}

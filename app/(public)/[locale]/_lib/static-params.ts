/**
 * A slug no item can have: slugs are lowercase letters, digits and hyphens
 * (lib/validation/common.ts), never an underscore.
 */
const NO_ITEM_SLUG = '_'

/**
 * The `generateStaticParams` result of a detail page: the slugs prerendered
 * at build time (the most recently published ones, PRERENDER_LIMIT in
 * lib/data/published.ts); other slugs, and slugs published later, are
 * rendered on their first request and cached from then on. With Cache Components Next.js needs
 * at least one path to prerender a route, so while nothing is published a
 * slug that cannot exist stands in (its page is a 404).
 */
export function slugParams(slugs: string[]): Array<{ slug: string }> {
  return (slugs.length > 0 ? slugs : [NO_ITEM_SLUG]).map((slug) => ({ slug }))
}

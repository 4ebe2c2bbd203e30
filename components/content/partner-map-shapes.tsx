'use client'

/** One fill per shading step, lightest first; the classes are written out so Tailwind generates them. */
const STEP_FILLS = ['fill-primary-200', 'fill-primary-300', 'fill-primary-400', 'fill-primary-600', 'fill-primary-800'] as const

/** A shaded country: where it links, its accessible name and its shading step (an index of STEP_FILLS). */
export type MapLink = { href: string; label: string; step: number }

export type PartnerMapShapesProps = {
  /** The map file (WORLD_MAP_PATH in partner-map.tsx), whose shapes are drawn with <use>. */
  mapPath: string
  /** Every shape's id in the map file, in drawing order, separated by spaces. */
  shapeIds: string
  /** The shapes that link to a country page, by id. */
  links: Record<string, MapLink>
}

/**
 * The shapes of the partner map: a <use> of the map file per country, and a
 * link with its label around each shaded one.
 *
 * A client component, although it has no interaction, because of what it
 * costs to send: a server component's output travels twice, as markup and
 * again in the page's React payload, and the map is the largest part of the
 * home page. As a client component its markup is still rendered on the server
 * (the map works without JavaScript), while the payload carries only these
 * compact props instead of a couple of hundred elements.
 */
export function PartnerMapShapes({ mapPath, shapeIds, links }: PartnerMapShapesProps) {
  return shapeIds.split(' ').map((id) => {
    const href = `${mapPath}#${id}`
    const link = Object.hasOwn(links, id) ? links[id] : undefined
    if (!link) return <use key={id} href={href} className="fill-stone-200" />
    return (
      <a key={id} href={link.href} aria-label={link.label}>
        <title>{link.label}</title>
        <use href={href} className={STEP_FILLS[link.step]} />
      </a>
    )
  })
}

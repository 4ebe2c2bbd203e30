import { useId } from 'react'
import { geoEqualEarth, geoPath, type GeoContext } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import world from 'world-atlas/countries-110m.json'
import { SHADE_STEPS, countryPath, isCountryCode, normalizeCountryCode, numericToAlpha2, shadeStep } from '@/lib/countries'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { cn, countryName } from '@/lib/utils'
import { type MapLink, PartnerMapShapes } from './partner-map-shapes'

/** The width of the map in SVG units; the height follows from the projection. */
const MAP_WIDTH = 960

/** Natural Earth shapes without an ISO numeric id that still have a code of their own. */
const CODES_BY_SHAPE_NAME: Readonly<Record<string, string>> = { Kosovo: 'XK' }

// Antarctica is left out: it would take a fifth of the height and holds no partners.
const OMITTED_CODES = new Set(['AQ'])

/** The legend's swatch per shading step, lightest first, matching the fills in partner-map-shapes.tsx. */
const STEP_SWATCHES = ['bg-primary-200', 'bg-primary-300', 'bg-primary-400', 'bg-primary-600', 'bg-primary-800'] as const

export type MapShape = {
  /** Alpha-2 code, or null for a territory without one (e.g. Somaliland). */
  code: string | null
  /** The id of the shape's path in the map file (WORLD_MAP_PATH). */
  id: string
  /** SVG path data in viewBox units, coordinates rounded to one decimal. */
  d: string
}

/**
 * Where the country shapes are served as one SVG file (app/maps/world.svg).
 * The map on a page draws each country with <use> from this file, so the
 * 70 KB of outlines are downloaded once and cached by the browser instead of
 * being repeated in every page's HTML and React payload.
 */
export const WORLD_MAP_PATH = '/maps/world.svg'

/**
 * Writes d3-geo's drawing calls as compact SVG path data: absolute coordinates
 * are rounded to tenths first, then written as relative moves, which are short
 * numbers, and points that rounding merges are dropped. This saves about a
 * quarter of the markup compared with d3's own absolute output.
 */
class CompactPathContext implements GeoContext {
  private parts: string[] = []
  private x = 0
  private y = 0
  private startX = 0
  private startY = 0
  private drawingLine = false

  beginPath() {}

  moveTo(x: number, y: number) {
    const [tx, ty] = [Math.round(x * 10), Math.round(y * 10)]
    this.parts.push(`M${joinNumbers([tx, ty])}`)
    this.x = this.startX = tx
    this.y = this.startY = ty
    this.drawingLine = false
  }

  lineTo(x: number, y: number) {
    const [tx, ty] = [Math.round(x * 10), Math.round(y * 10)]
    if (tx === this.x && ty === this.y) return
    const numbers = joinNumbers([tx - this.x, ty - this.y])
    // Consecutive relative lines need the "l" only once; a space or a minus sign separates the pairs.
    this.parts.push(this.drawingLine ? (numbers.startsWith('-') ? numbers : ` ${numbers}`) : `l${numbers}`)
    this.drawingLine = true
    this.x = tx
    this.y = ty
  }

  closePath() {
    this.parts.push('z')
    this.drawingLine = false
    this.x = this.startX
    this.y = this.startY
  }

  // Only called for point geometries, which a country outline never has.
  arc() {}

  result() {
    const d = this.parts.join('')
    this.parts = []
    return d
  }
}

/** Tenths as SVG numbers: 12 → "1.2", -3 → "-.3"; a minus sign doubles as the separator. */
function joinNumbers(tenths: number[]): string {
  return tenths
    .map((value, index) => {
      const text = (value / 10).toString().replace(/^(-?)0\./, '$1.')
      return index > 0 && !text.startsWith('-') ? ` ${text}` : text
    })
    .join('')
}

let worldMap: { width: number; height: number; shapes: MapShape[] } | undefined

/**
 * The world as SVG paths, projected once per server process with the Equal
 * Earth projection from the Natural Earth 1:110m shapes in world-atlas. The
 * geometry ships in node_modules; nothing is fetched at run time.
 */
export function getWorldMap() {
  if (worldMap) return worldMap
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const countries = feature(topology, topology.objects.countries).features
    .map((shape) => ({
      shape,
      code:
        shape.id !== undefined
          ? numericToAlpha2(shape.id)
          : (CODES_BY_SHAPE_NAME[shape.properties?.name ?? ''] ?? null),
    }))
    .filter(({ code }) => code === null || !OMITTED_CODES.has(code))

  const collection = { type: 'FeatureCollection' as const, features: countries.map(({ shape }) => shape) }
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, collection)
  const context = new CompactPathContext()
  const path = geoPath(projection, context)
  const height = Math.ceil(path.bounds(collection)[1][1])

  const shapes: MapShape[] = []
  for (const [index, { shape, code }] of countries.entries()) {
    path(shape)
    const d = context.result()
    if (d) shapes.push({ code, id: code ? code.toLowerCase() : `shape-${index}`, d })
  }
  worldMap = { width: MAP_WIDTH, height, shapes }
  return worldMap
}

/**
 * The map file: every shape as a path with its id, in the map's coordinates.
 * The strokes keep their width whatever size the map is drawn at.
 */
export function worldMapSvg(): string {
  const { width, height, shapes } = getWorldMap()
  const paths = shapes.map((shape) => `<path id="${shape.id}" d="${shape.d}" vector-effect="non-scaling-stroke"/>`)
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">${paths.join('')}</svg>`
}

export type PartnerMapProps = {
  /** Cooperation links per country: alpha-2 code → count. Countries without links can be left out. */
  counts: Record<string, number>
  /** The page's language: country names, the legend and the links follow it. */
  locale: Locale
  /** Names the map for assistive technology and heads the legend; "Partner countries" when omitted. */
  title?: string
  className?: string
}

/**
 * A world map of the countries the office cooperates with, shaded by their
 * number of cooperation links; each shaded country links to its page. SVG
 * rendered on the server; the shapes are a client component only to keep the
 * page's payload small (see partner-map-shapes.tsx). Countries too small
 * for the 1:110m shapes (Singapore, say) are listed under the map instead.
 */
export function PartnerMap({ counts, locale, title, className }: PartnerMapProps) {
  const t = getTranslator(locale, 'countries')
  const tag = LANGUAGE_TAGS[locale]
  const heading = title ?? t('map.defaultTitle')
  const id = useId()
  const titleId = `${id}-title`
  const descId = `${id}-desc`
  const captionId = `${id}-caption`
  const { width, height, shapes } = getWorldMap()

  const linked = new Map<string, number>()
  for (const [code, count] of Object.entries(counts)) {
    if (isCountryCode(code) && shadeStep(count) !== null) linked.set(normalizeCountryCode(code), count)
  }
  const onMap = new Set(shapes.flatMap((shape) => (shape.code ? [shape.code] : [])))
  const shapeIds = shapes.map((shape) => shape.id).join(' ')
  const links: Record<string, MapLink> = {}
  for (const shape of shapes) {
    const count = shape.code ? linked.get(shape.code) : undefined
    const step = count === undefined ? null : shadeStep(count)
    if (!shape.code || count === undefined || step === null) continue
    links[shape.id] = {
      href: localePath(locale, countryPath(shape.code)),
      label: t('map.countryLabel', { name: countryName(shape.code, tag), count }),
      step,
    }
  }
  const offMap = [...linked]
    .filter(([code]) => !onMap.has(code))
    .map(([code, count]) => ({ code, count, name: countryName(code, tag) }))
    .sort((a, b) => a.name.localeCompare(b.name, tag))

  return (
    <figure aria-labelledby={captionId} className={cn('rounded-xl border border-line bg-surface p-3 sm:p-5', className)}>
      <svg
        role="group"
        viewBox={`0 0 ${width} ${height}`}
        aria-labelledby={titleId}
        aria-describedby={descId}
        // The styles shared by every linked country are set once here rather
        // than on each of up to two hundred shapes.
        className="block h-auto w-full stroke-white [&_a_use]:[stroke-width:0.75] [&_a_use]:transition-colors [&_a:focus-visible_use]:fill-accent-400 [&_a:focus-visible_use]:stroke-ink [&_a:hover_use]:fill-accent-400"
        strokeWidth={0.5}
      >
        <title id={titleId}>{heading}</title>
        <desc id={descId}>{t('map.description')}</desc>
        <PartnerMapShapes mapPath={WORLD_MAP_PATH} shapeIds={shapeIds} links={links} />
      </svg>
      <figcaption className="mt-4 space-y-3 text-sm text-ink-muted">
        <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between">
          <span id={captionId} className="font-semibold text-ink">
            {heading}
          </span>
          <ul aria-label={t('map.legend')} className="flex flex-wrap gap-x-4 gap-y-2">
            {SHADE_STEPS.map((step, index) => (
              <li key={step.min} className="flex items-center gap-1.5">
                <span
                  aria-hidden="true"
                  className={cn('size-3.5 shrink-0 rounded-sm border border-line-strong/40', STEP_SWATCHES[index])}
                />
                {t(`map.steps.${step.min}`)}
              </li>
            ))}
            <li className="flex items-center gap-1.5">
              <span aria-hidden="true" className="size-3.5 shrink-0 rounded-sm border border-line-strong/40 bg-stone-200" />
              {t('map.noLinks')}
            </li>
          </ul>
        </div>
        {offMap.length > 0 ? (
          <p>
            {t('map.tooSmall')}
            {offMap.map((country, index) => (
              <span key={country.code}>
                {index > 0 ? t('map.separator') : null}
                <a
                  href={localePath(locale, countryPath(country.code))}
                  className="font-medium text-primary-800 underline underline-offset-2 hover:text-primary-950"
                >
                  {country.name}
                </a>
                {t('map.count', { count: country.count })}
              </span>
            ))}
            {t('map.end')}
          </p>
        ) : null}
      </figcaption>
    </figure>
  )
}

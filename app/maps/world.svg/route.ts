import { worldMapSvg } from '@/components/content/partner-map'

/**
 * The country shapes the partner maps draw with <use> (WORLD_MAP_PATH).
 * Prerendered at build time: the shapes come from world-atlas in
 * node_modules and only change with it.
 */
export function GET() {
  return new Response(worldMapSvg(), {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=86400, stale-while-revalidate=604800',
    },
  })
}

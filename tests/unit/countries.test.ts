import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PartnerMap, WORLD_MAP_PATH, getWorldMap, worldMapSvg } from '@/components/content/partner-map'
import {
  SHADE_STEPS,
  alpha2ToNumeric,
  countryCodeFromParam,
  countryPath,
  isCountryCode,
  listCountryCodes,
  numericToAlpha2,
  shadeStep,
} from '@/lib/countries'
import { countryName } from '@/lib/utils'

describe('country code mapping', () => {
  it('maps alpha-2 codes to numeric codes and back, keeping leading zeros', () => {
    expect(alpha2ToNumeric('JP')).toBe('392')
    expect(alpha2ToNumeric('mn')).toBe('496')
    expect(alpha2ToNumeric('AF')).toBe('004')
    expect(numericToAlpha2('392')).toBe('JP')
    expect(numericToAlpha2('004')).toBe('AF')
    expect(numericToAlpha2(4)).toBe('AF')
    expect(numericToAlpha2('4')).toBe('AF')
  })

  it('round-trips every ISO code through its numeric code', () => {
    const codes = listCountryCodes().filter((code) => code !== 'XK')
    expect(codes).toHaveLength(249)
    for (const code of codes) {
      const numeric = alpha2ToNumeric(code)
      expect(numeric, code).toMatch(/^\d{3}$/)
      expect(numericToAlpha2(numeric!), code).toBe(code)
    }
  })

  it('knows Kosovo but gives it no numeric code', () => {
    expect(isCountryCode('XK')).toBe(true)
    expect(alpha2ToNumeric('XK')).toBeNull()
  })

  it('rejects unknown and malformed codes', () => {
    for (const code of ['XX', 'ZZ', 'JPN', 'J', '', '12']) expect(isCountryCode(code), code).toBe(false)
    expect(alpha2ToNumeric('XX')).toBeNull()
    for (const numeric of ['999', '0', 'abc', '1234', '']) expect(numericToAlpha2(numeric), numeric).toBeNull()
  })

  it('accepts only the lowercase form of a known code in a URL', () => {
    expect(countryCodeFromParam('jp')).toBe('JP')
    expect(countryCodeFromParam('xk')).toBe('XK')
    for (const param of ['JP', 'Jp', 'xx', 'jpn', 'j', '', 'j1']) expect(countryCodeFromParam(param), param).toBeNull()
  })

  it('builds lowercase country paths', () => {
    expect(countryPath('JP')).toBe('/countries/jp')
    expect(countryPath(' mn ')).toBe('/countries/mn')
  })
})

describe('map shading', () => {
  it('gives no step to countries without links', () => {
    expect(shadeStep(0)).toBeNull()
    expect(shadeStep(-3)).toBeNull()
    expect(shadeStep(Number.NaN)).toBeNull()
  })

  it('puts counts into five steps by fixed bounds', () => {
    expect(SHADE_STEPS).toHaveLength(5)
    const cases: [number, number][] = [
      [1, 0],
      [2, 1],
      [4, 1],
      [5, 2],
      [9, 2],
      [10, 3],
      [19, 3],
      [20, 4],
      [500, 4],
    ]
    for (const [count, step] of cases) expect(shadeStep(count), `count ${count}`).toBe(step)
  })

  it('never shades a larger count lighter than a smaller one', () => {
    let previous = -1
    for (let count = 1; count <= 60; count++) {
      const step = shadeStep(count)!
      expect(step).toBeGreaterThanOrEqual(previous)
      previous = step
    }
  })
})

describe('world map geometry', () => {
  it('maps every shape with an id to a known country and leaves Antarctica out', () => {
    const { width, height, shapes } = getWorldMap()
    expect(width).toBe(960)
    expect(height).toBeGreaterThan(300)
    expect(height).toBeLessThan(600)
    const codes = shapes.flatMap((shape) => (shape.code ? [shape.code] : []))
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) expect(isCountryCode(code), code).toBe(true)
    expect(codes).toEqual(expect.arrayContaining(['JP', 'MN', 'CN', 'US', 'FR', 'XK']))
    expect(codes).not.toContain('AQ')
  })

  it('writes path data with at most one decimal', () => {
    for (const shape of getWorldMap().shapes) {
      expect(shape.d).toMatch(/^M/)
      expect(shape.d).not.toMatch(/\.\d\d/)
    }
  })
})

describe('PartnerMap', () => {
  const html = renderToStaticMarkup(createElement(PartnerMap, { counts: { JP: 14, MN: 1, SG: 2, XX: 3, FR: 0 }, locale: 'en' }))

  it('links each country with links to its page under an accessible name', () => {
    expect(html).toContain('<a href="/countries/jp" aria-label="Japan: 14 cooperation links"')
    expect(html).toContain('<title>Japan: 14 cooperation links</title>')
    expect(html).toContain('aria-label="Mongolia: 1 cooperation link"')
  })

  it('shades countries by step and leaves the others neutral', () => {
    const japan = /<a href="\/countries\/jp"[^>]*>.*?<use[^>]*class="([^"]*)"/.exec(html)
    expect(japan?.[1]).toContain('fill-primary-600')
    const mongolia = /<a href="\/countries\/mn"[^>]*>.*?<use[^>]*class="([^"]*)"/.exec(html)
    expect(mongolia?.[1]).toContain('fill-primary-200')
    expect(html).not.toContain('href="/countries/fr"')
    expect(html).toContain('fill-stone-200')
  })

  it('labels the SVG by its title and description and shows a legend', () => {
    const svg = /<svg[^>]*>/.exec(html)?.[0] ?? ''
    const titleId = /aria-labelledby="([^"]+)"/.exec(svg)?.[1]
    const descId = /aria-describedby="([^"]+)"/.exec(svg)?.[1]
    expect(svg).toContain('role="group"')
    expect(html).toContain(`<title id="${titleId}">Partner countries</title>`)
    expect(html).toContain(`<desc id="${descId}">`)
    for (const step of SHADE_STEPS) expect(html).toContain(step.label)
    expect(html).toContain('No links')
  })

  it('draws every shape from the map file, each id once', () => {
    const svg = worldMapSvg()
    const ids = [...svg.matchAll(/<path id="([^"]+)"/g)].map((match) => match[1])
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toHaveLength(getWorldMap().shapes.length)
    const used = [...html.matchAll(/<use href="([^"#]+)#([^"]+)"/g)]
    expect(used).toHaveLength(ids.length)
    for (const [, path, id] of used) {
      expect(path).toBe(WORLD_MAP_PATH)
      expect(ids).toContain(id)
    }
    // No outline is repeated in the page itself.
    expect(html).not.toContain(' d="')
  })

  it('lists countries too small for the map under it, and ignores unknown codes', () => {
    expect(html).toContain(`<a href="/countries/sg"`)
    expect(html).toContain(`${countryName('SG')}</a> (2)`)
    expect(html).not.toContain('/countries/xx')
  })
})

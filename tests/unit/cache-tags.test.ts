import { describe, expect, it } from 'vitest'
import { PUBLIC_TYPES, type PublicFootprint, TAGS, tagsForChange, tagsForMediaChange } from '@/lib/cache-tags'

function footprint(overrides: Partial<PublicFootprint> = {}): PublicFootprint {
  return { slug: 'an-item', countries: [], related: [], ...overrides }
}

describe('cache tag names', () => {
  it('name a list by its URL segment and an item by its type and slug', () => {
    expect(TAGS.list('organizations')).toBe('organizations')
    expect(TAGS.item('mous', 'gsj-usgs-landsat-2013')).toBe('mou:gsj-usgs-landsat-2013')
    expect(TAGS.item('news', 'workshop-2024')).toBe('news:workshop-2024')
  })

  it('write country codes in upper case whatever case they come in', () => {
    expect(TAGS.country('jp')).toBe('country:JP')
    expect(TAGS.country(' Jp ')).toBe('country:JP')
  })

  it('never give an item the tag of a list or of another type', () => {
    const lists = PUBLIC_TYPES.map((type) => TAGS.list(type))
    const items = PUBLIC_TYPES.map((type) => TAGS.item(type, 'news'))
    expect(new Set([...lists, ...items]).size).toBe(lists.length + items.length)
  })
})

describe('tagsForChange', () => {
  it('expires the home page, the list, search, the sitemap and open data for every type', () => {
    for (const type of PUBLIC_TYPES) {
      const tags = tagsForChange(type, footprint(), footprint())
      expect(tags).toEqual(
        expect.arrayContaining([TAGS.home, TAGS.list(type), TAGS.search, TAGS.sitemap, TAGS.openData]),
      )
    }
  })

  it('expires the feeds for news, conferences and trainings only', () => {
    const withFeeds = PUBLIC_TYPES.filter((type) => tagsForChange(type, footprint(), null).includes(TAGS.feeds))
    expect(withFeeds.sort()).toEqual(['conferences', 'news', 'trainings'])
  })

  it('expires the countries index for every type but news, which is tied to no country', () => {
    const withCountries = PUBLIC_TYPES.filter((type) => tagsForChange(type, footprint(), null).includes(TAGS.countries))
    expect(withCountries.sort()).toEqual(['conferences', 'mous', 'organizations', 'projects', 'trainings'])
  })

  it('expires the page of the old slug and of the new one when a change renames the item', () => {
    const tags = tagsForChange('projects', footprint({ slug: 'old-name' }), footprint({ slug: 'new-name' }))
    expect(tags).toEqual(expect.arrayContaining([TAGS.item('projects', 'old-name'), TAGS.item('projects', 'new-name')]))
  })

  it('expires the country pages and related pages of both sides, so a removed link is refreshed too', () => {
    const before = footprint({ countries: ['mn'], related: [{ type: 'organizations', slug: 'former-partner' }] })
    const after = footprint({ countries: ['KH'], related: [{ type: 'trainings', slug: 'new-workshop' }] })
    const tags = tagsForChange('projects', before, after)
    expect(tags).toEqual(
      expect.arrayContaining([
        TAGS.country('MN'),
        TAGS.country('KH'),
        TAGS.item('organizations', 'former-partner'),
        TAGS.item('trainings', 'new-workshop'),
      ]),
    )
  })

  it('expires the MOU list when a partner changes, since each MOU row names its counterparts', () => {
    expect(tagsForChange('organizations', footprint(), footprint())).toContain(TAGS.list('mous'))
    expect(tagsForChange('projects', footprint(), footprint())).not.toContain(TAGS.list('mous'))
  })

  it('accepts an item that did not exist before or no longer exists after', () => {
    expect(tagsForChange('news', null, footprint({ slug: 'fresh' }))).toContain(TAGS.item('news', 'fresh'))
    expect(tagsForChange('news', footprint({ slug: 'gone' }), null)).toContain(TAGS.item('news', 'gone'))
  })

  it('names each tag once', () => {
    const side = footprint({ countries: ['JP', 'jp'], related: [{ type: 'news', slug: 'a' }, { type: 'news', slug: 'a' }] })
    const tags = tagsForChange('trainings', side, side)
    expect(tags.length).toBe(new Set(tags).size)
  })

  it('leaves out the pages of types the change cannot reach', () => {
    const tags = tagsForChange('news', footprint(), footprint())
    expect(tags).not.toContain(TAGS.list('projects'))
    expect(tags.some((tag) => tag.startsWith('country:'))).toBe(false)
  })
})

describe('tagsForMediaChange', () => {
  it('expires the pages that list the file as a document, once each', () => {
    expect(
      tagsForMediaChange([
        { type: 'projects', slug: 'igdp' },
        { type: 'mous', slug: 'gsj-brgm-2019' },
        { type: 'projects', slug: 'igdp' },
      ]),
    ).toEqual([TAGS.item('projects', 'igdp'), TAGS.item('mous', 'gsj-brgm-2019')])
  })
})

import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Seeded content (content/*.ts) this spec relies on: the published project
// "igdp-phase-3", the published article "igdp-phase-iii-begins" and the draft
// article "memoranda-reaching-end-of-term".
const ARTICLE = {
  path: '/news/igdp-phase-iii-begins',
  title: 'CCOP data processing project begins its third phase',
  published: '2021-01-20',
}

type JsonLdNode = Record<string, unknown>

/** Every JSON-LD object on the current page; fails if one does not parse. */
async function readJsonLd(page: Page): Promise<JsonLdNode[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return scripts.flatMap((text) => {
    const data = JSON.parse(text) as JsonLdNode | JsonLdNode[]
    return Array.isArray(data) ? data : [data]
  })
}

test.describe('search engines and link previews', () => {
  test('robots.txt allows the site, keeps crawlers out of admin and sign-in, and names the sitemap', async ({
    request,
  }) => {
    const response = await request.get('/robots.txt')
    expect(response.status()).toBe(200)
    const text = await response.text()
    expect(text).toMatch(/^User-Agent: \*$/m)
    expect(text).toMatch(/^Allow: \/$/m)
    expect(text).toMatch(/^Disallow: \/admin$/m)
    expect(text).toMatch(/^Disallow: \/api\/auth$/m)
    expect(text).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m)
  })

  test('sitemap.xml is well-formed XML listing published pages with dates and nothing private', async ({
    page,
    request,
  }) => {
    const response = await request.get('/sitemap.xml')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('xml')
    const xml = await response.text()

    // Parsed by the browser's XML parser, which reports any syntax error.
    const urls = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml')
      if (doc.getElementsByTagName('parsererror').length > 0) return null
      return Array.from(doc.getElementsByTagNameNS('*', 'url')).map((url) => ({
        loc: url.getElementsByTagNameNS('*', 'loc')[0]?.textContent ?? '',
        lastmod: url.getElementsByTagNameNS('*', 'lastmod')[0]?.textContent ?? null,
      }))
    }, xml)
    expect(urls, 'sitemap.xml does not parse as XML').not.toBeNull()

    const paths = urls!.map((url) => new URL(url.loc).pathname)
    const lists = ['/news', '/projects', '/organizations', '/mous', '/conferences', '/trainings', '/countries']
    for (const path of ['/', ...lists]) expect(paths).toContain(path)
    expect(paths).toContain('/projects/igdp-phase-3')
    expect(paths).toContain(ARTICLE.path)
    expect(paths).not.toContain('/news/memoranda-reaching-end-of-term')
    expect(paths.filter((path) => path.startsWith('/admin') || path.startsWith('/api'))).toEqual([])

    const project = urls!.find((url) => new URL(url.loc).pathname === '/projects/igdp-phase-3')
    expect(Number.isNaN(Date.parse(project?.lastmod ?? ''))).toBe(false)
  })

  test('a news article has its title, card, canonical URL and NewsArticle data for sharing', async ({ page }) => {
    await page.goto(ARTICLE.path)
    await expect(page.getByRole('heading', { level: 1, name: ARTICLE.title })).toBeVisible()

    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', ARTICLE.title)
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /\/news\/igdp-phase-iii-begins$/)
    await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute('content', /^https?:\/\//)
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/news\/igdp-phase-iii-begins$/)

    const article = (await readJsonLd(page)).find((node) => node['@type'] === 'NewsArticle')
    expect(article, 'no NewsArticle JSON-LD on the page').toBeDefined()
    expect(article).toMatchObject({ '@context': 'https://schema.org', headline: ARTICLE.title })
    expect(String(article!.datePublished)).toMatch(new RegExp(`^${ARTICLE.published}`))
    expect(Number.isNaN(Date.parse(String(article!.dateModified)))).toBe(false)
    expect(article!.image).toEqual([expect.stringMatching(/^https?:\/\//)])
  })

  test('the home page describes the survey and a project page its funder and members', async ({ page }) => {
    await page.goto('/')
    // The site's name alone, not the name twice through the title template.
    await expect(page).toHaveTitle('GeoCoop')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\//)
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    expect(new URL(canonical ?? '').pathname).toBe('/')
    expect((await readJsonLd(page)).some((node) => node['@type'] === 'Organization')).toBe(true)

    await page.goto('/projects/igdp-phase-3')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/projects\/igdp-phase-3$/)
    const project = (await readJsonLd(page)).find((node) => node['@type'] === 'ResearchProject')
    expect(project).toMatchObject({
      name: 'Integrated Geoscience Data Processing Project',
      funder: [expect.objectContaining({ name: 'China Geological Survey' })],
    })
    expect(project!.member).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'China Geological Survey' })]),
    )
  })

  test('the default share image is a PNG', async ({ request }) => {
    const response = await request.get('/opengraph-image')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
  })
})

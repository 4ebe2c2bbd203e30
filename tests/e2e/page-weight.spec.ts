import { expect, test } from './fixtures'

// What a page carries beyond what it shows. Next.js writes a page's React
// payload into its HTML as inline scripts; every element in it is sent twice
// (as markup and as payload), so a component that is rendered but never shown
// on a page (a not-found boundary, say) makes every page heavier.

/** How often `needle` occurs in `haystack`. */
function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1
}

test.describe('page weight', () => {
  for (const path of ['/about', '/projects', '/zh/news']) {
    test(`${path} carries the site's header and footer once in its markup and once in its payload`, async ({ request }) => {
      const response = await request.get(path)
      expect(response.status()).toBe(200)
      const html = await response.text()
      // Markup: one footer, one mobile menu.
      expect(occurrences(html, '<footer')).toBe(1)
      // Payload (JSON-encoded inside the inline scripts): the same, once each.
      expect(occurrences(html, String.raw`[\"$\",\"footer\"`)).toBe(1)
      expect(occurrences(html, String.raw`[\"$\",\"details\"`)).toBe(1)
    })
  }

  test('the partner map is drawn in the markup and travels in the payload as data, not as elements', async ({ request }) => {
    const html = await (await request.get('/')).text()
    // Every country of the map is a <use> of the map file in the markup…
    expect(occurrences(html, '<use href="/maps/world.svg#')).toBeGreaterThan(150)
    // …while the payload holds the shapes' ids and the links, not one element per country.
    expect(occurrences(html, String.raw`[\"$\",\"use\"`)).toBe(0)
    expect(html).toContain(String.raw`\"shapeIds\"`)
  })

  test('an address no page answers still gets the complete not-found page', async ({ page }) => {
    const response = await page.goto('/no-such-page-anywhere')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('contentinfo')).toBeVisible()
    await expect(page).toHaveTitle(/not found/i)
  })
})

import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Relies on the seeded demo content: the MOU "Landsat data"
// (gsj-usgs-landsat-2013) and the news article "GSJ and USGS sign memorandum
// on Landsat data" (gsj-usgs-landsat-data-memorandum), both published.

/** The search form in the page's main content (the header may hold another one). */
function searchForm(page: Page) {
  return page.getByRole('main').getByRole('search', { name: 'Search', exact: true })
}

function results(page: Page) {
  const main = page.getByRole('main')
  return {
    mou: main.getByRole('article').filter({ has: page.getByRole('link', { name: 'Landsat data', exact: true }) }),
    news: main
      .getByRole('article')
      .filter({ has: page.getByRole('link', { name: 'GSJ and USGS sign memorandum on Landsat data', exact: true }) }),
  }
}

test.describe('site search', () => {
  test('a visitor searches for Landsat and finds the MOU and the news article, highlighted', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await page.goto('/search')
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'What are you looking for?' })).toBeVisible()

    const form = searchForm(page)
    await form.getByLabel('Search the site').fill('Landsat')
    await form.getByRole('button', { name: 'Search', exact: true }).click()
    await expect(page).toHaveURL(/\/search\?q=Landsat(&|$)/)

    const { mou, news } = results(page)
    await expect(mou).toBeVisible()
    await expect(news).toBeVisible()
    await expect(mou.getByText('MOU', { exact: true })).toBeVisible()
    await expect(mou.getByRole('heading').locator('mark')).toHaveText('Landsat')
    await expect(news.getByRole('heading').locator('mark')).toHaveText('Landsat')
    await expect(news.locator('p mark').first()).toHaveText('Landsat')
    await expect(page.getByText(/\d+ results? for “Landsat”/)).toBeVisible()
    // The query stays in the box for refining it.
    await expect(form.getByLabel('Search the site')).toHaveValue('Landsat')
    await expectNoAxeViolations()

    await mou.getByRole('link', { name: 'Landsat data', exact: true }).click()
    await expect(page).toHaveURL(/\/mous\/gsj-usgs-landsat-2013$/)
  })

  test('the type filter narrows the results and can be cleared', async ({ page }) => {
    await page.goto('/search?q=Landsat')
    const form = searchForm(page)
    await form.getByLabel('Type').selectOption('news')
    await form.getByRole('button', { name: 'Search', exact: true }).click()
    await expect(page).toHaveURL(/[?&]type=news(&|$)/)

    const { mou, news } = results(page)
    await expect(news).toBeVisible()
    await expect(mou).toHaveCount(0)
    await expect(page.getByText(/results? for “Landsat” in News/)).toBeVisible()
    await expect(form.getByLabel('Type')).toHaveValue('news')

    await page.getByRole('link', { name: 'Search all types' }).click()
    await expect(page).toHaveURL(/\/search\?q=Landsat$/)
    await expect(results(page).mou).toBeVisible()
  })

  test('a search without results says so and offers to clear the type filter', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await page.goto('/search?q=qzxwvkj')
    await expect(page.getByRole('heading', { name: 'No results for “qzxwvkj”' })).toBeVisible()
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(0)
    await expectNoAxeViolations()

    await page.goto('/search?q=Landsat&type=trainings')
    await expect(page.getByRole('heading', { name: 'No results for “Landsat” in Trainings' })).toBeVisible()
    await page.getByRole('link', { name: 'Clear filters' }).click()
    await expect(page).toHaveURL(/\/search\?q=Landsat$/)
    await expect(results(page).news).toBeVisible()
  })

  test('hostile or malformed queries show a normal page, never an error', async ({ page }) => {
    for (const q of ['"unbalanced', '&|!():*', "' OR 1=1 --", '!!!', '地質調査', 'x'.repeat(5000)]) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}&type=junk&page=-4`)
      expect(response?.status(), q.slice(0, 20)).toBe(200)
      await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
    }
    const response = await page.goto('/search?q=Landsat&page=999')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { name: 'No results on this page' })).toBeVisible()
  })
})

import { expect, test } from './fixtures'

test.describe('public news', () => {
  test('a visitor goes from the home page to the news list and reads an article', async ({ page }) => {
    await page.goto('/')
    const firstHeadline = page.getByRole('region', { name: 'Latest news' }).getByRole('article').first().getByRole('link')
    await page.getByRole('link', { name: 'All news' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible()
    await page.goBack()
    const title = (await firstHeadline.textContent())!.trim()
    await firstHeadline.click()
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'News' })).toBeVisible()
  })

  test('the news list paginates', async ({ page }) => {
    await page.goto('/news?page=999')
    await expect(page.getByRole('heading', { name: 'No articles on this page' })).toBeVisible()
    await page.goto('/news?page=not-a-number')
    await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible()
  })

  test('a draft or unknown article is not found', async ({ page }) => {
    const response = await page.goto('/news/this-article-does-not-exist')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  })

  test('home, news list, article and 404 pages have no accessibility violations', async ({ page, expectNoAxeViolations }) => {
    for (const path of ['/', '/news']) {
      await page.goto(path)
      await expectNoAxeViolations()
    }
    await page.goto('/news')
    await page.getByRole('main').getByRole('article').first().getByRole('link').click()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoAxeViolations()
    await page.goto('/news/missing-article')
    await expectNoAxeViolations()
  })
})

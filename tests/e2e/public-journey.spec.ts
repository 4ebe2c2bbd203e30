import { expect, test } from './fixtures'

test('a partner goes from the home page map to a country, one of its projects and the related news', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('region', { name: 'Where we cooperate' }).getByRole('link', { name: /^China: \d+ cooperation links?$/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'China' })).toBeVisible()

  await page.getByRole('main').getByRole('link', { name: /Integrated Geoscience Data Processing Project/ }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: /Integrated Geoscience Data Processing Project/ })).toBeVisible()

  // The seeded news article about the project's third phase.
  const headline = 'CCOP data processing project begins its third phase'
  await page.getByRole('link', { name: headline }).click()
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible()
  // The article links back to the project it is about.
  await expect(page.getByRole('link', { name: /Integrated Geoscience Data Processing Project/ })).toBeVisible()
})

import { expect, test } from './fixtures'

test('a visitor searches from the header of any page', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto('/projects')
  const header = page.getByRole('banner')
  await header.getByRole('searchbox', { name: 'Search the site' }).fill('Landsat')
  await header.getByRole('searchbox', { name: 'Search the site' }).press('Enter')
  await expect(page).toHaveURL(/\/search\?q=Landsat/)
  await expect(page.getByRole('main').getByRole('link', { name: /Landsat data/ }).first()).toBeVisible()
})

test('on a phone the search box is in the menu', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 })
  await page.goto('/')
  await page.getByText('Menu', { exact: true }).click()
  const menuSearch = page.getByRole('search', { name: 'Site search (menu)' })
  await menuSearch.getByRole('searchbox').fill('geochemical')
  await menuSearch.getByRole('searchbox').press('Enter')
  await expect(page).toHaveURL(/\/search\?q=geochemical/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})

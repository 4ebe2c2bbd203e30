import { expect, test } from './fixtures'

// Relies on the seeded demo content (content/*.ts): Mongolia has the partners
// MMRE (mmre-mongolia) and MRPAM (mrpam) and the MOUs gsj-mrpam-2008 and
// gsj-mmre-jogmec-2010; Japan has the partners GSJ (gsj) and JOGMEC (jogmec).
// Nothing is seeded for Antarctica.

test.describe('public country pages', () => {
  test('a visitor follows Mongolia from the country table and sees its partners and MOUs', async ({ page }) => {
    await page.goto('/countries')
    await expect(page.getByRole('heading', { level: 1, name: 'Countries' })).toBeVisible()

    const table = page.getByRole('table', { name: 'Cooperation links by country' })
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Mongolia' }) })
    await expect(row).toHaveCount(1)
    // Cells after the row header: Partners, MOUs, Projects, Trainings, Conferences, Total.
    await expect(row.getByRole('cell').nth(1)).toHaveText(/^(?:[2-9]|[1-9]\d+)$/)

    await table.getByRole('link', { name: 'Mongolia', exact: true }).click()
    await expect(page).toHaveURL(/\/countries\/mn$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Mongolia' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Countries' })).toBeVisible()

    const partners = page.getByRole('region', { name: 'Partners' })
    await expect(partners.getByRole('link', { name: /\(MRPAM\)$/ })).toBeVisible()
    await expect(partners.getByRole('link', { name: /\(MMRE\)$/ })).toBeVisible()

    const mous = page.getByRole('region', { name: 'MOUs' })
    await expect(mous.getByRole('link', { name: 'Geoscience research cooperation' })).toHaveCount(2)
    await expect(mous.getByRole('link', { name: /\(MRPAM\)$/ })).toBeVisible()
    await expect(mous.getByRole('link', { name: /\(JOGMEC\)$/ })).toBeVisible()

    const mrpamMou = mous.getByRole('listitem').filter({ has: page.getByRole('link', { name: /\(MRPAM\)$/ }) })
    await mrpamMou.getByRole('link', { name: 'Geoscience research cooperation' }).click()
    await expect(page).toHaveURL(/\/mous\/gsj-mrpam-2008$/)
  })

  test('a visitor clicks Mongolia on the partner map', async ({ page }) => {
    await page.goto('/countries')
    const mapLink = page.getByRole('link', { name: /^Mongolia: \d+ cooperation links?$/ })
    await expect(mapLink).toHaveCount(1)
    await expect(mapLink).toHaveAttribute('href', '/countries/mn')
    await mapLink.click()
    await expect(page).toHaveURL(/\/countries\/mn$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Mongolia' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'MOUs' }).getByRole('listitem')).not.toHaveCount(0)
  })

  test('Japan lists its seeded partners', async ({ page }) => {
    await page.goto('/countries/jp')
    await expect(page.getByRole('heading', { level: 1, name: 'Japan' })).toBeVisible()
    const partners = page.getByRole('region', { name: 'Partners' })
    await expect(partners.getByRole('link', { name: /\(GSJ\)$/ })).toHaveAttribute('href', '/organizations/gsj')
    await expect(partners.getByRole('link', { name: /\(JOGMEC\)$/ })).toHaveAttribute('href', '/organizations/jogmec')
  })

  test('an uppercase, unknown or unlinked country code is not found', async ({ page }) => {
    for (const path of ['/countries/MN', '/countries/Mn', '/countries/xx', '/countries/mng', '/countries/aq']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    }
  })

  test('the country index and a country page have no accessibility violations', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await page.goto('/countries')
    await expect(page.getByRole('table', { name: 'Cooperation links by country' })).toBeVisible()
    await expectNoAxeViolations()
    await page.goto('/countries/mn')
    await expect(page.getByRole('heading', { level: 1, name: 'Mongolia' })).toBeVisible()
    await expectNoAxeViolations()
  })

  test('the index fits a 320 px wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 })
    await page.goto('/countries')
    await expect(page.getByRole('link', { name: /^Mongolia: \d+ cooperation links?$/ })).toBeVisible()
    // The table scrolls inside its own box; the page content itself must not be wider than the screen.
    const overflow = await page.getByRole('main').evaluate((main) => main.scrollWidth - main.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })
})

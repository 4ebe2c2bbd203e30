import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Relies on the seeded demo content in content/mous.ts, content/organizations.ts
// and content/news.ts: the USGS Landsat MOU (gsj-usgs-landsat-2013, November
// 2013, no end date, term "Through the operational lifetime of the Landsat
// satellites"), the GNS Science MOU (gsj-gns-2022, February 2022 – February
// 2027), the BRGM MOU (gsj-brgm-2019, July 2019 – July 2024, expired), the two
// indefinite Mongolian MOUs (gsj-mrpam-2008, gsj-mmre-jogmec-2010), the
// published news "GSJ and USGS sign memorandum on Landsat data" and the draft
// news "Six partner memoranda reach the end of their terms". The GNS Science
// MOU's status depends on the date the tests run, so only the statuses that
// cannot change (Indefinite, Expired) are asserted.

function mouTable(page: Page) {
  return page.getByRole('main').getByRole('table', { name: /memorand/ })
}

function mouRow(page: Page, text: string) {
  return mouTable(page).getByRole('row').filter({ hasText: text })
}

test.describe('public MOUs', () => {
  test('the MOU table shows the seeded agreements, newest first, with counterparts, dates, terms and statuses', async ({
    page,
  }) => {
    await page.goto('/mous')
    await expect(page.getByRole('heading', { level: 1, name: 'Memoranda of understanding' })).toBeVisible()
    const table = mouTable(page)
    for (const column of ['Country', 'Counterpart(s)', 'Subject', 'Start', 'End', 'Status']) {
      await expect(table.getByRole('columnheader', { name: column, exact: true })).toBeVisible()
    }

    const landsat = mouRow(page, 'Landsat data')
    await expect(landsat).toHaveCount(1)
    await expect(landsat.getByRole('link', { name: 'United States', exact: true })).toHaveAttribute('href', '/countries/us')
    await expect(landsat.getByRole('link', { name: 'United States Geological Survey' })).toHaveAttribute(
      'href',
      '/organizations/usgs',
    )
    await expect(landsat.getByRole('rowheader').getByRole('link', { name: 'Landsat data' })).toHaveAttribute(
      'href',
      '/mous/gsj-usgs-landsat-2013',
    )
    await expect(landsat.getByText('November 2013', { exact: true })).toBeVisible()
    await expect(landsat.getByText('Through the operational lifetime of the Landsat satellites')).toBeVisible()
    await expect(landsat.getByText('Indefinite', { exact: true })).toBeVisible()

    const gns = mouRow(page, 'GNS Science')
    await expect(gns).toHaveCount(1)
    await expect(gns.getByRole('link', { name: 'New Zealand' })).toHaveAttribute('href', '/countries/nz')
    await expect(gns.getByRole('link', { name: /^GNS Science/ })).toHaveAttribute('href', '/organizations/gns-science')
    await expect(gns.getByText('February 2022', { exact: true })).toBeVisible()
    await expect(gns.getByText('February 2027', { exact: true })).toBeVisible()

    const brgm = mouRow(page, 'Bureau de Recherches Géologiques et Minières')
    await expect(brgm.getByText('July 2024', { exact: true })).toBeVisible()
    await expect(brgm.getByText('Expired', { exact: true })).toBeVisible()

    // Newest start date first: GNS (2022) before Landsat (2013) before MRPAM (2008).
    const rows = await table.getByRole('row').allTextContents()
    const position = (text: string) => rows.findIndex((row) => row.includes(text))
    expect(position('GNS Science')).toBeGreaterThan(0)
    expect(position('GNS Science')).toBeLessThan(position('Landsat data'))
    expect(position('Landsat data')).toBeLessThan(position('Mineral Resources and Petroleum Authority of Mongolia'))
  })

  test('a visitor filters by status and country with the form, and clears the filters', async ({ page }) => {
    await page.goto('/mous')
    const filters = page.getByRole('search', { name: 'Filter memoranda' })

    await filters.getByLabel('Status').selectOption({ label: 'Indefinite' })
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL((url) => url.searchParams.get('status') === 'INDEFINITE' && !url.searchParams.get('country'))
    await expect(filters.getByLabel('Status')).toHaveValue('INDEFINITE')
    await expect(mouRow(page, 'Landsat data')).toHaveCount(1)
    await expect(mouRow(page, 'Mineral Resources and Petroleum Authority of Mongolia')).toHaveCount(1)
    await expect(mouRow(page, 'Japan Oil, Gas and Metals National Corporation')).toHaveCount(1)
    await expect(mouRow(page, 'GNS Science')).toHaveCount(0)
    await expect(mouRow(page, 'Bureau de Recherches Géologiques et Minières')).toHaveCount(0)
    await expect(mouTable(page).getByText('Expired', { exact: true })).toHaveCount(0)

    await filters.getByLabel('Status').selectOption({ label: 'Expired' })
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL((url) => url.searchParams.get('status') === 'EXPIRED')
    await expect(mouRow(page, 'Bureau de Recherches Géologiques et Minières')).toHaveCount(1)
    await expect(mouRow(page, 'Landsat data')).toHaveCount(0)
    await expect(mouTable(page).getByText('Indefinite', { exact: true })).toHaveCount(0)

    await filters.getByLabel('Status').selectOption({ label: 'All statuses' })
    await filters.getByLabel('Country').selectOption({ label: 'United States' })
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL((url) => url.searchParams.get('country') === 'US' && !url.searchParams.get('status'))
    await expect(mouRow(page, 'Landsat data')).toHaveCount(1)
    await expect(mouRow(page, 'December 2026')).toHaveCount(1)
    await expect(mouRow(page, 'GNS Science')).toHaveCount(0)

    await filters.getByRole('link', { name: 'Clear filters' }).click()
    await expect(page).toHaveURL((url) => url.pathname === '/mous' && url.search === '')
    await expect(filters.getByLabel('Country')).toHaveValue('')
    await expect(mouRow(page, 'GNS Science')).toHaveCount(1)
  })

  test('filters that match nothing show an empty state, and junk parameters are ignored', async ({ page }) => {
    // Germany is a real country with no seeded MOU.
    await page.goto('/mous?country=DE')
    await expect(page.getByRole('heading', { level: 2, name: 'No MOUs match these filters' })).toBeVisible()
    await expect(page.getByRole('search', { name: 'Filter memoranda' }).getByLabel('Country')).toHaveValue('DE')
    await page.getByRole('main').getByRole('link', { name: 'Clear filters' }).last().click()
    await expect(page).toHaveURL((url) => url.pathname === '/mous' && url.search === '')

    const response = await page.goto('/mous?status=SOON&country=not-a-country&page=-3')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: 'Memoranda of understanding' })).toBeVisible()
    await expect(page.getByLabel('Status')).toHaveValue('')
    await expect(mouRow(page, 'Landsat data')).toHaveCount(1)

    await page.goto('/mous?page=999')
    await expect(page.getByRole('heading', { level: 2, name: 'No MOUs on this page' })).toBeVisible()
  })

  test('a visitor opens the Landsat MOU and sees its partner, term, status and news', async ({ page }) => {
    await page.goto('/mous')
    await mouRow(page, 'Landsat data').getByRole('link', { name: 'Landsat data' }).click()
    await expect(page).toHaveURL(/\/mous\/gsj-usgs-landsat-2013$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Landsat data' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'MOUs' })).toHaveAttribute(
      'href',
      '/mous',
    )

    // The list stays in the document, hidden, for the back button: only
    // visible matches count (getByRole leaves hidden elements out anyway).
    const main = page.getByRole('main')
    await expect(main.getByRole('link', { name: 'United States', exact: true })).toHaveAttribute('href', '/countries/us')
    await expect(main.getByRole('link', { name: 'United States Geological Survey' }).first()).toHaveAttribute(
      'href',
      '/organizations/usgs',
    )
    await expect(main.getByText('November 2013', { exact: true }).filter({ visible: true })).toBeVisible()
    await expect(main.getByText('Through the operational lifetime of the Landsat satellites').filter({ visible: true })).toBeVisible()
    await expect(main.getByText('Indefinite', { exact: true }).filter({ visible: true })).toBeVisible()

    const news = page.getByRole('region', { name: 'News' })
    await expect(news.getByRole('link', { name: 'GSJ and USGS sign memorandum on Landsat data' })).toBeVisible()
  })

  test('an expired MOU shows its dates and never a draft article', async ({ page }) => {
    await page.goto('/mous/gsj-brgm-2019')
    await expect(page.getByRole('heading', { level: 1, name: 'Geoscience research cooperation' })).toBeVisible()
    const main = page.getByRole('main')
    await expect(main.getByRole('link', { name: 'Bureau de Recherches Géologiques et Minières' })).toHaveAttribute(
      'href',
      '/organizations/brgm',
    )
    await expect(main.getByText('July 2019', { exact: true })).toBeVisible()
    await expect(main.getByText('July 2024', { exact: true })).toBeVisible()
    await expect(main.getByText('Expired', { exact: true })).toBeVisible()
    await expect(page.getByText('Six partner memoranda reach the end of their terms')).toHaveCount(0)
  })

  test('an unknown MOU is not found', async ({ page }) => {
    const response = await page.goto('/mous/this-memorandum-does-not-exist')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  })

  test('the MOU list, a filtered and an empty list, and an MOU page have no accessibility violations', async ({
    page,
    expectNoAxeViolations,
  }) => {
    for (const path of ['/mous', '/mous?status=EXPIRED', '/mous?country=DE', '/mous/gsj-usgs-landsat-2013']) {
      await page.goto(path)
      await expectNoAxeViolations()
    }
  })
})

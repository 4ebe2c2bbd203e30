import { expect, test } from './fixtures'

// Relies on the seeded demo content in content/organizations.ts and
// content/mous.ts: USGS and BRGM (geological surveys in the United States and
// France), UNESCO (intergovernmental, France), the two USGS memoranda and the
// BRGM memorandum, and the draft news article that mentions BRGM.

test.describe('public partners', () => {
  test('a visitor filters partners by kind and by country, and the back button restores each step', async ({ page }) => {
    await page.goto('/organizations')
    await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible()
    const main = page.getByRole('main')
    const filters = page.getByRole('search', { name: 'Filter partners' })

    await filters.getByLabel('Type of organization').selectOption({ label: 'Geological survey' })
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(
      (url) => url.searchParams.get('kind') === 'GEOLOGICAL_SURVEY' && !url.searchParams.get('country'),
    )
    await expect(main.getByRole('link', { name: 'United States Geological Survey', exact: true })).toBeVisible()
    await expect(main.getByRole('link', { name: 'Bureau de Recherches Géologiques et Minières', exact: true })).toBeVisible()
    await expect(
      main.getByRole('link', { name: 'United Nations Educational, Scientific and Cultural Organization', exact: true }),
    ).toHaveCount(0)

    await filters.getByLabel('Country').selectOption({ label: 'France' })
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(
      (url) => url.searchParams.get('kind') === 'GEOLOGICAL_SURVEY' && url.searchParams.get('country') === 'FR',
    )
    await expect(main.getByRole('link', { name: 'Bureau de Recherches Géologiques et Minières', exact: true })).toBeVisible()
    await expect(main.getByRole('link', { name: 'United States Geological Survey', exact: true })).toHaveCount(0)
    await expect(filters.getByLabel('Country')).toHaveValue('FR')
    await expect(filters.getByLabel('Type of organization')).toHaveValue('GEOLOGICAL_SURVEY')

    await page.goBack()
    await expect(page).toHaveURL(
      (url) => url.searchParams.get('kind') === 'GEOLOGICAL_SURVEY' && !url.searchParams.get('country'),
    )
    await expect(main.getByRole('link', { name: 'United States Geological Survey', exact: true })).toBeVisible()
    await expect(filters.getByLabel('Type of organization')).toHaveValue('GEOLOGICAL_SURVEY')

    await page.goBack()
    await expect(page).toHaveURL((url) => url.pathname === '/organizations' && url.search === '')
    await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible()
  })

  test('a visitor filters by country alone and clears the filters', async ({ page }) => {
    await page.goto('/organizations')
    const main = page.getByRole('main')
    const filters = page.getByRole('search', { name: 'Filter partners' })

    await filters.getByLabel('Country').selectOption({ label: 'France' })
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL((url) => url.searchParams.get('country') === 'FR' && !url.searchParams.get('kind'))
    await expect(main.getByRole('link', { name: 'Bureau de Recherches Géologiques et Minières', exact: true })).toBeVisible()
    await expect(
      main.getByRole('link', { name: 'United Nations Educational, Scientific and Cultural Organization', exact: true }),
    ).toBeVisible()
    await expect(main.getByRole('link', { name: 'United States Geological Survey', exact: true })).toHaveCount(0)

    await filters.getByRole('link', { name: 'Clear filters' }).click()
    await expect(page).toHaveURL((url) => url.pathname === '/organizations' && url.search === '')
    await expect(filters.getByLabel('Country')).toHaveValue('')
  })

  test('filters that match nothing show an empty state, and junk parameters are ignored', async ({ page }) => {
    await page.goto('/organizations?kind=GEOLOGICAL_SURVEY&country=ZZ')
    await expect(page.getByRole('heading', { level: 2, name: 'No partners match these filters' })).toBeVisible()
    await page.getByRole('main').getByRole('link', { name: 'Clear filters' }).last().click()
    await expect(page).toHaveURL((url) => url.pathname === '/organizations' && url.search === '')

    const response = await page.goto('/organizations?kind=VOLCANO&country=not-a-country&page=-3')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible()
    await expect(page.getByLabel('Type of organization')).toHaveValue('')
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()

    await page.goto('/organizations?page=999')
    await expect(page.getByRole('heading', { level: 2, name: 'No partners on this page' })).toBeVisible()
  })

  test('a visitor opens a partner and sees its memoranda, country and website', async ({ page }) => {
    await page.goto('/organizations?country=US')
    await page.getByRole('main').getByRole('link', { name: 'United States Geological Survey', exact: true }).click()
    await expect(page).toHaveURL(/\/organizations\/usgs$/)
    await expect(page.getByRole('heading', { level: 1, name: 'United States Geological Survey (USGS)' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Partners' })).toBeVisible()

    const main = page.getByRole('main')
    await expect(main.getByRole('link', { name: 'United States', exact: true })).toHaveAttribute('href', '/countries/us')
    const website = main.getByRole('link', { name: 'www.usgs.gov' })
    await expect(website).toHaveAttribute('href', 'https://www.usgs.gov')
    await expect(website).toHaveAttribute('rel', 'noopener noreferrer')

    const mous = page.getByRole('region', { name: 'Memoranda of understanding' })
    await expect(mous.getByRole('link', { name: 'Landsat data' })).toHaveAttribute('href', '/mous/gsj-usgs-landsat-2013')
    await expect(mous.getByText('Through the operational lifetime of the Landsat satellites')).toBeVisible()
    await expect(mous.getByRole('link', { name: 'Geoscience research cooperation' })).toHaveAttribute(
      'href',
      '/mous/gsj-usgs-2021',
    )
    await expect(mous.getByText('December 2021 – December 2026')).toBeVisible()

    const news = page.getByRole('region', { name: 'News' })
    await expect(news.getByRole('link', { name: 'GSJ and USGS sign memorandum on Landsat data' })).toBeVisible()
  })

  test('a partner page shows its memorandum and never a draft article', async ({ page }) => {
    await page.goto('/organizations/brgm')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Bureau de Recherches Géologiques et Minières (BRGM)' }),
    ).toBeVisible()
    const mous = page.getByRole('region', { name: 'Memoranda of understanding' })
    await expect(mous.getByRole('link', { name: 'Geoscience research cooperation' })).toHaveAttribute(
      'href',
      '/mous/gsj-brgm-2019',
    )
    await expect(mous.getByText('July 2019 – July 2024')).toBeVisible()
    await expect(page.getByText('Six partner memoranda reach the end of their terms')).toHaveCount(0)
  })

  test('an unknown partner is not found', async ({ page }) => {
    const response = await page.goto('/organizations/this-partner-does-not-exist')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  })

  test('the partners list, a filtered list and a partner page have no accessibility violations', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await page.goto('/organizations')
    await expectNoAxeViolations()
    await page.goto('/organizations?kind=GEOLOGICAL_SURVEY&country=FR')
    await expectNoAxeViolations()
    await page.goto('/organizations?country=ZZ')
    await expectNoAxeViolations()
    await page.goto('/organizations/usgs')
    await expectNoAxeViolations()
  })
})

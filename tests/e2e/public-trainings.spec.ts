import { expect, test } from './fixtures'

// Relies on the seeded demo content in content/trainings.ts, content/news.ts
// and content/organizations.ts: the published workshop
// "2023 ICGG International Workshop on Geochemical Mapping"
// (icgg-geochemical-mapping-workshop-2023: 2023 at year precision, Tianjin,
// China, 20 participants, eight participant countries with no per-country
// counts, among them Laos and Peru, organized by ICGG), the published ICGG
// organization and the published news article about the workshop.

const workshop = '2023 ICGG International Workshop on Geochemical Mapping'
const workshopPath = '/trainings/icgg-geochemical-mapping-workshop-2023'

test.describe('public trainings', () => {
  test('a visitor filters trainings by year and by participant country', async ({ page }) => {
    await page.goto('/trainings')
    await expect(page.getByRole('heading', { level: 1, name: 'Trainings' })).toBeVisible()
    const main = page.getByRole('main')
    const filters = page.getByRole('search', { name: 'Filter trainings' })

    const card = main.getByRole('article').filter({ has: page.getByRole('link', { name: workshop, exact: true }) })
    await expect(card).toContainText('Workshop')
    await expect(card).toContainText('Tianjin, China')
    await expect(card).toContainText('20 participants, 8 participant countries')

    await filters.getByLabel('Year').selectOption('2023')
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL((url) => url.searchParams.get('year') === '2023' && !url.searchParams.get('country'))
    await expect(main.getByRole('link', { name: workshop, exact: true })).toBeVisible()
    await expect(filters.getByLabel('Year')).toHaveValue('2023')

    await filters.getByLabel('Country').selectOption({ label: 'Laos' })
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL((url) => url.searchParams.get('year') === '2023' && url.searchParams.get('country') === 'LA')
    await expect(main.getByRole('link', { name: workshop, exact: true })).toBeVisible()

    await filters.getByRole('link', { name: 'Clear filters' }).click()
    await expect(page).toHaveURL((url) => url.pathname === '/trainings' && url.search === '')
    await expect(filters.getByLabel('Year')).toHaveValue('')
    await expect(filters.getByLabel('Country')).toHaveValue('')
  })

  test('the host country also matches the country filter', async ({ page }) => {
    await page.goto('/trainings')
    const filters = page.getByRole('search', { name: 'Filter trainings' })
    await filters.getByLabel('Country').selectOption({ label: 'China' })
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL((url) => url.searchParams.get('country') === 'CN')
    await expect(page.getByRole('main').getByRole('link', { name: workshop, exact: true })).toBeVisible()
  })

  test('filters that match nothing show an empty state, and junk parameters are ignored', async ({ page }) => {
    await page.goto('/trainings?year=1990')
    await expect(page.getByRole('heading', { level: 2, name: 'No trainings match these filters' })).toBeVisible()
    await expect(page.getByRole('main').getByRole('link', { name: workshop, exact: true })).toHaveCount(0)
    await page.getByRole('main').getByRole('link', { name: 'Clear filters' }).last().click()
    await expect(page).toHaveURL((url) => url.pathname === '/trainings' && url.search === '')

    const response = await page.goto('/trainings?year=last-year&country=not-a-country&page=-3')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: 'Trainings' })).toBeVisible()
    await expect(page.getByLabel('Year')).toHaveValue('')
    await expect(page.getByRole('main').getByRole('link', { name: workshop, exact: true })).toBeVisible()

    await page.goto('/trainings?page=999')
    await expect(page.getByRole('heading', { level: 2, name: 'No trainings on this page' })).toBeVisible()
  })

  test('a visitor opens the ICGG workshop and sees its participants and participant countries', async ({ page }) => {
    await page.goto('/trainings')
    await page.getByRole('main').getByRole('link', { name: workshop, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`${workshopPath}$`))
    await expect(page.getByRole('heading', { level: 1, name: workshop })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Trainings' })).toBeVisible()

    const main = page.getByRole('main')
    await expect(main.getByRole('term').filter({ hasText: /^Participants$/ })).toBeVisible()
    await expect(main.getByRole('definition').filter({ hasText: /^20$/ })).toBeVisible()
    await expect(main.getByRole('definition').filter({ hasText: /^2023$/ })).toBeVisible()
    await expect(main.getByRole('link', { name: 'China', exact: true })).toHaveAttribute('href', '/countries/cn')
    await expect(
      main.getByRole('link', { name: 'International Centre on Global-Scale Geochemistry (ICGG)' }),
    ).toHaveAttribute('href', '/organizations/icgg')

    const countries = page.getByRole('region', { name: 'Participant countries' })
    const table = countries.getByRole('table', { name: 'Participants by country' })
    await expect(table.getByRole('columnheader', { name: 'Country' })).toBeVisible()
    await expect(table.getByRole('row')).toHaveCount(9)
    for (const [name, code] of [
      ['Laos', 'la'],
      ['Peru', 'pe'],
      ['Argentina', 'ar'],
    ] as const) {
      const row = table.getByRole('row', { name: new RegExp(name) })
      await expect(row.getByRole('link', { name, exact: true })).toHaveAttribute('href', `/countries/${code}`)
      await expect(row).toContainText('not recorded')
    }

    await expect(page.getByRole('region', { name: 'Topics' }).getByRole('listitem')).toHaveCount(4)
    const news = page.getByRole('region', { name: 'News' })
    await expect(
      news.getByRole('link', { name: 'ICGG geochemical mapping workshop brings together participants from 10 countries' }),
    ).toHaveAttribute('href', '/news/icgg-geochemical-mapping-workshop-2023')
  })

  test('an unknown training is not found', async ({ page }) => {
    const response = await page.goto('/trainings/this-training-does-not-exist')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  })

  test('the trainings list, filtered lists and a training page have no accessibility violations', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await page.goto('/trainings')
    await expectNoAxeViolations()
    await page.goto('/trainings?year=2023&country=LA')
    await expectNoAxeViolations()
    await page.goto('/trainings?year=1990')
    await expectNoAxeViolations()
    await page.goto(workshopPath)
    await expectNoAxeViolations()
  })
})

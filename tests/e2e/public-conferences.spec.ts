import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Relies on the seeded demo content in content/conferences.ts: eleven
// published conferences in China from 2005 to 2014, all in the past, none
// upcoming; the two of 2013 ("First Joint Scientific Meeting of the Geological
// Society of China and the Geological Society of America" in Chengdu and
// "International Meeting on Precambrian Evolution and Deep Exploration of the
// Continental Lithosphere" in Beijing), the two of 2014 (the salt lake
// conference in Langfang and the 14th Quadrennial IAGOD Symposium in Kunming)
// and the 42nd CCOP Annual Session of 2005.

const SALT_LAKE = '12th International Conference on Salt Lake Research'
const IAGOD = '14th Quadrennial IAGOD Symposium'
const JOINT_MEETING =
  'First Joint Scientific Meeting of the Geological Society of China and the Geological Society of America'
const PRECAMBRIAN = 'International Meeting on Precambrian Evolution and Deep Exploration of the Continental Lithosphere'

function cards(page: Page) {
  return page.getByRole('main').getByRole('article')
}

function cardLink(page: Page, name: string) {
  return page.getByRole('main').getByRole('link', { name, exact: true })
}

test.describe('public conferences', () => {
  test('the list shows conferences newest first, with dates, place and role, over two pages', async ({ page }) => {
    await page.goto('/conferences')
    await expect(page.getByRole('heading', { level: 1, name: 'Conferences' })).toBeVisible()

    const first = cards(page).first()
    // The two conferences of 2014 are the newest; the same date sorts by name.
    await expect(first.getByRole('heading', { level: 2 })).toHaveText(SALT_LAKE)
    await expect(cards(page).nth(1).getByRole('heading', { level: 2 })).toHaveText(IAGOD)
    const iagod = cards(page).filter({ has: page.getByRole('heading', { name: IAGOD }) })
    await expect(iagod.getByText('2014', { exact: true })).toBeVisible()
    await expect(iagod.getByText(/^Kunming,/)).toBeVisible()
    await expect(iagod.getByRole('link', { name: 'China', exact: true })).toHaveAttribute('href', '/countries/cn')
    await expect(iagod.getByText('Organizer', { exact: true })).toBeVisible()
    await expect(iagod.getByText('IAGOD Symposium, 14th edition')).toBeVisible()

    const pagination = page.getByRole('navigation', { name: 'Pagination' })
    await pagination.getByRole('link', { name: 'Next page' }).click()
    await expect(page).toHaveURL((url) => url.searchParams.get('page') === '2')
    await expect(cardLink(page, '42nd CCOP Annual Session')).toBeVisible()
  })

  test('a visitor filters past conferences by year, and clears the filters', async ({ page }) => {
    await page.goto('/conferences')
    const filters = page.getByRole('search', { name: 'Filter conferences' })

    await filters.getByLabel('When').selectOption({ label: 'Past' })
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL((url) => url.searchParams.get('when') === 'past' && !url.searchParams.get('year'))
    await expect(filters.getByLabel('When')).toHaveValue('past')
    await expect(cardLink(page, SALT_LAKE)).toBeVisible()

    await filters.getByLabel('Year').selectOption({ label: '2013' })
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(
      (url) => url.searchParams.get('when') === 'past' && url.searchParams.get('year') === '2013',
    )
    await expect(filters.getByLabel('Year')).toHaveValue('2013')
    await expect(cards(page)).toHaveCount(2)
    await expect(cardLink(page, JOINT_MEETING)).toBeVisible()
    await expect(cardLink(page, PRECAMBRIAN)).toBeVisible()
    await expect(cardLink(page, SALT_LAKE)).toHaveCount(0)

    await filters.getByLabel('When').selectOption({ label: 'All conferences' })
    await filters.getByLabel('Year').selectOption({ label: '2014' })
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL((url) => url.searchParams.get('year') === '2014' && !url.searchParams.get('when'))
    await expect(cards(page)).toHaveCount(2)
    await expect(cardLink(page, SALT_LAKE)).toBeVisible()
    await expect(cardLink(page, IAGOD)).toBeVisible()

    await filters.getByRole('link', { name: 'Clear filters' }).click()
    await expect(page).toHaveURL((url) => url.pathname === '/conferences' && url.search === '')
    await expect(filters.getByLabel('Year')).toHaveValue('')
  })

  test('no upcoming conferences shows an empty state, and junk parameters are ignored', async ({ page }) => {
    await page.goto('/conferences?when=upcoming')
    await expect(page.getByRole('heading', { level: 2, name: 'No upcoming conferences' })).toBeVisible()
    await page.getByRole('main').getByRole('link', { name: 'Clear filters' }).last().click()
    await expect(page).toHaveURL((url) => url.pathname === '/conferences' && url.search === '')

    await page.goto('/conferences?year=1999')
    await expect(page.getByRole('heading', { level: 2, name: 'No conferences match these filters' })).toBeVisible()

    const response = await page.goto('/conferences?when=soon&year=abc&page=0')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: 'Conferences' })).toBeVisible()
    await expect(page.getByLabel('When')).toHaveValue('')
    await expect(cards(page).first()).toBeVisible()

    await page.goto('/conferences?page=999')
    await expect(page.getByRole('heading', { level: 2, name: 'No conferences on this page' })).toBeVisible()
  })

  test('a visitor opens a conference and sees its facts', async ({ page }) => {
    await page.goto('/conferences?year=2014')
    await cardLink(page, IAGOD).click()
    await expect(page).toHaveURL(/\/conferences\/iagod-symposium-2014$/)
    await expect(page.getByRole('heading', { level: 1, name: IAGOD })).toBeVisible()
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Conferences' }),
    ).toHaveAttribute('href', '/conferences')

    // The list stays in the document, hidden, for the back button: only
    // visible matches count (getByRole leaves hidden elements out anyway).
    const main = page.getByRole('main')
    await expect(main.getByText('2014', { exact: true }).filter({ visible: true })).toBeVisible()
    await expect(main.getByText(/^Kunming,/).filter({ visible: true })).toBeVisible()
    await expect(main.getByRole('link', { name: 'China', exact: true })).toHaveAttribute('href', '/countries/cn')
    await expect(main.getByText('Organizer', { exact: true }).filter({ visible: true })).toBeVisible()
    await expect(main.getByText('IAGOD Symposium', { exact: true }).filter({ visible: true })).toBeVisible()
    await expect(main.getByText('14th', { exact: true }).filter({ visible: true })).toBeVisible()
    await expect(main.getByText(/International Association on the Genesis of Ore Deposits/).filter({ visible: true })).toBeVisible()
  })

  test('an unknown conference is not found', async ({ page }) => {
    const response = await page.goto('/conferences/this-conference-does-not-exist')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  })

  test('the conferences list, a filtered and an empty list, and a conference page have no accessibility violations', async ({
    page,
    expectNoAxeViolations,
  }) => {
    for (const path of [
      '/conferences',
      '/conferences?when=past&year=2013',
      '/conferences?when=upcoming',
      '/conferences/iagod-symposium-2014',
    ]) {
      await page.goto(path)
      await expectNoAxeViolations()
    }
  })
})

import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Relies on the demo content that prisma/seed.ts loads from content/*.ts:
// the IGDP project (content/projects.ts, slug igdp-phase-3), its partners CGS,
// CCOP and ASEAN (content/organizations.ts), the article about it
// (content/news.ts, slug igdp-phase-iii-begins), and two other projects used
// to show that filters exclude rows: a bilateral one (the Emeishan–Siberia
// LIPs study) and a multilateral one without the "Capacity building" topic
// (OneGeology).
const igdp = {
  slug: 'igdp-phase-3',
  heading: 'Integrated Geoscience Data Processing Project (IGDP)',
  news: 'CCOP data processing project begins its third phase',
}
const bilateralProject = /Permian LIPs on Emeishan/
const otherMultilateralProject = /^OneGeology$/

/** The value of one entry of the page's key facts (a `<dl>`), found by its label. */
function fact(page: Page, label: string) {
  return page
    .getByRole('main')
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator('..')
    .getByRole('definition')
}

test.describe('public projects', () => {
  test('a visitor filters the list by scope and by topic, then opens the IGDP project', async ({ page }) => {
    await page.goto('/projects')
    await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible()
    const cards = page.getByRole('main').getByRole('article')

    await page.getByLabel('Scope', { exact: true }).selectOption({ label: 'Multilateral' })
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/[?&]scope=MULTILATERAL(&|$)/)
    await expect(page.getByRole('link', { name: bilateralProject })).toHaveCount(0)
    await expect(cards.filter({ hasText: igdp.heading })).toHaveCount(1)
    await expect(cards.first()).toBeVisible()
    for (const card of await cards.all()) await expect(card).toContainText('Multilateral')

    // The scope stays chosen while the topic is added.
    await page.getByLabel('Topic', { exact: true }).selectOption({ label: 'Capacity building' })
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/[?&]topic=Capacity(\+|%20)building(&|$)/)
    await expect(page).toHaveURL(/[?&]scope=MULTILATERAL(&|$)/)
    await expect(page.getByLabel('Scope', { exact: true })).toHaveValue('MULTILATERAL')
    await expect(page.getByLabel('Topic', { exact: true })).toHaveValue('Capacity building')
    await expect(page.getByRole('link', { name: otherMultilateralProject })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Clear filters' }).first()).toHaveAttribute('href', '/projects')

    await page.getByRole('link', { name: igdp.heading }).click()
    await expect(page).toHaveURL(`/projects/${igdp.slug}`)
    await expect(page.getByRole('heading', { level: 1, name: igdp.heading })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Projects' })).toBeVisible()
  })

  test('the IGDP page shows its funding, phase, partners with their roles and outcomes', async ({ page }) => {
    await page.goto(`/projects/${igdp.slug}`)
    await expect(page.getByRole('heading', { level: 1, name: igdp.heading })).toBeVisible()

    await expect(fact(page, 'Funding source')).toHaveText('China Geological Survey')
    await expect(fact(page, 'Phase')).toHaveText('Phase III')
    await expect(fact(page, 'Duration')).toHaveText('2021–2025')
    await expect(fact(page, 'Status')).toHaveText('Completed')
    await expect(fact(page, 'Scope')).toHaveText('Multilateral')
    await expect(fact(page, 'Country').getByRole('link', { name: 'China' })).toHaveAttribute('href', '/countries/cn')
    await expect(fact(page, 'Topics').getByRole('link', { name: 'Capacity building' })).toBeVisible()

    // China Geological Survey both leads and funds the project, so it is listed under each role.
    const cgs = 'China Geological Survey (CGS)'
    await expect(page.getByRole('list', { name: 'Lead organization', exact: true }).getByRole('link', { name: cgs })).toHaveAttribute(
      'href',
      '/organizations/cgs',
    )
    await expect(page.getByRole('list', { name: 'Funder', exact: true }).getByRole('link', { name: cgs })).toBeVisible()
    const partners = page.getByRole('list', { name: 'Partners', exact: true })
    await expect(
      partners.getByRole('link', { name: 'Coordinating Committee for Geoscience Programmes in East and Southeast Asia (CCOP)' }),
    ).toHaveAttribute('href', '/organizations/ccop')
    await expect(partners.getByRole('link', { name: 'Association of Southeast Asian Nations (ASEAN)' })).toHaveAttribute(
      'href',
      '/organizations/asean',
    )

    const outcomes = page.getByRole('list', { name: 'Outcomes and deliverables', exact: true }).getByRole('listitem')
    await expect(outcomes).toHaveCount(5)
    await expect(outcomes.filter({ hasText: 'An updated gravity anomaly map of the CCOP region' })).toHaveCount(1)

    await expect(
      page.getByRole('region', { name: 'News', exact: true }).getByRole('link', { name: igdp.news }),
    ).toHaveAttribute('href', '/news/igdp-phase-iii-begins')
  })

  test('filters that match nothing explain it and offer to clear them; junk queries fall back', async ({ page }) => {
    await page.goto('/projects?topic=No+such+topic')
    await expect(page.getByRole('heading', { name: 'No projects match these filters' })).toBeVisible()
    await page.getByRole('link', { name: 'Clear filters' }).last().click()
    await expect(page).toHaveURL('/projects')
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()

    const response = await page.goto('/projects?status=FINISHED&scope=everywhere&country=123&page=-2')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible()
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()

    await page.goto('/projects?page=999')
    await expect(page.getByRole('heading', { name: 'No projects on this page' })).toBeVisible()
  })

  test('links into a filtered list show the filtered list: a home figure and a project topic', async ({ page }) => {
    // The unfiltered list is prerendered and filtered ones come from another
    // route, so each of these links must load the list it names, not page 1.
    await page.goto('/')
    await page.getByRole('link', { name: /Active projects/ }).click()
    await expect(page).toHaveURL(/\/projects\?status=ACTIVE$/)
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('ACTIVE')
    await expect(page.getByText(/match these filters/)).toBeVisible()

    await page.goto(`/projects/${igdp.slug}`)
    await page.getByRole('link', { name: 'Capacity building', exact: true }).click()
    await expect(page).toHaveURL(/[?&]topic=Capacity(\+|%20)building$/)
    await expect(page.getByLabel('Topic', { exact: true })).toHaveValue('Capacity building')
    await expect(page.getByRole('link', { name: otherMultilateralProject })).toHaveCount(0)
  })

  test('an unknown project is not found', async ({ page }) => {
    const response = await page.goto('/projects/this-project-does-not-exist')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  })

  test('the projects list, a filtered list, an empty result and the IGDP page have no accessibility violations', async ({
    page,
    expectNoAxeViolations,
  }) => {
    for (const path of [
      '/projects',
      '/projects?scope=MULTILATERAL&topic=Capacity+building',
      '/projects?topic=No+such+topic',
      `/projects/${igdp.slug}`,
    ]) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectNoAxeViolations()
    }
  })
})

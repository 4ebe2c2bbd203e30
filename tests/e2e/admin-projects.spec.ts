import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Relies on the demo content that prisma/seed.ts loads: the Chinese Academy
// of Geological Sciences is a published organization (content/organizations.ts).
const partnerName = 'Chinese Academy of Geological Sciences'

/** Chooses an organization in a partner row by its name, whatever hint follows it in the option. */
async function choosePartner(page: Page, row: number, name: string) {
  const select = page.getByLabel(`Partner ${row} organization`)
  const value = await select.getByRole('option', { name: new RegExp(`^${name}\\b`) }).getAttribute('value')
  await select.selectOption(value!)
}

test.describe('editing projects', () => {
  test('an empty form shows the errors and keeps what the editor typed and chose', async ({
    page,
    login,
    expectNoAxeViolations,
  }) => {
    await login('editor')
    await page.goto('/admin/projects/new')
    await expect(page.getByRole('heading', { level: 1, name: 'New project' })).toBeVisible()

    await page.getByLabel('Acronym').fill('DRAFTY')
    await page.getByLabel('Summary').fill('My carefully written summary')
    await page.getByLabel('Project status').selectOption('PLANNED')
    await page.getByRole('button', { name: 'Add partner' }).click()
    await expect(page.getByLabel('Partner 1 organization')).toBeFocused()
    await choosePartner(page, 1, partnerName)
    await page.getByLabel('Partner 1 role').selectOption('FUNDER')
    await page.getByRole('button', { name: 'Create draft' }).click()

    const summary = page.getByRole('alert').filter({ has: page.getByRole('link', { name: 'Enter a title' }) })
    await expect(summary).toBeVisible()
    await expect(summary.getByRole('link', { name: /slug/i })).toHaveCount(1)
    await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.locator('#slug-error')).toContainText('Enter a slug')

    await expect(page.getByLabel('Acronym')).toHaveValue('DRAFTY')
    await expect(page.getByLabel('Summary')).toHaveValue('My carefully written summary')
    await expect(page.getByLabel('Project status')).toHaveValue('PLANNED')
    await expect(page.getByLabel('Partner 1 organization').locator('option:checked')).toHaveText(new RegExp(`^${partnerName}`))
    await expect(page.getByLabel('Partner 1 role')).toHaveValue('FUNDER')
    await expectNoAxeViolations()
  })

  test('an editor creates a draft with a partner, publishes it and sees it on the public site', async ({
    page,
    login,
    expectNoAxeViolations,
  }) => {
    const id = randomUUID().slice(0, 8)
    const title = `Karst groundwater survey ${id}`
    const slug = `karst-groundwater-${id}`
    await login('editor')
    await page.goto('/admin/projects/new')

    await page.getByLabel('Title').fill(title)
    await page.getByLabel('Slug').fill(slug)
    await page.getByLabel('Summary').fill('A joint survey of karst aquifers in southern China.')
    await page.getByLabel('Project status').selectOption('ACTIVE')
    await page.getByLabel('Scope').selectOption('BILATERAL')
    await page.getByLabel('Start date').fill('2024-03-01')
    await page.getByLabel('Dates known to').selectOption('MONTH')
    await page.getByLabel('Topics').fill('Hydrogeology\nKarst')
    await page.getByRole('group', { name: 'Countries taking part' }).getByRole('checkbox', { name: /^China/ }).check()

    await page.getByRole('button', { name: 'Add partner' }).click()
    await choosePartner(page, 1, partnerName)
    await page.getByLabel('Partner 1 role').selectOption('LEAD')
    await page.getByRole('button', { name: 'Create draft' }).click()

    await expect(page).toHaveURL(/\/admin\/projects\/(?!new\b)[\w-]+(\?|$)/)
    await expect(page.getByRole('status').filter({ hasText: /created|saved/i })).toBeVisible()
    // The empty new-project form stays in the document, hidden, after the redirect.
    await expect(page.getByLabel('Partner 1 role').filter({ visible: true })).toHaveValue('LEAD')
    await expectNoAxeViolations()

    // Not public while it is a draft.
    const anonymous = await page.context().browser()!.newPage()
    expect((await anonymous.goto(`/projects/${slug}`))?.status()).toBe(404)

    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    await expect(page.getByRole('status').filter({ hasText: /published/i })).toBeVisible()

    await anonymous.goto(`/projects/${slug}`)
    await expect(anonymous.getByRole('heading', { level: 1, name: title })).toBeVisible()
    const partners = anonymous.getByRole('region', { name: 'Partners and their roles' })
    await expect(partners.getByRole('link', { name: partnerName })).toBeVisible()
    await anonymous.close()

    // Leave the demo content as it was.
    await page.getByRole('button', { name: /^Move to trash/ }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
    await expect(page).toHaveURL(/\/admin\/projects(\?|$)/)
  })
})

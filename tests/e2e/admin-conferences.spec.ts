import { randomUUID } from 'node:crypto'
import { expect, test } from './fixtures'

test.describe('editing conferences', () => {
  test('an empty form shows every error and keeps what the editor typed', async ({ page, login, expectNoAxeViolations }) => {
    await login('editor')
    await page.goto('/admin/conferences/new')
    const main = page.getByRole('main')
    await main.getByLabel(/^Series/).fill('CCOP Annual Session')
    await main.getByLabel(/^City/).fill('Bangkok')
    await main.getByLabel(/^Summary/).fill('Written before the name was known')
    await main.getByRole('button', { name: 'Create draft' }).click()

    const summary = page.getByRole('alert').filter({ hasText: 'Enter the name of the conference' })
    await expect(summary).toBeVisible()
    // Name, slug, start date and country: one link per missing field.
    await expect(summary.getByRole('link')).toHaveCount(4)
    await expect(main.getByLabel(/^Name/)).toHaveAttribute('aria-invalid', 'true')
    await expect(page.locator('#slug-error')).toContainText('Enter a slug')
    await expect(page.locator('#startDate-error')).toContainText('Enter the start date')
    await expect(page.locator('#country-error')).toContainText('Choose the country where the conference took place')
    await expect(main.getByLabel(/^Series/)).toHaveValue('CCOP Annual Session')
    await expect(main.getByLabel(/^City/)).toHaveValue('Bangkok')
    await expect(main.getByLabel(/^Summary/)).toHaveValue('Written before the name was known')
    await expect(page).toHaveURL(/\/admin\/conferences\/new$/)
    await expectNoAxeViolations()
  })

  test('an editor creates a draft, publishes it and sees it on the public site', async ({
    page,
    login,
    expectNoAxeViolations,
  }) => {
    const id = randomUUID().slice(0, 8)
    const name = `Symposium on coastal geohazards ${id}`
    const slug = `coastal-geohazards-${id}`
    const summaryText = 'Three days on coastal erosion and subsidence.\n\nThe survey co-sponsored the field excursion.'
    await login('editor')
    await page.goto('/admin/conferences/new')
    const main = page.getByRole('main')

    await main.getByLabel(/^Name/).fill(name)
    await main.getByLabel(/^Series/).fill('Coastal Geohazards Symposium')
    await main.getByLabel(/^Edition/).fill('3rd')
    await main.getByLabel(/^Slug/).fill(slug)
    await main.getByLabel(/^Summary/).fill(summaryText)
    await main.getByLabel(/^Start date/).fill('2024-11-05')
    await main.getByLabel(/^End date/).fill('2024-11-07')
    await main.getByLabel(/^City/).fill('Bangkok')
    await main.getByLabel(/^Country/).selectOption({ label: 'Thailand' })
    await main.getByLabel(/^The survey's role/).selectOption({ label: 'Co-sponsor' })
    await main.getByLabel(/^Number of participants/).fill('180')
    await main.getByRole('button', { name: 'Create draft' }).click()

    // The new conference's edit page, at its id.
    await expect(page).toHaveURL(/\/admin\/conferences\/(?!new$)[^/?#]+(\?.*)?$/)
    await expect(page.getByText(/\bDraft created\b|\bsaved\b/i).first()).toBeVisible()
    await expect(main.getByLabel(/^Name/)).toHaveValue(name)
    await expect(main.getByLabel(/^Start date/)).toHaveValue('2024-11-05')
    await expect(main.getByLabel(/^Country/)).toHaveValue('TH')
    await expect(main.getByLabel(/^The survey's role/)).toHaveValue('CO_SPONSOR')
    await expectNoAxeViolations()

    // Not public while it is a draft.
    const anonymous = await page.context().browser()!.newPage()
    expect((await anonymous.goto(`/conferences/${slug}`))?.status()).toBe(404)

    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    await expect(page.getByRole('button', { name: 'Unpublish' })).toBeVisible()
    await expect(page.getByText(/\bpublished\b/i).first()).toBeVisible()

    expect((await anonymous.goto(`/conferences/${slug}`))?.status()).toBe(200)
    await expect(anonymous.getByRole('heading', { level: 1, name: new RegExp(name) })).toBeVisible()
    const publicMain = anonymous.getByRole('main')
    await expect(publicMain.getByText('The survey co-sponsored the field excursion.')).toBeVisible()
    await expect(publicMain.getByText('Co-sponsor', { exact: true })).toBeVisible()
    await expect(publicMain.getByText(/Bangkok/).first()).toBeVisible()
    await expect(publicMain.getByText(/Thailand/).first()).toBeVisible()
    await anonymous.close()

    // Leave the demo content as it was for the public-page tests.
    await page.getByRole('button', { name: /^Move to trash/ }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
    await expect(page).toHaveURL(/\/admin\/conferences(\?|$)/)
  })
})

import { randomUUID } from 'node:crypto'
import { expect, test } from './fixtures'

test.describe('editing trainings', () => {
  test('an empty form shows every error and keeps what the editor typed', async ({ page, login, expectNoAxeViolations }) => {
    await login('editor')
    await page.goto('/admin/trainings/new')
    const main = page.getByRole('main')
    await main.getByLabel(/^Summary/).fill('Written before the title was known')
    await main.getByLabel(/^Topics/).fill('GIS\nField work')
    await main.getByRole('button', { name: 'Add a country' }).click()
    await main.getByLabel('Country 1').selectOption({ label: 'Japan' })
    await main.getByLabel('Participants from Japan').fill('12')
    await main.getByRole('button', { name: 'Create draft' }).click()

    const summary = page.getByRole('alert').filter({ hasText: 'Enter the title of the training' })
    await expect(summary).toBeVisible()
    // Title, slug, start date and location: one link per missing field.
    await expect(summary.getByRole('link')).toHaveCount(4)
    await expect(main.getByLabel(/^Title/)).toHaveAttribute('aria-invalid', 'true')
    await expect(page.locator('#slug-error')).toContainText('Enter a slug')
    await expect(page.locator('#startDate-error')).toContainText('Enter the start date')
    await expect(page.locator('#location-error')).toContainText('Enter where the training took place')
    await expect(main.getByLabel(/^Summary/)).toHaveValue('Written before the title was known')
    await expect(main.getByLabel(/^Topics/)).toHaveValue('GIS\nField work')
    await expect(main.getByLabel('Country 1')).toHaveValue('JP')
    await expect(main.getByLabel('Participants from Japan')).toHaveValue('12')
    await expect(page).toHaveURL(/\/admin\/trainings\/new$/)
    await expectNoAxeViolations()
  })

  test('an editor creates a draft with participant countries, publishes it and sees it on the public site', async ({
    page,
    login,
    expectNoAxeViolations,
  }) => {
    const id = randomUUID().slice(0, 8)
    const title = `Workshop on landslide mapping ${id}`
    const slug = `landslide-mapping-${id}`
    await login('editor')
    await page.goto('/admin/trainings/new')
    const main = page.getByRole('main')

    await main.getByLabel(/^Title/).fill(title)
    await main.getByLabel(/^Slug/).fill(slug)
    await main.getByLabel(/^Kind of training/).selectOption({ label: 'Workshop' })
    await main.getByLabel(/^Summary/).fill('Two weeks of field and GIS work on landslide susceptibility.')
    await main.getByLabel(/^Description/).fill('Lectures in the morning.\n\nField visits on landslide scars in the afternoon.')
    await main.getByLabel(/^Start date/).fill('2023-09-11')
    await main.getByLabel(/^End date/).fill('2023-09-22')
    await main.getByLabel(/^Location/).fill('Hanoi')
    await main.getByLabel(/^Host country/).selectOption({ label: 'Vietnam' })
    await main.getByLabel(/^Number of participants/).fill('24')
    await main.getByLabel(/^Topics/).fill('Landslide inventories\nSusceptibility mapping')
    await main.getByLabel(/^Organizer/).selectOption({ label: 'China Geological Survey (CGS)' })

    // Rows are added and removed from the keyboard; focus follows.
    const add = main.getByRole('button', { name: 'Add a country' })
    await add.focus()
    await page.keyboard.press('Enter')
    await expect(main.getByLabel('Country 1')).toBeFocused()
    await main.getByLabel('Country 1').selectOption({ label: 'Laos' })
    await main.getByLabel('Participants from Laos').fill('10')
    await add.press('Enter')
    await main.getByLabel('Country 2').selectOption({ label: 'Mongolia' })
    await add.press('Enter')
    await main.getByLabel('Country 3').selectOption({ label: 'Cambodia' })
    await main.getByLabel('Participants from Cambodia').fill('6')
    await main.getByRole('button', { name: 'Remove Mongolia' }).press('Enter')
    await expect(main.getByLabel('Country 2')).toBeFocused()
    await expect(main.getByLabel('Country 2')).toHaveValue('KH')
    await expect(main.getByLabel('Country 3')).toHaveCount(0)
    await main.getByRole('button', { name: 'Create draft' }).click()

    // The new training's edit page, at its id.
    await expect(page).toHaveURL(/\/admin\/trainings\/(?!new$)[^/?#]+(\?.*)?$/)
    await expect(page.getByText(/\bDraft created\b|\bsaved\b/i).first()).toBeVisible()
    await expect(main.getByLabel(/^Title/)).toHaveValue(title)
    await expect(main.getByLabel(/^Kind of training/)).toHaveValue('WORKSHOP')
    await expect(main.getByLabel(/^Organizer/)).not.toHaveValue('')
    // Stored in country-code order: Cambodia (KH) before Laos (LA).
    // The empty new-training form stays in the document, hidden, after the redirect.
    await expect(main.getByLabel('Country 1').filter({ visible: true })).toHaveValue('KH')
    await expect(main.getByLabel('Participants from Laos').filter({ visible: true })).toHaveValue('10')
    await expectNoAxeViolations()

    // Not public while it is a draft.
    const anonymous = await page.context().browser()!.newPage()
    expect((await anonymous.goto(`/trainings/${slug}`))?.status()).toBe(404)

    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    await expect(page.getByRole('button', { name: 'Unpublish' })).toBeVisible()
    await expect(page.getByText(/\bpublished\b/i).first()).toBeVisible()

    expect((await anonymous.goto(`/trainings/${slug}`))?.status()).toBe(200)
    await expect(anonymous.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible()
    const publicMain = anonymous.getByRole('main')
    await expect(publicMain.getByText('Field visits on landslide scars in the afternoon.')).toBeVisible()
    await expect(publicMain.getByRole('link', { name: 'China Geological Survey (CGS)' })).toBeVisible()
    await expect(publicMain.getByText('Susceptibility mapping')).toBeVisible()
    const countries = publicMain.getByRole('table', { name: 'Participants by country' })
    await expect(countries.getByRole('row', { name: /Laos/ })).toContainText('10')
    await expect(countries.getByRole('row', { name: /Cambodia/ })).toContainText('6')
    await expect(countries.getByRole('row', { name: /Mongolia/ })).toHaveCount(0)
    await anonymous.close()

    // Leave the demo content as it was for the public-page tests.
    await page.getByRole('button', { name: /^Move to trash/ }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
    await expect(page).toHaveURL(/\/admin\/trainings(\?|$)/)
  })
})

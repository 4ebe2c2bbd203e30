import { randomUUID } from 'node:crypto'
import { expect, test } from './fixtures'

// Relies on the seeded demo content: the published organization "United
// States Geological Survey" (USGS) and the published MOU "Landsat data" with
// it (gsj-usgs-landsat-2013, November 2013).

test.describe('editing MOUs', () => {
  test('an empty form shows every error and keeps what the editor typed', async ({ page, login, expectNoAxeViolations }) => {
    await login('editor')
    await page.goto('/admin/mous/new')
    const main = page.getByRole('main')
    await main.getByLabel(/^Summary/).fill('Written before the subject was known')
    await main.getByRole('radio', { name: 'No fixed end date' }).check()
    await main.getByLabel(/^Term/).fill('Until either party ends it in writing')
    await main.getByRole('button', { name: 'Create draft' }).click()

    const summary = page.getByRole('alert').filter({ hasText: 'Enter the subject of the MOU' })
    await expect(summary).toBeVisible()
    // Subject, slug, country and start date: one link per missing field.
    await expect(summary.getByRole('link')).toHaveCount(4)
    await expect(main.getByLabel(/^Subject/)).toHaveAttribute('aria-invalid', 'true')
    await expect(page.locator('#slug-error')).toContainText('Enter a slug')
    await expect(page.locator('#country-error')).toContainText('Choose the country of the counterparts')
    await expect(page.locator('#startDate-error')).toContainText('Enter the date the MOU was signed or took effect')
    await expect(main.getByLabel(/^Summary/)).toHaveValue('Written before the subject was known')
    await expect(main.getByRole('radio', { name: 'No fixed end date' })).toBeChecked()
    await expect(main.getByLabel(/^Term/)).toHaveValue('Until either party ends it in writing')
    await expect(page).toHaveURL(/\/admin\/mous\/new$/)
    await expectNoAxeViolations()
  })

  test('an editor creates a draft with a counterpart, publishes it and sees it on the public site', async ({
    page,
    login,
    expectNoAxeViolations,
  }) => {
    const id = randomUUID().slice(0, 8)
    const subject = `Landsat Next data ${id}`
    const slug = `gsj-usgs-landsat-next-${id}`
    const summaryText = 'Cooperation with the USGS on data from the next generation of Landsat satellites.'
    const term = 'Through the operational lifetime of the Landsat Next satellites'
    await login('editor')
    await page.goto('/admin/mous/new')
    const main = page.getByRole('main')

    await main.getByLabel(/^Subject/).fill(subject)
    await main.getByLabel(/^Slug/).fill(slug)
    await main.getByLabel(/^Country/).selectOption({ label: 'United States' })
    const counterparts = main.getByRole('group', { name: 'Counterparts' })
    await counterparts.getByLabel('Filter counterparts').fill('USGS')
    await counterparts.getByRole('checkbox', { name: /^United States Geological Survey/ }).check()
    await main.getByLabel(/^Summary/).fill(summaryText)
    await main.getByLabel(/^Start date/).fill('2024-03-15')
    await main.getByRole('radio', { name: 'No fixed end date' }).check()
    await main.getByLabel(/^Term/).fill(term)
    await main.getByLabel(/^Renews an earlier MOU/).selectOption({ label: 'Landsat data (United States, November 2013)' })
    await main.getByRole('button', { name: 'Create draft' }).click()

    // The new MOU's edit page, at its id, shows what was saved.
    await expect(page).toHaveURL(/\/admin\/mous\/(?!new$)[^/?#]+(\?.*)?$/)
    await expect(page.getByText(/draft created|saved/i).first()).toBeVisible()
    await expect(main.getByLabel(/^Subject/)).toHaveValue(subject)
    await expect(main.getByLabel(/^Country/)).toHaveValue('US')
    await expect(
      main.getByRole('group', { name: 'Counterparts' }).getByRole('checkbox', { name: /^United States Geological Survey/ }),
    ).toBeChecked()
    await expect(main.getByRole('radio', { name: 'No fixed end date' })).toBeChecked()
    await expect(main.getByLabel(/^Term/)).toHaveValue(term)
    await expect(main.getByLabel(/^Renews an earlier MOU/).locator('option:checked')).toHaveText(
      'Landsat data (United States, November 2013)',
    )
    await expectNoAxeViolations()

    // Not public while it is a draft.
    const anonymous = await page.context().browser()!.newPage()
    expect((await anonymous.goto(`/mous/${slug}`))?.status()).toBe(404)

    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    await expect(page.getByRole('button', { name: 'Unpublish' })).toBeVisible()
    await expect(page.getByText(/\bpublished\b/i).first()).toBeVisible()

    expect((await anonymous.goto(`/mous/${slug}`))?.status()).toBe(200)
    await expect(anonymous.getByRole('heading', { level: 1, name: subject })).toBeVisible()
    const publicMain = anonymous.getByRole('main')
    await expect(publicMain.getByText(summaryText)).toBeVisible()
    await expect(publicMain.getByRole('link', { name: 'United States Geological Survey', exact: true })).toHaveAttribute(
      'href',
      '/organizations/usgs',
    )
    await expect(publicMain.getByText('15 March 2024', { exact: true })).toBeVisible()
    await expect(publicMain.getByText(term)).toBeVisible()
    await expect(
      publicMain.getByRole('region', { name: 'Renewals' }).getByRole('link', { name: 'Landsat data', exact: true }),
    ).toHaveAttribute('href', '/mous/gsj-usgs-landsat-2013')
    await anonymous.close()

    // Leave the demo content as it was for the public-page tests.
    await page.getByRole('button', { name: /^Move to trash/ }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
    await expect(page).toHaveURL(/\/admin\/mous(\?|$)/)
  })
})

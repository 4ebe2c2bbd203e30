import { randomUUID } from 'node:crypto'
import { expect, test } from './fixtures'

test.describe('editing organizations', () => {
  test('an empty form shows every error and keeps what the editor typed', async ({ page, login, expectNoAxeViolations }) => {
    await login('editor')
    await page.goto('/admin/organizations/new')
    const main = page.getByRole('main')
    await main.getByLabel(/^Acronym/).fill('GTK')
    await main.getByLabel(/^Description/).fill('Written before the name was known')
    await main.getByRole('button', { name: 'Create draft' }).click()

    const summary = page.getByRole('alert').filter({ hasText: "Enter the organization's name" })
    await expect(summary).toBeVisible()
    // Name, slug, type and country: one link per missing field.
    await expect(summary.getByRole('link')).toHaveCount(4)
    await expect(main.getByLabel(/^Name/)).toHaveAttribute('aria-invalid', 'true')
    await expect(page.locator('#slug-error')).toContainText('Enter a slug')
    await expect(page.locator('#kind-error')).toContainText('Choose the type of organization')
    await expect(page.locator('#country-error')).toContainText('Choose the country')
    await expect(main.getByLabel(/^Acronym/)).toHaveValue('GTK')
    await expect(main.getByLabel(/^Description/)).toHaveValue('Written before the name was known')
    await expect(page).toHaveURL(/\/admin\/organizations\/new$/)
    await expectNoAxeViolations()
  })

  test('an editor creates a draft, publishes it and sees it on the public site', async ({
    page,
    login,
    expectNoAxeViolations,
  }) => {
    const id = randomUUID().slice(0, 8)
    const name = `Geological Survey of Finland ${id}`
    const slug = `gtk-${id}`
    const description = 'The national geological survey of Finland.\n\nIt maps the bedrock of the Arctic with us.'
    await login('editor')
    await page.goto('/admin/organizations/new')
    const main = page.getByRole('main')

    await main.getByLabel(/^Name/).fill(name)
    await main.getByLabel(/^Acronym/).fill('GTK')
    await main.getByLabel(/^Slug/).fill(slug)
    await main.getByLabel(/^Type of organization/).selectOption({ label: 'Geological survey' })
    await main.getByLabel(/^Country/).selectOption({ label: 'Finland' })
    await main.getByLabel(/^Website/).fill('https://www.gtk.fi')
    await main.getByLabel(/^Description/).fill(description)
    await main.getByRole('button', { name: 'Create draft' }).click()

    // The new organization's edit page, at its id.
    await expect(page).toHaveURL(/\/admin\/organizations\/(?!new$)[^/?#]+(\?.*)?$/)
    await expect(page.getByText(/\bDraft created\b|\bsaved\b/i).first()).toBeVisible()
    await expect(main.getByLabel(/^Name/)).toHaveValue(name)
    await expect(main.getByLabel(/^Type of organization/)).toHaveValue('GEOLOGICAL_SURVEY')
    await expect(main.getByLabel(/^Country/)).toHaveValue('FI')
    await expectNoAxeViolations()

    // Not public while it is a draft.
    const anonymous = await page.context().browser()!.newPage()
    expect((await anonymous.goto(`/organizations/${slug}`))?.status()).toBe(404)

    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    await expect(page.getByRole('button', { name: 'Unpublish' })).toBeVisible()
    await expect(page.getByText(/\bpublished\b/i).first()).toBeVisible()

    expect((await anonymous.goto(`/organizations/${slug}`))?.status()).toBe(200)
    await expect(anonymous.getByRole('heading', { level: 1, name: new RegExp(name) })).toBeVisible()
    const publicMain = anonymous.getByRole('main')
    await expect(publicMain.getByText('It maps the bedrock of the Arctic with us.')).toBeVisible()
    await expect(publicMain.getByText('Geological survey', { exact: true })).toBeVisible()
    await expect(publicMain.getByRole('link', { name: 'Finland', exact: true })).toBeVisible()

    await anonymous.goto('/organizations?country=FI&kind=GEOLOGICAL_SURVEY')
    await expect(anonymous.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible()
    await anonymous.close()

    // Leave the demo content as it was for the public-page tests.
    await page.getByRole('button', { name: /^Move to trash/ }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
    await expect(page).toHaveURL(/\/admin\/organizations(\?|$)/)
  })
})

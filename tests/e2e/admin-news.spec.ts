import { randomUUID } from 'node:crypto'
import { expect, test } from './fixtures'

test.describe('editing news', () => {
  test('an editor creates a draft, publishes it, sees it public, unpublishes and deletes it', async ({ page, login }) => {
    const id = randomUUID().slice(0, 8)
    const title = `Workshop on geochemical mapping ${id}`
    await login('editor')
    await page.getByRole('navigation', { name: /admin/i }).getByRole('link', { name: 'News' }).click()
    await page.getByRole('link', { name: 'New article' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'New article' })).toBeVisible()

    await page.getByLabel('Title').fill(title)
    await page.getByLabel('Slug').fill(`workshop-${id}`)
    await page.getByLabel('Summary').fill('Twenty participants from ten countries.')
    await page.getByLabel(/^Text\b/).fill('The workshop covered sampling.\n\nIt ended with a field visit.')
    await page.getByLabel('Tags').fill('Geochemistry, Training')
    await expect(page.getByLabel('Title')).toHaveValue(title)
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expect(page.getByText('Draft saved. Publish it when it is ready.')).toBeVisible()

    // Not public while it is a draft.
    const anonymous = await page.context().browser()!.newPage()
    expect((await anonymous.goto(`/news/workshop-${id}`))?.status()).toBe(404)

    await page.getByRole('button', { name: 'Publish' }).click()
    await expect(page.getByText('Article published')).toBeVisible()

    await anonymous.goto('/news')
    await anonymous.getByRole('link', { name: title }).click()
    await expect(anonymous.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(anonymous.getByText('It ended with a field visit.')).toBeVisible()

    await page.getByRole('button', { name: 'Unpublish' }).click()
    await expect(page.getByText('Article unpublished')).toBeVisible()
    expect((await anonymous.goto(`/news/workshop-${id}`))?.status()).toBe(404)

    await page.getByRole('button', { name: 'Delete' }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog).toContainText(title)
    await dialog.getByRole('button', { name: 'Delete' }).click()
    await expect(page.getByText('Article deleted.')).toBeVisible()
    await expect(page.getByRole('link', { name: title })).toHaveCount(0)
    await anonymous.close()
  })

  test('invalid input shows every error and keeps what the editor typed', async ({ page, login, expectNoAxeViolations }) => {
    await login('editor')
    await page.goto('/admin/news/new')
    await page.getByLabel('Title').fill('A')
    await page.getByLabel('Slug').fill('Not a slug!')
    await page.getByLabel('Summary').fill('My carefully written summary')
    await page.getByRole('button', { name: 'Save draft' }).click()

    const summary = page.getByRole('alert').filter({ hasText: 'Please correct the highlighted fields.' })
    await expect(summary).toBeVisible()
    await expect(summary.getByRole('link')).toHaveCount(3)
    await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.locator('#body-error')).toContainText('Write the article text')
    await expect(page.getByLabel('Title')).toHaveValue('A')
    await expect(page.getByLabel('Slug')).toHaveValue('Not a slug!')
    await expect(page.getByLabel('Summary')).toHaveValue('My carefully written summary')
    await expectNoAxeViolations()
  })

  test('a slug already in use is reported on the slug field', async ({ page, login }) => {
    await login('editor')
    await page.goto('/news')
    const href = await page.getByRole('main').getByRole('article').first().getByRole('link').getAttribute('href')
    const takenSlug = href!.split('/').pop()!
    await page.goto('/admin/news/new')
    await page.getByLabel('Title').fill('Duplicate slug check')
    await page.getByLabel('Slug').fill(takenSlug)
    await page.getByLabel(/^Text\b/).fill('Body')
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expect(page.getByText('Another article already uses this slug.').first()).toBeVisible()
    await expect(page.getByLabel('Title')).toHaveValue('Duplicate slug check')
  })

  test('the admin news pages have no accessibility violations', async ({ page, login, expectNoAxeViolations }) => {
    await login('editor')
    for (const path of ['/admin', '/admin/news', '/admin/news/new']) {
      await page.goto(path)
      await expectNoAxeViolations()
    }
    await page.goto('/admin/news')
    await page.getByRole('table').getByRole('link').first().click()
    await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible()
    await expectNoAxeViolations()
  })
})

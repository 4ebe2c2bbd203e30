import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import { demoUsers, expect, test } from './fixtures'

async function signIn(page: Page, role: keyof typeof demoUsers) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(demoUsers[role].email)
  await page.getByLabel('Password').fill(demoUsers[role].password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).not.toHaveURL(/\/login/)
}

test.describe('editorial workflow for news', () => {
  test('a contributor submits, an editor reviews and publishes, and the public page changes', async ({ browser }) => {
    const id = randomUUID().slice(0, 8)
    const title = `Workshop on geochemical mapping ${id}`
    const slug = `workshop-${id}`

    // The contributor writes a draft and submits it.
    const contributorContext = await browser.newContext()
    const contributor = await contributorContext.newPage()
    await signIn(contributor, 'contributor')
    await contributor.getByRole('navigation', { name: /admin/i }).getByRole('link', { name: 'News' }).click()
    // Wait for the list: the dashboard, hidden but kept for the back button, has links too.
    await expect(contributor.getByRole('heading', { level: 1, name: 'News' })).toBeVisible()
    await contributor.getByRole('link', { name: 'New article' }).click()
    await contributor.getByLabel('Title').fill(title)
    await contributor.getByLabel('Slug').fill(slug)
    await contributor.getByLabel('Summary').fill('Twenty participants from ten countries.')
    await contributor.getByLabel(/^Text\b/).fill('The workshop covered sampling.\n\nIt ended with a field visit.')
    await contributor.getByRole('button', { name: 'Create draft' }).click()
    await expect(contributor.getByText('Draft created.')).toBeVisible()
    // A contributor is offered no publishing.
    await expect(contributor.getByRole('button', { name: 'Publish' })).toHaveCount(0)
    await contributor.getByRole('button', { name: 'Submit for review' }).click()
    await expect(contributor.getByText('Submitted for review.')).toBeVisible()
    const itemUrl = contributor.url().replace(/\?.*$/, '')

    const anonymous = await browser.newPage()
    expect((await anonymous.goto(`/news/${slug}`))?.status()).toBe(404)

    // The editor finds it in review on the dashboard and publishes it.
    const editorContext = await browser.newContext()
    const editor = await editorContext.newPage()
    await signIn(editor, 'editor')
    const inReview = editor.getByRole('region', { name: 'In review' })
    await inReview.getByRole('link', { name: title }).click()
    await expect(editor.getByText('In review', { exact: true })).toBeVisible()
    await editor.getByRole('button', { name: 'Publish' }).click()
    await expect(editor.getByText('Published. The public page shows this version now.')).toBeVisible()

    await anonymous.goto('/news')
    await anonymous.getByRole('link', { name: title }).click()
    await expect(anonymous.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(anonymous.getByText('It ended with a field visit.')).toBeVisible()

    // A later edit by the contributor waits as unpublished changes.
    await contributor.goto(itemUrl)
    await contributor.getByLabel('Title').fill(`${title} (updated)`)
    await contributor.getByRole('button', { name: 'Save draft of changes' }).click()
    await expect(contributor.getByText('Changes saved.')).toBeVisible()
    await expect(contributor.getByText('Unpublished changes', { exact: true })).toBeVisible()
    await anonymous.reload()
    await expect(anonymous.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible()

    // The editor publishes the changes; the public page follows.
    await editor.goto(itemUrl)
    await editor.getByRole('button', { name: 'Publish changes' }).click()
    await expect(editor.getByText('Published. The public page shows this version now.')).toBeVisible()
    await anonymous.reload()
    await expect(anonymous.getByRole('heading', { level: 1, name: `${title} (updated)` })).toBeVisible()

    // History shows who changed what.
    await editor.getByRole('link', { name: /See every change/ }).click()
    await expect(editor.getByRole('table')).toContainText('Submitted for review')
    await editor.getByRole('link', { name: 'Version 4' }).click()
    await expect(editor.getByRole('row', { name: /Title/ })).toContainText(`${title} (updated)`)

    await Promise.all([contributorContext.close(), editorContext.close(), anonymous.close()])
  })

  test('an editor moves an article to the trash and restores it', async ({ page, login }) => {
    const id = randomUUID().slice(0, 8)
    const title = `Trash check ${id}`
    await login('editor')
    await page.goto('/admin/news/new')
    await page.getByLabel('Title').fill(title)
    await page.getByLabel('Slug').fill(`trash-check-${id}`)
    await page.getByRole('button', { name: 'Create draft' }).click()
    await expect(page.getByText('Draft created.')).toBeVisible()

    await page.getByRole('button', { name: 'Move to trash' }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog).toContainText(title)
    await dialog.getByRole('button', { name: /Move to trash|Delete/ }).click()
    await expect(page.getByText('Moved to the trash.')).toBeVisible()
    await expect(page.getByRole('link', { name: title })).toHaveCount(0)

    await page.goto('/admin/trash')
    const row = page.getByRole('row', { name: new RegExp(title) })
    await row.getByRole('button', { name: /Restore/ }).click()
    await expect(page.getByText('Restored from the trash.', { exact: true })).toBeVisible()
    await expect(page.getByLabel('Title')).toHaveValue(title)
  })

  test('invalid input shows every error and keeps what the editor typed', async ({ page, login, expectNoAxeViolations }) => {
    await login('editor')
    await page.goto('/admin/news/new')
    await page.getByLabel('Title').fill('A')
    await page.getByLabel('Slug').fill('Not a slug!')
    await page.getByLabel('Summary').fill('My carefully written summary')
    await page.getByRole('button', { name: 'Create draft' }).click()

    const summary = page.getByRole('alert').filter({ hasText: 'Please correct the highlighted fields.' })
    await expect(summary).toBeVisible()
    await expect(summary.getByRole('link')).toHaveCount(2)
    await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Title')).toHaveValue('A')
    await expect(page.getByLabel('Slug')).toHaveValue('Not a slug!')
    await expect(page.getByLabel('Summary')).toHaveValue('My carefully written summary')
    await expectNoAxeViolations()
  })

  test('publishing an incomplete draft lists what is missing', async ({ page, login }) => {
    const id = randomUUID().slice(0, 8)
    await login('editor')
    await page.goto('/admin/news/new')
    await page.getByLabel('Title').fill(`Incomplete ${id}`)
    await page.getByLabel('Slug').fill(`incomplete-${id}`)
    await page.getByRole('button', { name: 'Create draft' }).click()
    await page.getByRole('button', { name: 'Publish' }).click()
    const problems = page.getByRole('alert').filter({ hasText: 'cannot be published yet' })
    await expect(problems).toContainText('Write the article text before publishing')
    await expect(problems.getByRole('link', { name: 'Summary' })).toBeVisible()
  })

  test('a slug already in use is reported on the slug field', async ({ page, login }) => {
    await login('editor')
    await page.goto('/news')
    const href = await page.getByRole('main').getByRole('article').first().getByRole('link').getAttribute('href')
    const takenSlug = href!.split('/').pop()!
    await page.goto('/admin/news/new')
    await page.getByLabel('Title').fill('Duplicate slug check')
    await page.getByLabel('Slug').fill(takenSlug)
    await page.getByRole('button', { name: 'Create draft' }).click()
    await expect(page.getByText('Another article already uses this slug.').first()).toBeVisible()
    await expect(page.getByLabel('Title')).toHaveValue('Duplicate slug check')
  })

  test('leaving an edited form asks for confirmation', async ({ page, login }) => {
    await login('editor')
    await page.goto('/admin/news/new')
    await page.getByLabel('Title').fill('Unsaved work')
    let asked = ''
    page.once('dialog', async (dialog) => {
      asked = dialog.message()
      await dialog.dismiss()
    })
    await page.getByRole('navigation', { name: /admin/i }).getByRole('link', { name: 'Dashboard' }).click()
    expect(asked).toContain('unsaved changes')
    await expect(page).toHaveURL(/\/admin\/news\/new$/)
    await expect(page.getByLabel('Title')).toHaveValue('Unsaved work')
  })

  test('the admin pages have no accessibility violations', async ({ page, login, expectNoAxeViolations }) => {
    await login('admin')
    for (const path of ['/admin', '/admin/news', '/admin/news/new', '/admin/trash', '/admin/scheduled']) {
      await page.goto(path)
      await expectNoAxeViolations()
    }
    await page.goto('/admin/news')
    await page.getByRole('table').getByRole('link').first().click()
    await expect(page.getByRole('button', { name: /Save draft/ })).toBeVisible()
    await expectNoAxeViolations()
    await page.getByRole('link', { name: /See every change/ }).click()
    await expectNoAxeViolations()
  })
})

import type { Browser, Page } from '@playwright/test'
import { demoUsers, expect, test } from './fixtures'

async function editorPage(browser: Browser, role: 'editor' | 'admin'): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/login')
  await page.getByLabel('Email').fill(demoUsers[role].email)
  await page.getByLabel('Password').fill(demoUsers[role].password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).not.toHaveURL(/\/login/)
  return page
}

test('two people edit the same MOU: the second sees the conflict and keeps their input', async ({ browser }) => {
  const first = await editorPage(browser, 'editor')
  const second = await editorPage(browser, 'admin')

  // Both open the same MOU.
  await first.goto('/admin/mous')
  await first.getByRole('table').getByRole('link').first().click()
  await expect(first.getByLabel('Subject')).not.toHaveValue('')
  const url = first.url()
  await second.goto(url)
  const original = await second.getByLabel('Subject').inputValue()

  // The first saves a new subject.
  const theirs = `${original} (amended)`
  await first.getByLabel('Subject').fill(theirs)
  await first.getByRole('button', { name: /^Save draft/ }).click()
  await expect(first.getByText('Changes saved.')).toBeVisible()

  // The second, still on the old version, saves a different edit.
  const mine = 'My summary of the renewed cooperation, written carefully.'
  await second.getByLabel('Summary').fill(mine)
  await second.getByRole('button', { name: /^Save draft/ }).click()

  await expect(second.getByText(/Someone else saved this MOU after you opened it/)).toBeVisible()
  const changes = second.getByRole('region', { name: /What .* changed/ })
  await expect(changes).toContainText('Eddie Editor')
  await expect(changes).toContainText('Subject')
  await expect(changes).toContainText(theirs)
  // Nothing the second person typed is lost.
  await expect(second.getByLabel('Summary')).toHaveValue(mine)
  await expect(second.getByLabel('Subject')).toHaveValue(original)

  // The first person's save stands.
  await first.reload()
  await expect(first.getByLabel('Subject')).toHaveValue(theirs)
  await Promise.all([first.context().close(), second.context().close()])
})

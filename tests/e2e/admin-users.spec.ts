import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** A name and address no other test (or earlier run against the same database) uses. */
function newPerson() {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  return { name: `Invitee ${id}`, email: `invitee-${id}@test.example` }
}

/** Invites a user as the signed-in administrator and returns the path of the invitation link shown once. */
async function inviteUser(page: Page, person: { name: string; email: string }) {
  await page.goto('/admin/users')
  await page.getByRole('link', { name: 'Invite user' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Invite user' })).toBeVisible()
  await page.getByLabel(/^Name/).fill(person.name)
  await page.getByLabel(/^E-mail address/).fill(person.email)
  await page.getByLabel('Editor', { exact: true }).check()
  await page.getByRole('button', { name: 'Invite user' }).click()
  await expect(page.getByRole('heading', { name: `${person.name} has been invited` })).toBeVisible()
  const link = await page.getByLabel(`Invitation link for ${person.email}`).inputValue()
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/)
  // The link is built from SITE_URL; the test server may listen elsewhere.
  return new URL(link).pathname
}

test.describe('user administration', () => {
  test('an invited user sets a password, signs in, and is signed out once deactivated', async ({ page, login, browser }) => {
    const person = newPerson()
    await login('admin')
    const invitationPath = await inviteUser(page, person)

    // The invitee opens the link in a browser of their own.
    const inviteeContext = await browser.newContext()
    const invitee = await inviteeContext.newPage()
    try {
      await invitee.goto(invitationPath)
      await expect(invitee.getByRole('heading', { level: 1, name: 'Choose your password' })).toBeVisible()
      await invitee.getByLabel(/^New password/).fill('granite basalt schist')
      await invitee.getByLabel(/^Confirm new password/).fill('granite basalt schist')
      await invitee.getByRole('button', { name: 'Set password' }).click()
      await expect(invitee.getByRole('heading', { level: 1, name: 'Your password is set' })).toBeVisible()

      // The link works once.
      await invitee.goto(invitationPath)
      await expect(invitee.getByRole('heading', { level: 1, name: 'This invitation link cannot be used' })).toBeVisible()

      await invitee.goto('/login')
      await invitee.getByLabel('Email', { exact: true }).fill(person.email)
      await invitee.getByLabel('Password', { exact: true }).fill('granite basalt schist')
      await invitee.getByRole('button', { name: 'Sign in' }).click()
      await expect(invitee).toHaveURL(/\/admin$/)

      // The administrator deactivates the new user from their page.
      await page.goto('/admin/users')
      await page.getByRole('searchbox', { name: 'Search name or e-mail' }).fill(person.email)
      await page.getByRole('button', { name: 'Filter' }).click()
      await page.getByRole('link', { name: person.name }).click()
      await expect(page.getByRole('heading', { level: 1, name: person.name })).toBeVisible()
      await page.getByRole('button', { name: 'Deactivate' }).click()
      const dialog = page.getByRole('dialog', { name: `Deactivate ${person.name}?` })
      await expect(dialog).toBeVisible()
      await dialog.getByRole('button', { name: 'Deactivate' }).click()
      await expect(page.getByText('User deactivated.')).toBeVisible()

      // The invitee's session ends with their next navigation.
      await invitee.goto('/admin')
      await expect(invitee).toHaveURL(/\/login/)
    } finally {
      await inviteeContext.close()
    }

    await page.goto('/admin/audit?action=LOGIN_SUCCEEDED')
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible()
    await expect(
      page.getByRole('row').filter({ hasText: person.email }).filter({ hasText: 'Signed in' }).first(),
    ).toBeVisible()
  })

  test('an editor cannot open the user list or the audit log', async ({ page, login }) => {
    await login('editor')
    for (const path of ['/admin/users', '/admin/audit']) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1, name: 'This action could not be completed' })).toBeVisible()
    }
  })

  test('the users list, a user page, the invitation page and the audit log have no accessibility violations', async ({
    page,
    login,
    expectNoAxeViolations,
  }) => {
    const person = newPerson()
    await login('admin')
    await page.goto('/admin/users')
    await expectNoAxeViolations()

    await page.goto('/admin/users/new')
    await page.getByRole('button', { name: 'Invite user' }).click()
    await expect(page.getByRole('alert', { name: /Please correct/ })).toBeVisible()
    await expectNoAxeViolations()

    const invitationPath = await inviteUser(page, person)
    await expectNoAxeViolations()

    await page.getByRole('link', { name: `Go to ${person.name}’s page` }).click()
    await expect(page.getByRole('heading', { level: 1, name: person.name })).toBeVisible()
    await expectNoAxeViolations()

    await page.goto(invitationPath)
    await expect(page.getByRole('heading', { level: 1, name: 'Choose your password' })).toBeVisible()
    await expectNoAxeViolations()

    await page.goto('/admin/audit')
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible()
    await expectNoAxeViolations()
  })
})

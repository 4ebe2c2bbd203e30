import { expect, test } from './fixtures'

test.describe('admin access', () => {
  test('an anonymous visitor is sent from /admin to the login page and back after signing in', async ({ page }) => {
    await page.goto('/admin/news')
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fnews/)
    await expect(page.getByRole('heading', { name: 'Staff sign in' })).toBeVisible()
    await page.getByLabel('Email').fill('editor@geocoop.example')
    await page.getByLabel('Password').fill('geocoop-editor-demo')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/admin\/news$/)
    await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible()
  })

  test('a wrong password is refused with a message and the email kept', async ({ page }) => {
    await page.goto('/login')
    await page.getByLabel('Email').fill('editor@geocoop.example')
    await page.getByLabel('Password').fill('not the password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('The email or password is incorrect.')
    await expect(page.getByLabel('Email')).toHaveValue('editor@geocoop.example')
    await expect(page).toHaveURL(/\/login/)
  })

  test('after five failed attempts on an address the form asks to wait, for unknown addresses too', async ({ page }) => {
    // An address no account has: it is throttled exactly like a real one.
    const email = `nobody-${Date.now()}@geocoop.example`
    await page.goto('/login')
    const alert = page.getByRole('alert', { name: 'There is a problem' })
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel('Email').fill(email)
      await page.getByLabel('Password').fill(`guess number ${attempt}`)
      await page.getByRole('button', { name: 'Sign in' }).click()
      // The answer has arrived when the form comes back with the password cleared.
      await expect(page.getByLabel('Password')).toHaveValue('')
      await expect(alert).toContainText('The email or password is incorrect.')
    }
    await page.getByLabel('Password').fill('guess number 6')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(alert).toContainText('Too many attempts. Try again in a few minutes.')
    await expect(page.getByLabel('Email')).toHaveValue(email)
  })

  test('signing out ends the session on the server: the old cookie no longer opens the admin', async ({ page, login }) => {
    await login('editor')
    const cookies = await page.context().cookies()
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/login/)
    // Put the signed-out cookie back, as someone who copied it would.
    await page.context().addCookies(cookies)
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/login/)
  })

  test('a login link cannot send the user to another site', async ({ page, login }) => {
    await page.goto('/login?callbackUrl=https%3A%2F%2Fevil.example%2F')
    await login('editor', { fromCurrentPage: true })
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/admin$/)
  })

  test('signing out ends access to the admin', async ({ page, login }) => {
    await login('editor')
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/login/)
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/login/)
  })

  test('the login page has no accessibility violations', async ({ page, expectNoAxeViolations }) => {
    await page.goto('/login')
    await expectNoAxeViolations()
  })
})

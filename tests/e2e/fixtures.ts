import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

/** The accounts that prisma/seed.ts creates. */
export const demoUsers = {
  admin: { email: 'admin@geocoop.example', password: 'geocoop-admin-demo' },
  editor: { email: 'editor@geocoop.example', password: 'geocoop-editor-demo' },
  contributor: { email: 'contributor@geocoop.example', password: 'geocoop-contributor-demo' },
} as const

export type DemoRole = keyof typeof demoUsers

/**
 * Fails with one readable line per violated rule (and the elements concerned)
 * when axe-core finds WCAG 2.0/2.1 level A or AA problems on the current page.
 */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const report = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown impact'}): ${v.help} [${v.helpUrl}]\n` +
      v.nodes.map((node) => `    at ${node.target.join(' ')}`).join('\n'),
  )
  expect(report, `Accessibility violations on ${page.url()}`).toEqual([])
}

type Fixtures = {
  /**
   * Signs in through the real login form and waits until the app has left
   * /login. It opens /login first unless `fromCurrentPage` is set (to keep a
   * callbackUrl already in the address).
   */
  login: (role: DemoRole, options?: { fromCurrentPage?: boolean }) => Promise<void>
  /** `expectNoAxeViolations` bound to the test's page. */
  expectNoAxeViolations: () => Promise<void>
}

// Playwright names the second argument `use`; it is called `provide` here so
// that React's rules of hooks do not mistake it for React's `use`.
export const test = base.extend<Fixtures>({
  login: async ({ page }, provide) => {
    await provide(async (role, options = {}) => {
      const { email, password } = demoUsers[role]
      if (!options.fromCurrentPage) await page.goto('/login')
      await page.getByLabel('Email', { exact: true }).fill(email)
      await page.getByLabel('Password', { exact: true }).fill(password)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(page, `signing in as ${role} (${email}) did not leave the login page`).not.toHaveURL(
        /\/login(\?|$)/,
      )
    })
  },
  expectNoAxeViolations: async ({ page }, provide) => {
    await provide(() => expectNoAxeViolations(page))
  },
})

export { expect }

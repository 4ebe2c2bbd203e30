import AxeBuilder from '@axe-core/playwright'
import { test as base, expect } from '@playwright/test'

export const demoUsers = {
  admin: { email: 'admin@geocoop.example', password: 'geocoop-admin-demo' },
  editor: { email: 'editor@geocoop.example', password: 'geocoop-editor-demo' },
} as const

type Fixtures = {
  /** Signs in through the real login form; by default it opens /login first. */
  login: (role: keyof typeof demoUsers, options?: { fromCurrentPage?: boolean }) => Promise<void>
  /** Fails with a readable list when axe-core finds WCAG 2.1 A/AA violations on the current page. */
  expectNoAxeViolations: () => Promise<void>
}

export const test = base.extend<Fixtures>({
  login: async ({ page }, use) => {
    await use(async (role, options = {}) => {
      const user = demoUsers[role]
      if (!options.fromCurrentPage) await page.goto('/login')
      await page.getByLabel('Email').fill(user.email)
      await page.getByLabel('Password').fill(user.password)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(page).toHaveURL(/\/admin/)
    })
  },
  expectNoAxeViolations: async ({ page }, use) => {
    await use(async () => {
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      const report = violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`,
      )
      expect(report, `Accessibility violations on ${page.url()}`).toEqual([])
    })
  },
})

export { expect }

import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Relies on the demo content: the IGDP project (content/projects.ts) with its
// Chinese and Japanese translations (content/translations/), and the
// International Association of Hydrogeologists, whose description has no
// Chinese translation.
const igdp = {
  path: '/projects/igdp-phase-3',
  en: 'Integrated Geoscience Data Processing Project',
  zh: '综合地学数据处理项目',
  ja: '統合地球科学データ処理プロジェクト',
}

/** The `<link rel="alternate" hreflang>` elements of the page, as [hreflang, path] pairs. */
async function languageAlternates(page: Page) {
  return page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]))
}

const igdpAlternates = [
  ['en', igdp.path],
  ['zh-Hans', `/zh${igdp.path}`],
  ['ja', `/ja${igdp.path}`],
  ['x-default', igdp.path],
]

test.describe('languages', () => {
  test('a reader switches a project page to Chinese, then Japanese, then back to English', async ({ page }) => {
    await page.goto(igdp.path)
    const html = page.locator('html')
    const title = page.getByRole('heading', { level: 1 })
    await expect(html).toHaveAttribute('lang', 'en')
    await expect(title).toContainText(igdp.en)
    expect(await languageAlternates(page)).toEqual(igdpAlternates)
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${igdp.path}$`))

    const switcher = page.getByRole('banner').getByRole('navigation', { name: 'Language' })
    await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true')
    await switcher.getByRole('link', { name: '简体中文' }).click()

    await expect(page).toHaveURL(`/zh${igdp.path}`)
    await expect(html).toHaveAttribute('lang', 'zh-Hans')
    await expect(title).toContainText(igdp.zh)
    await expect(page.getByRole('banner').getByRole('link', { name: '项目', exact: true }).first()).toHaveAttribute('href', '/zh/projects')
    expect(await languageAlternates(page)).toEqual(igdpAlternates)
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/zh${igdp.path}$`))

    const zhSwitcher = page.getByRole('banner').getByRole('navigation', { name: '语言' })
    await expect(zhSwitcher.getByRole('link', { name: '简体中文' })).toHaveAttribute('aria-current', 'true')
    await zhSwitcher.getByRole('link', { name: '日本語' }).click()

    await expect(page).toHaveURL(`/ja${igdp.path}`)
    await expect(html).toHaveAttribute('lang', 'ja')
    await expect(title).toContainText(igdp.ja)
    expect(await languageAlternates(page)).toEqual(igdpAlternates)

    await page.getByRole('banner').getByRole('navigation', { name: '言語' }).getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(igdp.path)
    await expect(html).toHaveAttribute('lang', 'en')
    await expect(title).toContainText(igdp.en)
  })

  test('switching language on a filtered list keeps the filters', async ({ page }) => {
    await page.goto('/projects?scope=MULTILATERAL')
    const japanese = page.getByRole('banner').getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' })
    // The prerendered list is the same for every query, so the links take the
    // query from the address bar once the page runs in the browser.
    await expect(japanese).toHaveAttribute('href', '/ja/projects?scope=MULTILATERAL')
    await japanese.click()
    await expect(page).toHaveURL('/ja/projects?scope=MULTILATERAL')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
    await expect(page.getByRole('main').getByRole('link', { name: igdp.ja })).toBeVisible()
  })

  test('an English address typed with /en goes to its one public form', async ({ page }) => {
    await page.goto(`/en${igdp.path}`)
    await expect(page).toHaveURL(igdp.path)
  })

  test('a field without a Chinese translation is shown in English with a note linking the English page', async ({
    page,
  }) => {
    await page.goto('/zh/organizations/iah')
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('国际水文地质学家协会')
    const note = page.getByRole('main').getByText('本页部分内容尚未翻译成中文，以英文显示。')
    await expect(note).toBeVisible()
    await page.getByRole('main').getByRole('link', { name: 'English version' }).click()
    await expect(page).toHaveURL('/organizations/iah')
    await expect(page.getByRole('main').getByText('本页部分内容尚未翻译成中文')).toHaveCount(0)
  })

  test('search finds content by its Chinese title and links to the Chinese page', async ({ page }) => {
    await page.goto(`/zh/search?q=${encodeURIComponent('综合地学数据')}`)
    const result = page.getByRole('main').getByRole('link', { name: igdp.zh })
    await expect(result).toBeVisible()
    await expect(result).toHaveAttribute('href', `/zh${igdp.path}`)
  })

  test('an unknown project in Chinese answers 404 with the Chinese not-found page', async ({ page }) => {
    const response = await page.goto('/zh/projects/no-such-project')
    expect(response?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
    await expect(page.getByRole('heading', { level: 1, name: '未找到页面' })).toBeVisible()
  })

  test('an address no page answers gets the complete not-found page, in any language', async ({ request }) => {
    for (const path of ['/no-such-page', '/zh/no-such-page']) {
      const response = await request.get(path)
      expect(response.status()).toBe(404)
      // The heading is in the served HTML itself, not only in data for the browser to render.
      expect(await response.text()).toMatch(/<h1[^>]*>Page not found<\/h1>/)
    }
  })

  test('an editor translates a field and the Chinese page shows it', async ({ page, login }) => {
    await login('editor')
    await page.goto(`/admin/organizations?q=${encodeURIComponent('United States Geological Survey')}`)
    await page.getByRole('main').getByRole('link', { name: 'United States Geological Survey' }).first().click()
    await page.getByRole('link', { name: /简体中文/ }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Translations')

    const description = `美国国家地质调查机构，负责全国地质、资源与灾害研究（${Date.now()}）。`
    const field = page.getByRole('group', { name: 'Description' })
    await field.getByLabel('Chinese (Simplified) translation').fill(description)
    await page.getByRole('button', { name: /Save Chinese \(Simplified\) translation/ }).click()
    await expect(page.getByText('Translations saved.')).toBeVisible()
    await expect(page.getByRole('group', { name: 'Description' }).getByText('Translated')).toBeVisible()

    await page.goto('/zh/organizations/usgs')
    await expect(page.getByRole('main').getByText(description)).toBeVisible()
    await page.goto('/organizations/usgs')
    await expect(page.getByRole('main').getByText(description)).toHaveCount(0)
  })

  test('Chinese and Japanese pages have no accessibility violations', async ({ page, expectNoAxeViolations }) => {
    for (const path of ['/zh', `/zh${igdp.path}`, '/zh/organizations/iah', '/ja/projects', '/ja/mous', `/ja/search?q=${encodeURIComponent('地質')}`]) {
      await page.goto(path)
      await expectNoAxeViolations()
    }
  })
})

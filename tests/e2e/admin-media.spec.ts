import { randomUUID } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { expect, test } from './fixtures'

let tempDir: string
let pngPath: string

test.beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'geocoop-e2e-media-'))
  pngPath = path.join(tempDir, 'field-trip.png')
  const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 30, g: 120, b: 90 } } })
    .png()
    .toBuffer()
  await writeFile(pngPath, png)
})

test.afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true })
})

test.describe('media library', () => {
  test('an editor uploads an image, finds it in the library and its thumbnail loads', async ({
    page,
    login,
    expectNoAxeViolations,
  }) => {
    const id = randomUUID().slice(0, 8)
    const title = `Field trip ${id}`
    const alt = `Students mapping an outcrop ${id}`
    await login('editor')
    await page.goto('/admin/media/new')
    await expect(page.getByRole('heading', { level: 1, name: 'Upload a file' })).toBeVisible()
    await expectNoAxeViolations()

    await page.getByLabel(/^File/).setInputFiles(pngPath)
    await page.getByLabel('Title').fill(title)
    await page.getByLabel(/^Description of the image/).fill(alt)
    await page.getByRole('button', { name: 'Upload' }).click()

    await expect(page.getByText('File uploaded.')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    // 800 pixels wide: copies at 320 and 640 only.
    await expect(page.getByLabel('320 pixels wide', { exact: true })).toHaveValue(/^\/media\/[A-Za-z0-9_-]{22}\/w320\.webp$/)
    await expect(page.getByLabel('640 pixels wide', { exact: true })).toHaveValue(/^\/media\/[A-Za-z0-9_-]{22}\/w640\.webp$/)
    await expect(page.getByLabel('1280 pixels wide', { exact: true })).toHaveCount(0)
    await expectNoAxeViolations()

    const thumbnailResponse = page.waitForResponse((response) => /\/media\/[A-Za-z0-9_-]{22}\/w320\.webp$/.test(response.url()))
    await page.goto(`/admin/media?q=${id}`)
    await expect(page.getByRole('link', { name: title })).toBeVisible()
    const thumbnail = page.getByRole('img', { name: alt })
    await expect(thumbnail).toBeVisible()
    const response = await thumbnailResponse
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('image/webp')
    expect(response.headers()['x-content-type-options']).toBe('nosniff')
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBe(320)
    await expectNoAxeViolations()
  })

  test('uploading an image without a description shows the error and keeps the title', async ({
    page,
    login,
    expectNoAxeViolations,
  }) => {
    await login('editor')
    await page.goto('/admin/media/new')
    await page.getByLabel(/^File/).setInputFiles(pngPath)
    await page.getByLabel('Title').fill('Picture without a description')
    await page.getByRole('button', { name: 'Upload' }).click()

    const summary = page.getByRole('alert').filter({ hasText: 'Please correct the highlighted fields.' })
    await expect(summary).toBeVisible()
    await expect(summary.getByRole('link', { name: /Describe the image for people who cannot see it/ })).toBeVisible()
    await expect(page.getByLabel(/^Description of the image/)).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Title')).toHaveValue('Picture without a description')
    await expect(page.getByText('Choose the file again')).toBeVisible()
    await expectNoAxeViolations()
  })
})

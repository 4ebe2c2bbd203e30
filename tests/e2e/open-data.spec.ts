import { expect, test } from './fixtures'

// Relies on the demo content that prisma/seed.ts loads from content/*.ts:
// the published project "igdp-phase-3" (Phase III, funded by China Geological
// Survey, CGS as lead and funder) and the published MOU
// "gsj-mmre-jogmec-2010" with Mongolia, whose counterparts are MMRE and
// JOGMEC in that order.

test.describe('open data', () => {
  test('the open data page documents the datasets, the licence and the date of the data', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await page.goto('/')
    await page.getByRole('contentinfo').getByRole('link', { name: 'Open data' }).click()
    await expect(page).toHaveURL(/\/data$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Open data' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' })).toBeVisible()

    const main = page.getByRole('main')
    await expect(main.getByText('Creative Commons Attribution 4.0 International (CC BY 4.0)')).toBeVisible()
    await expect(main.getByText(/^Data as of/).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/)
    for (const name of ['What is available', 'Licence', 'JSON API', 'CSV downloads', 'Datasets and fields']) {
      await expect(main.getByRole('heading', { level: 2, name })).toBeVisible()
    }
    await expect(main.getByRole('table', { name: 'Memoranda of understanding: fields of an API record' })).toBeVisible()
    await expect(main.getByRole('table', { name: 'Memoranda of understanding: columns of mous.csv' })).toBeVisible()
    await expect(main.getByRole('table', { name: 'News: fields of an API record' })).toBeVisible()
    await expect(main.getByRole('link', { name: 'Memoranda of understanding (CSV)' })).toHaveAttribute(
      'href',
      '/data/mous.csv',
    )

    await expectNoAxeViolations()
  })

  test('the open data page fits a 320 px wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto('/data')
    await expect(page.getByRole('heading', { level: 1, name: 'Open data' })).toBeVisible()
    // The tables scroll inside their own boxes; the page content itself must not be wider than the screen.
    const overflow = await page.getByRole('main').evaluate((main) => main.scrollWidth - main.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })

  test('the MOUs CSV downloads with a BOM, CRLF records and the counterparts joined', async ({ request }) => {
    const response = await request.get('/data/mous.csv')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8')
    expect(response.headers()['content-disposition']).toMatch(
      /^attachment; filename="geocoop-mous-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    const body = await response.body()
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = body.subarray(3).toString('utf8')
    expect(text.startsWith('Identifier,Country,Country code,Counterparts,Subject,')).toBe(true)
    expect(text).toContain('\r\n')
    expect(text).toContain(
      'gsj-mmre-jogmec-2010,Mongolia,MN,"Ministry of Mineral Resources and Energy of Mongolia (MMRE); Japan Oil, Gas and Metals National Corporation (JOGMEC)",',
    )
  })

  test('the project API returns IGDP phase III with its phase and funding source', async ({ request }) => {
    const response = await request.get('/api/v1/projects/igdp-phase-3')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/json; charset=utf-8')
    expect(response.headers()['access-control-allow-origin']).toBe('*')
    expect(response.headers()['cache-control']).toBe('public, max-age=300')
    const { data } = await response.json()
    expect(data).toMatchObject({
      slug: 'igdp-phase-3',
      acronym: 'IGDP',
      phase: 'Phase III',
      fundingSource: 'China Geological Survey',
      startDate: '2021-01-01',
      datePrecision: 'YEAR',
    })
    expect(data.partners).toContainEqual(expect.objectContaining({ slug: 'cgs', roles: ['LEAD', 'FUNDER'] }))
    expect(data).not.toHaveProperty('id')
    expect(data).not.toHaveProperty('version')
  })

  test('the API answers bad paging with 400 and unknown slugs with 404, both as JSON', async ({ request }) => {
    const bad = await request.get('/api/v1/projects?per_page=500')
    expect(bad.status()).toBe(400)
    expect(await bad.json()).toEqual({ error: { message: expect.any(String) } })

    const missing = await request.get('/api/v1/projects/no-such-project')
    expect(missing.status()).toBe(404)
    expect(await missing.json()).toEqual({ error: { message: expect.any(String) } })

    const list = await request.get('/api/v1/mous?per_page=2')
    expect(list.status()).toBe(200)
    const { data, meta, links } = await list.json()
    expect(data).toHaveLength(2)
    expect(meta).toMatchObject({ page: 1, perPage: 2 })
    expect(links.next).toMatch(/\/api\/v1\/mous\?page=2&per_page=2$/)
  })
})

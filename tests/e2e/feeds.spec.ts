import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Seeded demo content (content/news.ts, content/conferences.ts, content/trainings.ts).
const NEWEST_ARTICLE = {
  slug: 'icgg-geochemical-mapping-workshop-2023',
  title: 'ICGG geochemical mapping workshop brings together participants from 10 countries',
}
// Its apostrophe has to survive escaping.
const SECOND_ARTICLE = { slug: 'onegeology-world-geological-maps', title: "OneGeology: the world's geological maps in one place" }
const DRAFT_ARTICLE_TITLE = 'Six partner memoranda reach the end of their terms'
const CONFERENCE = { slug: 'salt-lake-research-conference-2014', name: '12th International Conference on Salt Lake Research' }
const TRAINING = { slug: 'icgg-geochemical-mapping-workshop-2023', title: '2023 ICGG International Workshop on Geochemical Mapping' }

/** Parses XML with the browser's strict parser; `error` is set when the document is not well-formed. */
async function parseFeed(page: Page, xml: string, itemTag: 'item' | 'entry') {
  return page.evaluate(
    ({ xml, itemTag }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml')
      const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null
      const items = Array.from(doc.getElementsByTagName(itemTag)).map((item) => ({
        title: item.getElementsByTagName('title')[0]?.textContent ?? '',
        id: item.getElementsByTagName(itemTag === 'item' ? 'guid' : 'id')[0]?.textContent ?? '',
      }))
      return { error, root: doc.documentElement.nodeName, items }
    },
    { xml, itemTag },
  )
}

test.describe('feeds and calendars', () => {
  test('the news page links to its feeds', async ({ page }) => {
    await page.goto('/news')
    await expect(page.getByRole('link', { name: 'Subscribe (RSS)' })).toHaveAttribute('href', '/news/rss.xml')
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      /\/news\/rss\.xml$/,
    )
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      /\/news\/atom\.xml$/,
    )
  })

  test('the RSS feed is XML with the published articles and without drafts', async ({ page, request }) => {
    const response = await request.get('/news/rss.xml')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8')
    const feed = await parseFeed(page, await response.text(), 'item')
    expect(feed.error).toBeNull()
    expect(feed.root).toBe('rss')
    const titles = feed.items.map((item) => item.title)
    expect(titles).toContain(NEWEST_ARTICLE.title)
    expect(titles).toContain(SECOND_ARTICLE.title)
    expect(titles).not.toContain(DRAFT_ARTICLE_TITLE)
    const newest = feed.items.find((item) => item.title === NEWEST_ARTICLE.title)
    expect(newest?.id).toMatch(new RegExp(`/news/${NEWEST_ARTICLE.slug}$`))
  })

  test('the Atom feed is XML with the published articles', async ({ page, request }) => {
    const response = await request.get('/news/atom.xml')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8')
    const feed = await parseFeed(page, await response.text(), 'entry')
    expect(feed.error).toBeNull()
    expect(feed.root).toBe('feed')
    expect(feed.items.map((item) => item.title)).toContain(SECOND_ARTICLE.title)
  })

  test("a conference's calendar file downloads from its page", async ({ page, expectNoAxeViolations }) => {
    await page.goto(`/conferences/${CONFERENCE.slug}`)
    await expect(page.getByRole('heading', { level: 1, name: CONFERENCE.name })).toBeVisible()
    await expectNoAxeViolations()
    const downloadPromise = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Add to calendar (.ics)' }).click()
    const download = await downloadPromise
    expect(download.suggestedFilename()).toBe(`${CONFERENCE.slug}.ics`)
    const text = await readFile(await download.path(), 'utf8')
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(text).toContain('\r\nBEGIN:VEVENT\r\n')
    expect(text).toContain(`\r\nSUMMARY:${CONFERENCE.name}\r\n`)
    // Known only to the year: the event spans all of 2014.
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20140101\r\n')
    expect(text).toContain('\r\nDTEND;VALUE=DATE:20150101\r\n')
  })

  test('calendar files are served as text/calendar, and missing events are not found', async ({ request }) => {
    const conference = await request.get(`/conferences/${CONFERENCE.slug}/calendar.ics`)
    expect(conference.status()).toBe(200)
    expect(conference.headers()['content-type']).toBe('text/calendar; charset=utf-8')
    expect(conference.headers()['content-disposition']).toBe(`attachment; filename="${CONFERENCE.slug}.ics"`)

    const training = await request.get(`/trainings/${TRAINING.slug}/calendar.ics`)
    expect(training.status()).toBe(200)
    expect(await training.text()).toContain(`\r\nSUMMARY:${TRAINING.title}\r\n`)

    expect((await request.get('/conferences/no-such-conference/calendar.ics')).status()).toBe(404)
    expect((await request.get('/trainings/no-such-training/calendar.ics')).status()).toBe(404)

    const events = await request.get('/events.ics')
    expect(events.status()).toBe(200)
    expect(events.headers()['content-type']).toBe('text/calendar; charset=utf-8')
    const text = await events.text()
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })

  test('the training page offers its calendar file', async ({ page }) => {
    await page.goto(`/trainings/${TRAINING.slug}`)
    await expect(page.getByRole('link', { name: 'Add to calendar (.ics)' })).toHaveAttribute(
      'href',
      `/trainings/${TRAINING.slug}/calendar.ics`,
    )
  })
})

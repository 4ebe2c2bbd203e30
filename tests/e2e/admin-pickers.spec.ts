import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import { Client } from 'pg'
import { PICKER_SEARCH_THRESHOLD, PICKER_SUGGESTION_COUNT } from '../../lib/editorial/picker-rules'
import { expect, test } from './fixtures'

// A relationship picker over more rows than a page should carry searches
// them on the server. More organizations than the threshold are written
// straight into the database, with a draft article and a draft training to
// link them to; all are removed afterwards, so the other specs keep the demo
// content's short lists.

/** A word in no other row, so searches find exactly these organizations. */
const word = `pickprobe${randomUUID().slice(0, 8)}`
const count = PICKER_SEARCH_THRESHOLD + 15
const names = Array.from({ length: count }, (_, i) => `Survey ${word} ${String(i).padStart(3, '0')}`)
const organizationIds = names.map((_, i) => `pick${word}${i}`)
const article = { id: `pick${word}news`, slug: `picker-probe-${word}`, title: `Picker probe article ${word}` }
const training = { id: `pick${word}training`, slug: `picker-probe-training-${word}`, title: `Picker probe workshop ${word}` }

function database() {
  const url = process.env.E2E_DATABASE_URL
  if (!url) throw new Error('E2E_DATABASE_URL is not set')
  return new Client({ connectionString: url })
}

test.beforeAll(async () => {
  const client = database()
  await client.connect()
  try {
    await client.query('BEGIN')
    for (const [i, name] of names.entries()) {
      await client.query(
        `INSERT INTO "Organization" ("id", "slug", "name", "kind", "country", "status", "updatedAt")
         VALUES ($1, $2, $3, 'GEOLOGICAL_SURVEY', 'PE', 'DRAFT', now())`,
        [organizationIds[i], `${word}-${i}`, name],
      )
    }
    await client.query(
      `INSERT INTO "NewsArticle" ("id", "slug", "title", "summary", "body", "tags", "status", "updatedAt")
       VALUES ($1, $2, $3, 'A summary.', 'A body.', '{}', 'DRAFT', now())`,
      [article.id, article.slug, article.title],
    )
    await client.query(
      `INSERT INTO "Training" ("id", "slug", "title", "startDate", "location", "topics", "status", "updatedAt")
       VALUES ($1, $2, $3, '2024-05-06', 'Lima', '{}', 'DRAFT', now())`,
      [training.id, training.slug, training.title],
    )
    await client.query('COMMIT')
  } finally {
    await client.end()
  }
})

test.afterAll(async () => {
  const client = database()
  await client.connect()
  try {
    // Links go with the article and the organizations (ON DELETE CASCADE); revisions have no foreign key.
    await client.query('DELETE FROM "Revision" WHERE "entityId" = ANY($1)', [[article.id, training.id]])
    await client.query('DELETE FROM "NewsArticle" WHERE "id" = $1', [article.id])
    await client.query('DELETE FROM "Training" WHERE "id" = $1', [training.id])
    await client.query('DELETE FROM "Organization" WHERE "id" = ANY($1)', [organizationIds])
  } finally {
    await client.end()
  }
})

function picker(page: Page) {
  return page.getByRole('main').getByRole('group', { name: 'Related organizations' })
}

const editPath = `/admin/news/${article.id}`

/** Saves, then opens the edit page afresh, without the "saved" notice, as a later visit sees it. */
async function saveAndReopen(page: Page, path = editPath) {
  await expect(page.getByText('Changes saved.')).toHaveCount(0)
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.getByText('Changes saved.')).toBeVisible()
  await page.goto(path)
}

test.describe('relationship pickers over many rows', () => {
  test('an editor finds an organization by searching, links it, and unlinks it again', async ({ page, login, expectNoAxeViolations }) => {
    await login('editor')
    const response = await page.goto(editPath)
    // The page names at most the suggested organizations, not all of them.
    const html = (await response?.text()) ?? ''
    const named = names.filter((name) => html.includes(name)).length
    expect(named).toBeLessThanOrEqual(PICKER_SUGGESTION_COUNT)

    const organizations = picker(page)
    await expect(organizations.getByText('None chosen yet.')).toBeVisible()
    const search = organizations.getByLabel('Search related organizations')
    await expect(organizations.getByText(/^Type part of a name to search all \d+ organizations\.$/)).toBeVisible()

    // Too many matches: the first 20, and a request to refine.
    await search.fill(word)
    await expect(organizations.getByText('Showing the first 20 matches: refine the search')).toBeVisible()
    // Enter searches nothing more and does not submit the form.
    await search.press('Enter')
    await expect(page.getByText('Changes saved.')).toHaveCount(0)

    await search.fill(`${word} 04`)
    await expect(organizations.getByText('10 matches')).toBeVisible()
    const matches = organizations.getByRole('list', { name: /^Matches for/ })
    await expect(matches.getByRole('checkbox')).toHaveCount(10)
    await expectNoAxeViolations()
    await matches.getByRole('checkbox', { name: names[42] }).check()
    const chosen = organizations.getByRole('list', { name: /^Chosen/ })
    await expect(chosen.getByRole('checkbox', { name: names[42] })).toBeChecked()

    await search.fill(`${word} nothing`)
    await expect(organizations.getByText(`No matches for “${word} nothing”`)).toBeVisible()

    await saveAndReopen(page)
    await expect(picker(page).getByRole('list', { name: /^Chosen/ }).getByRole('checkbox', { name: names[42] })).toBeChecked()

    // A failed save keeps what was chosen, found by searching, by name.
    await picker(page).getByLabel('Search related organizations').fill(`${word} 007`)
    await picker(page).getByRole('list', { name: /^Matches for/ }).getByRole('checkbox', { name: names[7] }).check()
    await page.getByLabel(/^Title/).fill('x')
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expect(page.getByText('Title must be at least 3 characters').first()).toBeVisible()
    const kept = picker(page).getByRole('list', { name: /^Chosen/ })
    await expect(kept.getByRole('checkbox')).toHaveCount(2)
    await expect(kept.getByRole('checkbox', { name: names[42] })).toBeChecked()
    await expect(kept.getByRole('checkbox', { name: names[7] })).toBeChecked()

    // Unticking removes: with the title restored, both are unticked and saved.
    await page.getByLabel(/^Title/).fill(article.title)
    await kept.getByRole('checkbox', { name: names[42] }).uncheck()
    await kept.getByRole('checkbox', { name: names[7] }).uncheck()
    await saveAndReopen(page)
    await expect(picker(page).getByText('None chosen yet.')).toBeVisible()
  })

  test('a single choice searches too: an editor picks a training’s organizer and clears it', async ({
    page,
    login,
    expectNoAxeViolations,
  }) => {
    const trainingPath = `/admin/trainings/${training.id}`
    const organizer = () => page.getByRole('main').getByRole('group', { name: 'Organizer' })
    const named = (i: number) => organizer().getByRole('radio', { name: new RegExp(`^${names[i]}`) })
    await login('editor')
    await page.goto(trainingPath)
    await expect(organizer().getByRole('radio', { name: 'None' })).toBeChecked()

    await organizer().getByLabel('Search organizer').fill(`${word} 012`)
    await expect(organizer().getByText('1 match')).toBeVisible()
    await organizer().getByRole('button', { name: `Choose ${names[12]}` }).click()
    // The chosen organization joins the radios, selected, with the keyboard on it.
    await expect(named(12)).toBeChecked()
    await expect(named(12)).toBeFocused()
    await expectNoAxeViolations()

    await saveAndReopen(page, trainingPath)
    await expect(named(12)).toBeChecked()

    await organizer().getByRole('radio', { name: 'None' }).check()
    await saveAndReopen(page, trainingPath)
    await expect(organizer().getByRole('radio', { name: 'None' })).toBeChecked()
    await expect(named(12)).toHaveCount(0)
  })

  test('without JavaScript the chosen organizations and the suggestions are plain checkboxes', async ({ browser, page, login }) => {
    await login('editor')
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() })
    const noScript = await context.newPage()
    await noScript.goto(editPath)
    const organizations = picker(noScript)
    await expect(organizations.getByText(/Searching all \d+ organizations needs JavaScript\./)).toBeVisible()
    await expect(organizations.getByRole('searchbox')).toHaveCount(0)
    const suggested = organizations.getByRole('list', { name: 'Recently changed' }).getByRole('checkbox')
    await expect(suggested).toHaveCount(PICKER_SUGGESTION_COUNT)
    await context.close()
  })
})

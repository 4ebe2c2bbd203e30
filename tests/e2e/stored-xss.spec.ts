import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import { Client } from 'pg'
import { listCountryCodes } from '../../lib/countries'
import { expect, test } from './fixtures'

// Stored cross-site scripting: one published item of every content type is
// written straight into the database, bypassing the forms' validation, with a
// script payload in every text column the public site or the admin shows.
// Each page that shows them must render the payloads as literal text, and
// nothing in them may run or become markup.
//
// The public list pages (/projects, /news, …) are prerendered and their
// cached data is refreshed only by the editorial service when content
// changes through it, so rows inserted here never appear on them; they are
// not visited. Detail pages, the country page and search results for a new
// slug, code or query are rendered on their first request, from the rows below.

/** A word that occurs in no other content, so search and the admin filters find exactly these items. */
const word = `xssprobe${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`

/** What each payload does, were it ever parsed as markup or run as code: set window.__xss. */
const payloads = {
  script: '<script>window.__xss=1</script>',
  img: '<img src=x onerror="window.__xss=1">',
  attribute: '"><svg onload="window.__xss=1">',
  // Ends an inline script element (the JSON-LD) if the JSON written into it is not escaped.
  closeScript: '</script><script>window.__xss=1</script>',
  template: '{{7*7}}',
  markdownLink: '[x](javascript:window.__xss=1)',
} as const

/** For the link fields the database accepts any string (the forms would refuse these). */
const javascriptUrl = 'javascript:window.__xss=1'
/** For image addresses: breaks out of a src attribute that is not escaped. */
const attributeBreakingUrl = 'x" onerror="window.__xss=1'

/**
 * The href React writes instead of any javascript: URL. It runs no stored
 * text (it only throws), so it is one of the two javascript: URLs allowed.
 */
const REACT_BLOCKED_URL = "javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')"
/** The action React gives a form whose action is a server function until the page is hydrated; a constant, too. */
const REACT_FORM_ACTION = "javascript:throw new Error('React form unexpectedly submitted.')"

/** A long text with every payload: paragraphs, a markdown-style link and a list, as editors write bodies. */
function longText(label: string): string {
  return [
    `${label} ${word} ${payloads.script}`,
    `Read ${payloads.markdownLink} and ${payloads.closeScript}`,
    `- ${payloads.img}\n- ${payloads.attribute}\n- ${payloads.template}`,
  ].join('\n\n')
}

const text = {
  organization: {
    name: `Partner ${word} ${payloads.closeScript}`,
    acronym: `ACR ${payloads.attribute}`,
    description: longText('Partner description'),
  },
  project: {
    title: `Project ${word} ${payloads.closeScript}`,
    acronym: `PRJ ${payloads.img}`,
    summary: `Project summary ${word} ${payloads.attribute} ${payloads.template}`,
    body: longText('Project body'),
    phase: `Phase ${payloads.script}`,
    fundingSource: `Funding ${payloads.img}`,
    topics: [`Topic ${payloads.script}`, `Topic ${payloads.attribute}`],
    outcomes: [`Outcome ${payloads.closeScript}`, `Outcome ${payloads.markdownLink}`],
  },
  mou: {
    subject: `Memorandum ${word} ${payloads.closeScript}`,
    summary: longText('Memorandum summary'),
    endTerm: `Until ${payloads.attribute} ${payloads.template}`,
  },
  conference: {
    name: `Conference ${word} ${payloads.closeScript}`,
    edition: `Edition ${payloads.img}`,
    series: `Series ${payloads.attribute}`,
    summary: longText('Conference summary'),
    city: `City ${payloads.script}`,
  },
  training: {
    title: `Training ${word} ${payloads.closeScript}`,
    summary: `Training summary ${payloads.attribute}`,
    body: longText('Training body'),
    location: `Location ${payloads.img} ${payloads.template}`,
    topics: [`Training topic ${payloads.script}`, `Training topic ${payloads.markdownLink}`],
  },
  news: {
    title: `News ${word} ${payloads.closeScript}`,
    summary: `News summary ${payloads.attribute}`,
    body: longText('News body'),
    coverImageAlt: `Cover ${payloads.img}`,
    tags: [`Tag ${payloads.script}`, `Tag ${payloads.template}`],
  },
}

/** The body's paragraphs and list items as the page shows them: each line without the list marker. */
function longTextLines(value: string): string[] {
  return value.split('\n').filter((line) => line.trim() !== '').map((line) => line.replace(/^- /, ''))
}

const ids = {
  organization: randomUUID(),
  project: randomUUID(),
  mou: randomUUID(),
  conference: randomUUID(),
  training: randomUUID(),
  news: randomUUID(),
}

const slugs = {
  organization: `xss-${word}-partner`,
  project: `xss-${word}-project`,
  mou: `xss-${word}-mou`,
  conference: `xss-${word}-conference`,
  training: `xss-${word}-training`,
  news: `xss-${word}-news`,
}

/** The host country of every item, chosen in beforeAll among codes no other content uses. */
let country = ''

function connect(): Client {
  const connectionString = process.env.E2E_DATABASE_URL
  if (!connectionString) throw new Error('E2E_DATABASE_URL is not set.')
  return new Client({ connectionString })
}

// Timestamps are stored as UTC without a time zone; two days back is
// published whatever the clock skew between this process and the server.
const past = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString().replace('Z', '')

test.beforeAll(async () => {
  const client = connect()
  await client.connect()
  try {
    // A country without any other cooperation link, picked at random so that
    // a page cached by an earlier run against the same server is unlikely.
    const { rows } = await client.query<{ code: string }>(`
      SELECT "country" AS code FROM "Organization"
      UNION SELECT "country" FROM "Mou"
      UNION SELECT "country" FROM "Conference"
      UNION SELECT "country" FROM "Training" WHERE "country" IS NOT NULL
      UNION SELECT "country" FROM "TrainingCountry"
      UNION SELECT unnest("countries") FROM "Project"`)
    const used = new Set(rows.map((row) => row.code.trim().toUpperCase()))
    // Codes that other specs visit as unlinked countries are left out: their
    // page is cached as "not found", and rows inserted here bypass the
    // editorial service that would expire it.
    const visitedElsewhere = new Set(['AQ'])
    const free = listCountryCodes().filter((code) => !used.has(code) && !visitedElsewhere.has(code))
    country = free[Math.floor(Math.random() * free.length)] ?? ''
    expect(country, 'no country code is free of content').not.toBe('')

    const editorial = { status: 'PUBLISHED', publishedAt: past, updatedAt: past }
    await client.query('BEGIN')
    const o = text.organization
    await client.query(
      `INSERT INTO "Organization" ("id", "slug", "name", "acronym", "kind", "country", "website", "description", "logoUrl",
         "status", "publishedAt", "version", "updatedAt")
       VALUES ($1, $2, $3, $4, 'GEOLOGICAL_SURVEY', $5, $6, $7, $8, $9, $10, 1, $11)`,
      [ids.organization, slugs.organization, o.name, o.acronym, country, javascriptUrl, o.description, attributeBreakingUrl,
        editorial.status, editorial.publishedAt, editorial.updatedAt],
    )
    const p = text.project
    await client.query(
      `INSERT INTO "Project" ("id", "slug", "title", "acronym", "summary", "body", "projectStatus", "startDate", "endDate",
         "datePrecision", "phase", "fundingSource", "scope", "countries", "topics", "outcomes",
         "status", "publishedAt", "version", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, 'ACTIVE', '2024-01-15', '2027-12-31', 'DAY', $7, $8, 'BILATERAL', $9, $10, $11,
         $12, $13, 1, $14)`,
      [ids.project, slugs.project, p.title, p.acronym, p.summary, p.body, p.phase, p.fundingSource, [country], p.topics,
        p.outcomes, editorial.status, editorial.publishedAt, editorial.updatedAt],
    )
    await client.query(
      `INSERT INTO "ProjectPartner" ("projectId", "organizationId", "role") VALUES ($1, $2, 'LEAD')`,
      [ids.project, ids.organization],
    )
    const m = text.mou
    await client.query(
      `INSERT INTO "Mou" ("id", "slug", "country", "subject", "summary", "startDate", "endDate", "endTerm", "datePrecision",
         "status", "publishedAt", "version", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, '2024-03-01', NULL, $6, 'MONTH', $7, $8, 1, $9)`,
      [ids.mou, slugs.mou, country, m.subject, m.summary, m.endTerm, editorial.status, editorial.publishedAt,
        editorial.updatedAt],
    )
    await client.query(
      `INSERT INTO "MouCounterpart" ("mouId", "organizationId", "position") VALUES ($1, $2, 0)`,
      [ids.mou, ids.organization],
    )
    const c = text.conference
    await client.query(
      `INSERT INTO "Conference" ("id", "slug", "name", "edition", "series", "summary", "startDate", "endDate", "datePrecision",
         "city", "country", "role", "participantsCount", "url", "status", "publishedAt", "version", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, '2025-09-08', '2025-09-12', 'DAY', $7, $8, 'ORGANIZER', 120, $9, $10, $11, 1, $12)`,
      [ids.conference, slugs.conference, c.name, c.edition, c.series, c.summary, c.city, country, javascriptUrl,
        editorial.status, editorial.publishedAt, editorial.updatedAt],
    )
    const t = text.training
    await client.query(
      `INSERT INTO "Training" ("id", "slug", "title", "kind", "summary", "body", "startDate", "endDate", "datePrecision",
         "location", "country", "participantsCount", "topics", "organizerId", "projectId",
         "status", "publishedAt", "version", "updatedAt")
       VALUES ($1, $2, $3, 'WORKSHOP', $4, $5, '2025-05-12', '2025-05-16', 'DAY', $6, $7, 18, $8, $9, $10, $11, $12, 1, $13)`,
      [ids.training, slugs.training, t.title, t.summary, t.body, t.location, country, t.topics, ids.organization,
        ids.project, editorial.status, editorial.publishedAt, editorial.updatedAt],
    )
    await client.query(
      `INSERT INTO "TrainingCountry" ("trainingId", "country", "participants") VALUES ($1, $2, 18)`,
      [ids.training, country],
    )
    const n = text.news
    await client.query(
      `INSERT INTO "NewsArticle" ("id", "slug", "title", "summary", "body", "coverImageUrl", "coverImageAlt", "tags",
         "status", "publishedAt", "version", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11)`,
      [ids.news, slugs.news, n.title, n.summary, n.body, attributeBreakingUrl, n.coverImageAlt, n.tags,
        editorial.status, editorial.publishedAt, editorial.updatedAt],
    )
    // Implicit many-to-many tables: "A" is the model whose name sorts first.
    await client.query(`INSERT INTO "_NewsArticleToProject" ("A", "B") VALUES ($1, $2)`, [ids.news, ids.project])
    await client.query(`INSERT INTO "_NewsArticleToOrganization" ("A", "B") VALUES ($1, $2)`, [ids.news, ids.organization])
    await client.query(`INSERT INTO "_NewsArticleToTraining" ("A", "B") VALUES ($1, $2)`, [ids.news, ids.training])
    await client.query(`INSERT INTO "_MouToNewsArticle" ("A", "B") VALUES ($1, $2)`, [ids.mou, ids.news])
    await client.query(`INSERT INTO "_ConferenceToNewsArticle" ("A", "B") VALUES ($1, $2)`, [ids.conference, ids.news])
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  } finally {
    await client.end()
  }
})

test.afterAll(async () => {
  const client = connect()
  await client.connect()
  try {
    // Partner, counterpart, participant-country and link rows go with their items (ON DELETE CASCADE).
    await client.query('DELETE FROM "NewsArticle" WHERE "id" = $1', [ids.news])
    await client.query('DELETE FROM "Training" WHERE "id" = $1', [ids.training])
    await client.query('DELETE FROM "Conference" WHERE "id" = $1', [ids.conference])
    await client.query('DELETE FROM "Mou" WHERE "id" = $1', [ids.mou])
    await client.query('DELETE FROM "Project" WHERE "id" = $1', [ids.project])
    await client.query('DELETE FROM "Organization" WHERE "id" = $1', [ids.organization])
  } finally {
    await client.end()
  }
})

type Findings = {
  /** Whether a payload ran (live page only). */
  ran: boolean
  /** Elements with an event handler attribute that mentions the payload. */
  handlers: string[]
  /** Script elements whose content holds the payload as something other than data. */
  scripts: string[]
  /** JSON-LD blocks that do not parse, or that contain a literal `</script`. */
  jsonLd: string[]
  /** Whether some JSON-LD block carries the payload (as data), proving it was escaped rather than dropped. */
  jsonLdCarriesPayload: boolean
  /** Links, forms and frames that would run a javascript: URL other than React's own placeholders. */
  javascriptUrls: string[]
  /** React's neutralised javascript: links (see REACT_BLOCKED_URL). */
  blockedUrls: number
  /** The page's visible text (live page only). */
  visibleText: string
}

type InspectOptions = {
  /** The HTML the server sent, to inspect as parsed; null for the live page. */
  html: string | null
  blockedUrl: string
  formAction: string
}

/**
 * Inspects a page; runs in the browser. The served HTML is parsed with
 * DOMParser, which runs nothing: after a hydration mismatch React renders the
 * page again on the client and removes whatever markup the server injected,
 * so the live page alone could hide an injection.
 */
function inspect({ html, blockedUrl, formAction }: InspectOptions): Findings {
  const doc = html === null ? document : new DOMParser().parseFromString(html, 'text/html')
  const marker = '__xss'
  const describe = (el: Element) => el.outerHTML.slice(0, 200)

  const handlers: string[] = []
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (attr.name.toLowerCase().startsWith('on') && attr.value.includes(marker)) handlers.push(describe(el))
    }
  }

  // Next.js writes the page's data as `self.__next_f.push([…])` with a JSON
  // argument: stored text there is a JSON string, i.e. data. Any other script
  // holding the payload (e.g. one opened by "</script><script>") is code.
  const flight = /^\s*(?:\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)|self\.__next_f)\.push\(([\s\S]*)\);?\s*$/
  const scripts: string[] = []
  const jsonLd: string[] = []
  let jsonLdCarriesPayload = false
  for (const script of doc.querySelectorAll('script')) {
    const content = script.textContent ?? ''
    if (script.type === 'application/ld+json') {
      if (content.includes('</script')) jsonLd.push(`literal </script in ${content.slice(0, 200)}`)
      try {
        if (JSON.stringify(JSON.parse(content)).includes(marker)) jsonLdCarriesPayload = true
      } catch {
        jsonLd.push(`invalid JSON: ${content.slice(0, 200)}`)
      }
      continue
    }
    if ((script.getAttribute('src') ?? '').includes(marker)) scripts.push(describe(script))
    if (!content.includes(marker)) continue
    const argument = flight.exec(content)?.[1]
    let isData = false
    if (argument !== undefined) {
      try {
        JSON.parse(argument)
        isData = true
      } catch {
        isData = false
      }
    }
    if (!isData) scripts.push(content.slice(0, 300))
  }

  // Resolved by the browser, so case, whitespace and entity tricks count too.
  const javascriptUrls: string[] = []
  let blockedUrls = 0
  const urlAttributes: [string, string][] = [
    ['a[href], area[href]', 'href'],
    ['form[action]', 'action'],
    ['[formaction]', 'formaction'],
    ['iframe[src], frame[src], embed[src]', 'src'],
    ['object[data]', 'data'],
  ]
  for (const [selector, name] of urlAttributes) {
    for (const el of doc.querySelectorAll(selector)) {
      const value = el.getAttribute(name) ?? ''
      let protocol = ''
      try {
        protocol = new URL(value, document.baseURI).protocol
      } catch {
        continue
      }
      if (protocol !== 'javascript:') continue
      if (value === blockedUrl) blockedUrls += 1
      else if (value !== formAction) javascriptUrls.push(describe(el))
    }
  }

  return {
    ran: html === null && (window as Window & { __xss?: unknown }).__xss !== undefined,
    handlers,
    scripts,
    jsonLd,
    jsonLdCarriesPayload,
    javascriptUrls,
    blockedUrls,
    visibleText: html === null ? document.body.innerText : '',
  }
}

/** The checks that hold for the served HTML and the live page alike. */
function expectNoInjection(found: Findings, where: string) {
  expect(found.handlers, `event handler attributes from stored text in ${where}`).toEqual([])
  expect(found.scripts, `scripts running stored text in ${where}`).toEqual([])
  expect(found.jsonLd, `broken JSON-LD in ${where}`).toEqual([])
  expect(found.javascriptUrls, `javascript: links in ${where}`).toEqual([])
}

type Expectations = {
  /** Texts that must appear literally on the page. */
  visible: string[]
  /** The page writes JSON-LD that includes stored text. */
  jsonLd?: boolean
}

/** Opens `path` and checks that every payload on it is shown as text and none of it runs. */
async function expectInert(page: Page, path: string, { visible, jsonLd = false }: Expectations) {
  const dialogs: string[] = []
  const onDialog = (dialog: { message: () => string; dismiss: () => Promise<void> }) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  }
  page.on('dialog', onDialog)
  try {
    const response = await page.goto(path)
    expect(response?.status(), `${path} answers`).toBe(200)
    const html = await response!.text()
    // After hydration too: client rendering must not turn the text into markup either.
    await page.waitForLoadState('networkidle')

    const options = { blockedUrl: REACT_BLOCKED_URL, formAction: REACT_FORM_ACTION }
    const served = await page.evaluate(inspect, { ...options, html })
    const live = await page.evaluate(inspect, { ...options, html: null })
    expect(live.ran, `a payload ran on ${path}`).toBe(false)
    expect(dialogs, `dialogs opened on ${path}`).toEqual([])
    expectNoInjection(served, `the HTML served for ${path}`)
    expectNoInjection(live, `${path} after hydration`)
    // A stored javascript: address is shown as text, never handed to React as a link.
    expect(served.blockedUrls, `links to a stored javascript: URL on ${path}`).toBe(0)
    if (jsonLd) expect(served.jsonLdCarriesPayload, `the JSON-LD on ${path} carries the stored text`).toBe(true)
    for (const literal of visible) {
      expect(live.visibleText, `${path} shows the stored text literally`).toContain(literal)
    }
  } finally {
    page.off('dialog', onDialog)
  }
}

test.describe('stored script payloads render inert', () => {
  test('on the partner page', async ({ page }) => {
    const o = text.organization
    await expectInert(page, `/organizations/${slugs.organization}`, {
      jsonLd: true,
      visible: [
        o.name,
        o.acronym,
        ...longTextLines(o.description),
        text.project.title,
        text.project.acronym,
        text.mou.subject,
        text.training.title,
        text.training.location,
        text.news.title,
      ],
    })
  })

  test('on the project page', async ({ page }) => {
    const p = text.project
    await expectInert(page, `/projects/${slugs.project}`, {
      jsonLd: true,
      visible: [
        p.title,
        p.acronym,
        p.summary,
        p.phase,
        p.fundingSource,
        ...p.topics,
        ...longTextLines(p.body),
        ...p.outcomes,
        text.organization.name,
        text.training.title,
        text.news.title,
      ],
    })
  })

  test('on the MOU page', async ({ page }) => {
    const m = text.mou
    await expectInert(page, `/mous/${slugs.mou}`, {
      visible: [m.subject, m.endTerm, ...longTextLines(m.summary), text.organization.name, text.news.title],
    })
  })

  test('on the conference page', async ({ page }) => {
    const c = text.conference
    await expectInert(page, `/conferences/${slugs.conference}`, {
      jsonLd: true,
      visible: [c.name, c.edition, c.series, c.city, ...longTextLines(c.summary), text.news.title],
    })
  })

  test('on the training page', async ({ page }) => {
    const t = text.training
    await expectInert(page, `/trainings/${slugs.training}`, {
      jsonLd: true,
      visible: [
        t.title,
        t.summary,
        t.location,
        ...t.topics,
        ...longTextLines(t.body),
        text.organization.name,
        text.project.title,
        text.news.title,
      ],
    })
  })

  test('on the news article', async ({ page }) => {
    const n = text.news
    await expectInert(page, `/news/${slugs.news}`, {
      jsonLd: true,
      visible: [
        n.title,
        n.summary,
        ...n.tags,
        ...longTextLines(n.body),
        text.project.title,
        text.organization.name,
        text.mou.subject,
        text.training.title,
        text.conference.name,
      ],
    })
  })

  test('in the search results', async ({ page }) => {
    await expectInert(page, `/search?q=${word}`, {
      visible: [
        text.organization.name,
        text.project.title,
        text.mou.subject,
        text.conference.name,
        text.training.title,
        text.news.title,
      ],
    })
  })

  test('on the country page', async ({ page }) => {
    await expectInert(page, `/countries/${country.toLowerCase()}`, {
      visible: [
        text.organization.name,
        text.project.title,
        text.mou.subject,
        text.conference.name,
        text.training.title,
      ],
    })
  })

  const adminPages = [
    { segment: 'organizations', id: () => ids.organization, title: text.organization.name },
    { segment: 'projects', id: () => ids.project, title: text.project.title },
    { segment: 'mous', id: () => ids.mou, title: text.mou.subject },
    { segment: 'conferences', id: () => ids.conference, title: text.conference.name },
    { segment: 'trainings', id: () => ids.training, title: text.training.title },
    { segment: 'news', id: () => ids.news, title: text.news.title },
  ]
  for (const { segment, id, title } of adminPages) {
    test(`in the admin list, edit page and history of ${segment}`, async ({ page, login }) => {
      await login('editor')
      await expectInert(page, `/admin/${segment}?q=${word}`, { visible: [title] })
      await expectInert(page, `/admin/${segment}/${id()}`, { visible: [title] })
      await expectInert(page, `/admin/${segment}/${id()}/history`, { visible: [title] })
    })
  }
})

import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { insertNews } from '../fixtures/factories'
import { insertCounterpart, insertMouRow, utcDate, type MouOverrides } from '../fixtures/mou-factories'
import { parseCsv } from '../fixtures/open-data-csv'
import { insertConference, insertPartner, insertProject, insertProjectTraining } from '../fixtures/project-factories'
import { GET as getMousCsv } from '@/app/data/mous.csv/route'
import { GET as getOrganizationsCsv } from '@/app/data/organizations.csv/route'
import { GET as getProjectsCsv } from '@/app/data/projects.csv/route'
import { GET as getTrainingsCsv } from '@/app/data/trainings.csv/route'
import { GET as getConference } from '@/app/api/v1/conferences/[slug]/route'
import { GET as listConferences } from '@/app/api/v1/conferences/route'
import { GET as getMou } from '@/app/api/v1/mous/[slug]/route'
import { GET as listMous } from '@/app/api/v1/mous/route'
import { GET as getNews } from '@/app/api/v1/news/[slug]/route'
import { GET as listNews } from '@/app/api/v1/news/route'
import { GET as getOrganization } from '@/app/api/v1/organizations/[slug]/route'
import { GET as listOrganizations } from '@/app/api/v1/organizations/route'
import { GET as getProject } from '@/app/api/v1/projects/[slug]/route'
import { GET as listProjects } from '@/app/api/v1/projects/route'
import { GET as getTraining } from '@/app/api/v1/trainings/[slug]/route'
import { GET as listTrainings } from '@/app/api/v1/trainings/route'
import {
  listAllOpenDataMous,
  listAllOpenDataOrganizations,
  listAllOpenDataProjects,
  listAllOpenDataTrainings,
} from '@/lib/data/open-data'
import { publishedWhere } from '@/lib/data/published'
import { db } from '@/lib/db'
import { CSV_BOM, neutralizeFormula, type CsvCell, type CsvColumn } from '@/lib/open-data/csv'
import { mouCsvColumns, organizationCsvColumns, projectCsvColumns, trainingCsvColumns } from '@/lib/open-data/csv-columns'

const ORIGIN = 'http://geocoop.test'
const DAY_MS = 86_400_000

type ListHandler = (request: NextRequest) => Promise<Response>
type DetailHandler = (request: NextRequest, context: { params: Promise<{ slug: string }> }) => Promise<Response>

function request(path: string) {
  return new NextRequest(new URL(path, ORIGIN))
}

async function callList(handler: ListHandler, path: string) {
  const response = await handler(request(path))
  return { response, body: await response.json() }
}

async function callDetail(handler: DetailHandler, path: string, slug: string) {
  const response = await handler(request(`${path}/${slug}`), { params: Promise.resolve({ slug }) })
  return { response, body: await response.json() }
}

/** Every slug the list endpoint returns, following `links.next` page by page. */
async function allSlugs(handler: ListHandler, path: string): Promise<string[]> {
  const slugs: string[] = []
  let next: string | null = `${path}?per_page=100`
  while (next) {
    const { response, body } = await callList(handler, next)
    expect(response.status).toBe(200)
    slugs.push(...body.data.map((record: { slug: string }) => record.slug))
    next = body.links.next
  }
  return slugs
}

/** The hidden variants of a row: draft, in review, archived, trashed and published in the future. */
const HIDDEN = [
  { status: 'DRAFT' },
  { status: 'IN_REVIEW' },
  { status: 'ARCHIVED' },
  { deletedAt: new Date() },
  { publishedAt: new Date(Date.now() + DAY_MS) },
] satisfies MouOverrides[]

const FORBIDDEN_KEYS = ['id', 'version', 'deletedAt', 'createdById', 'updatedById', 'createdBy', 'updatedBy']

/** Every key in a JSON value, at any depth. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf)
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)])
  }
  return []
}

function expectApiHeaders(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
  expect(response.headers.get('cache-control')).toBe('public, max-age=300')
  expect(response.headers.get('access-control-allow-origin')).toBe('*')
}

async function readCsv(handler: ListHandler, name: string) {
  const response = await handler(request(`/data/${name}.csv`))
  const bytes = new Uint8Array(await response.arrayBuffer())
  // Response.text() drops a leading BOM, so the bytes are decoded with it kept.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  expect(text.startsWith(CSV_BOM), `${name}.csv starts with the BOM`).toBe(true)
  return { response, bytes, text, records: parseCsv(text.slice(CSV_BOM.length)) }
}

/** The text a parsed CSV cell should hold: empty for no value, numbers as digits, text neutralized. */
function expectedCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'number' ? String(value) : neutralizeFormula(value)
}

/** The records a CSV file should parse into: the header, then one record per row. */
function expectedRecords<T>(columns: CsvColumn<T>[], rows: T[]): string[][] {
  return [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => expectedCell(c.value(row))))]
}

describe('open data API: lists and pagination', () => {
  it('answers a page with data, meta and links, and the standard headers', async () => {
    await Promise.all([insertProject(), insertProject(), insertProject()])
    const total = await db.project.count({ where: publishedWhere() })
    const { response, body } = await callList(listProjects, '/api/v1/projects?page=2&per_page=1')
    expect(response.status).toBe(200)
    expectApiHeaders(response)
    expect(body.data).toHaveLength(1)
    expect(body.meta).toEqual({ page: 2, perPage: 1, total, totalPages: total })
    expect(body.links).toEqual({
      self: `${ORIGIN}/api/v1/projects?page=2&per_page=1`,
      next: total > 2 ? `${ORIGIN}/api/v1/projects?page=3&per_page=1` : null,
      prev: `${ORIGIN}/api/v1/projects?page=1&per_page=1`,
    })
  })

  it('uses page 1 and 50 records per page by default', async () => {
    const { body } = await callList(listOrganizations, '/api/v1/organizations')
    expect(body.meta.page).toBe(1)
    expect(body.meta.perPage).toBe(50)
    expect(body.data.length).toBeLessThanOrEqual(50)
    expect(body.links.prev).toBeNull()
  })

  it('pages through every record exactly once', async () => {
    await Promise.all([insertConference(), insertConference(), insertConference()])
    const total = await db.conference.count({ where: publishedWhere() })
    const slugs: string[] = []
    for (let page = 1; page <= total; page += 1) {
      const { body } = await callList(listConferences, `/api/v1/conferences?page=${page}&per_page=1`)
      slugs.push(...body.data.map((c: { slug: string }) => c.slug))
    }
    expect(slugs).toHaveLength(total)
    expect(new Set(slugs).size).toBe(total)
  })

  it('answers a page beyond the last one with no data and a link back to the last page', async () => {
    const { response, body } = await callList(listNews, '/api/v1/news?page=99999&per_page=100')
    expect(response.status).toBe(200)
    expect(body.data).toEqual([])
    expect(body.links.next).toBeNull()
    expect(body.links.prev).toBe(`${ORIGIN}/api/v1/news?page=${body.meta.totalPages}&per_page=100`)
  })

  it.each([
    'page=0',
    'page=-1',
    'page=abc',
    'page=1.5',
    'page=',
    'page=1e3',
    'page=999999999999999999999',
    'per_page=0',
    'per_page=101',
    'per_page=ten',
    'per_page=',
    'per_page=50.0',
  ])('answers ?%s with a 400 JSON error', async (query) => {
    const { response, body } = await callList(listMous, `/api/v1/mous?${query}`)
    expect(response.status).toBe(400)
    expectApiHeaders(response)
    expect(body).toEqual({ error: { message: expect.any(String) } })
    expect(body.error.message.length).toBeGreaterThan(0)
  })

  it('accepts the largest page size and ignores unknown parameters', async () => {
    const { response, body } = await callList(listTrainings, '/api/v1/trainings?per_page=100&sort=name')
    expect(response.status).toBe(200)
    expect(body.meta.perPage).toBe(100)
  })
})

describe('open data API: only published rows', () => {
  it('leaves drafts, reviews, archived, trashed and future rows out of lists and 404s them on their own URL', async () => {
    const shown = await insertMouRow()
    const hidden = await Promise.all(HIDDEN.map((v) => insertMouRow(v)))
    const slugs = await allSlugs(listMous, '/api/v1/mous')
    expect(slugs).toContain(shown.slug)
    for (const row of hidden) {
      expect(slugs).not.toContain(row.slug)
      const { response, body } = await callDetail(getMou, '/api/v1/mous', row.slug)
      expect(response.status).toBe(404)
      expectApiHeaders(response)
      expect(body).toEqual({ error: { message: expect.any(String) } })
    }
  })

  it('hides unpublished projects, organizations, trainings, conferences and news', async () => {
    const cases: { list: ListHandler; detail: DetailHandler; path: string; shown: string; hidden: string[] }[] = []
    const [project, ...hiddenProjects] = await Promise.all([insertProject(), ...HIDDEN.map((v) => insertProject(v))])
    cases.push({ list: listProjects, detail: getProject, path: '/api/v1/projects', shown: project!.slug, hidden: hiddenProjects.map((p) => p.slug) })
    const [organization, ...hiddenOrganizations] = await Promise.all([insertPartner(), ...HIDDEN.map((v) => insertPartner(v))])
    cases.push({ list: listOrganizations, detail: getOrganization, path: '/api/v1/organizations', shown: organization!.slug, hidden: hiddenOrganizations.map((o) => o.slug) })
    const [training, ...hiddenTrainings] = await Promise.all([insertProjectTraining(project!.id), ...HIDDEN.map((v) => insertProjectTraining(project!.id, v))])
    cases.push({ list: listTrainings, detail: getTraining, path: '/api/v1/trainings', shown: training!.slug, hidden: hiddenTrainings.map((t) => t.slug) })
    const [conference, ...hiddenConferences] = await Promise.all([insertConference(), ...HIDDEN.map((v) => insertConference(v))])
    cases.push({ list: listConferences, detail: getConference, path: '/api/v1/conferences', shown: conference!.slug, hidden: hiddenConferences.map((c) => c.slug) })
    const [article, ...hiddenArticles] = await Promise.all([
      insertNews(),
      insertNews({ status: 'DRAFT' }),
      insertNews({ status: 'IN_REVIEW' }),
      insertNews({ status: 'ARCHIVED' }),
      insertNews({ deletedAt: new Date() }),
      insertNews({ publishedAt: new Date(Date.now() + DAY_MS) }),
    ])
    cases.push({ list: listNews, detail: getNews, path: '/api/v1/news', shown: article!.slug, hidden: hiddenArticles.map((n) => n.slug) })

    for (const { list, detail, path, shown, hidden } of cases) {
      const slugs = await allSlugs(list, path)
      expect(slugs, path).toContain(shown)
      const found = await callDetail(detail, path, shown)
      expect(found.response.status, `${path}/${shown}`).toBe(200)
      expect(found.body.data.slug).toBe(shown)
      for (const slug of hidden) {
        expect(slugs, path).not.toContain(slug)
        expect((await callDetail(detail, path, slug)).response.status, `${path}/${slug}`).toBe(404)
      }
    }
  })

  it('names only published related rows, by slug and name', async () => {
    const [publicPartner, draftPartner] = await Promise.all([insertPartner(), insertPartner({ status: 'DRAFT' })])
    const project = await insertProject({
      phase: 'Phase II',
      fundingSource: 'Test fund',
      partners: [
        { organizationId: publicPartner.id, role: 'LEAD' },
        { organizationId: publicPartner.id, role: 'FUNDER' },
        { organizationId: draftPartner.id, role: 'PARTNER' },
      ],
    })
    const { body } = await callDetail(getProject, '/api/v1/projects', project.slug)
    expect(body.data.partners).toEqual([
      { slug: publicPartner.slug, name: publicPartner.name, acronym: null, roles: ['LEAD', 'FUNDER'] },
    ])

    const draftProject = await insertProject({ status: 'DRAFT' })
    const [publishedTraining, withDraftProject] = await Promise.all([
      insertProjectTraining(project.id),
      insertProjectTraining(draftProject.id),
    ])
    expect((await callDetail(getTraining, '/api/v1/trainings', publishedTraining.slug)).body.data.project).toEqual({
      slug: project.slug,
      title: project.title,
    })
    expect((await callDetail(getTraining, '/api/v1/trainings', withDraftProject.slug)).body.data.project).toBeNull()
  })

  it('never exposes internal ids, editors, versions or trash dates', async () => {
    const counterpart = await insertCounterpart()
    const mou = await insertMouRow({ counterparts: [counterpart.id] })
    const project = await insertProject({ partners: [{ organizationId: counterpart.id, role: 'LEAD' }] })
    const training = await insertProjectTraining(project.id)
    const article = await insertNews()
    const records = await Promise.all([
      callDetail(getMou, '/api/v1/mous', mou.slug),
      callDetail(getProject, '/api/v1/projects', project.slug),
      callDetail(getOrganization, '/api/v1/organizations', counterpart.slug),
      callDetail(getTraining, '/api/v1/trainings', training.slug),
      callDetail(getNews, '/api/v1/news', article.slug),
      callList(listConferences, '/api/v1/conferences?per_page=5'),
    ])
    for (const { body } of records) {
      const keys = keysOf(body)
      for (const key of FORBIDDEN_KEYS) expect(keys).not.toContain(key)
    }
  })
})

describe('open data API: record contents', () => {
  it('gives an MOU its counterparts in order, ISO dates, the precision and the computed status', async () => {
    const [first, second, draft] = await Promise.all([
      insertCounterpart({ name: '中国地质调查局' }),
      insertCounterpart(),
      insertCounterpart({ status: 'DRAFT' }),
    ])
    const earlier = await insertMouRow()
    const mou = await insertMouRow({
      country: 'CN',
      startDate: utcDate('2015-07-01'),
      endDate: utcDate('2020-07-01'),
      endTerm: null,
      datePrecision: 'MONTH',
      renewsId: earlier.id,
      counterparts: [second.id, draft.id, first.id],
    })
    const { response, body } = await callDetail(getMou, '/api/v1/mous', mou.slug)
    expect(response.status).toBe(200)
    expectApiHeaders(response)
    expect(body.data).toMatchObject({
      slug: mou.slug,
      country: { code: 'CN', name: 'China' },
      counterparts: [
        { slug: second.slug, name: second.name, acronym: null },
        { slug: first.slug, name: '中国地质调查局', acronym: null },
      ],
      startDate: '2015-07-01',
      endDate: '2020-07-01',
      endTerm: null,
      datePrecision: 'MONTH',
      status: 'EXPIRED',
      renews: { slug: earlier.slug, subject: earlier.subject },
    })
    expect(body.data.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
  })

  it('gives a project its phase, funding source, countries and dates', async () => {
    const project = await insertProject({
      phase: 'Phase III',
      fundingSource: 'China Geological Survey',
      countries: ['CN', 'TH'],
      startDate: utcDate('2021-01-01'),
      endDate: utcDate('2025-01-01'),
      datePrecision: 'YEAR',
      projectStatus: 'COMPLETED',
    })
    const { body } = await callDetail(getProject, '/api/v1/projects', project.slug)
    expect(body.data).toMatchObject({
      phase: 'Phase III',
      fundingSource: 'China Geological Survey',
      status: 'COMPLETED',
      countries: [
        { code: 'CN', name: 'China' },
        { code: 'TH', name: 'Thailand' },
      ],
      startDate: '2021-01-01',
      endDate: '2025-01-01',
      datePrecision: 'YEAR',
    })
  })
})

describe('CSV downloads', () => {
  it('serves the MOUs as a dated UTF-8 attachment with a BOM', async () => {
    const { response, bytes, text } = await readCsv(getMousCsv, 'mous')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const today = new Date().toISOString().slice(0, 10)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="geocoop-mous-${today}.csv"`)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text.endsWith('\r\n')).toBe(true)
  })

  it('writes tricky MOU values so that they parse back unchanged, formulas neutralized', async () => {
    const [cjk, formula, draft] = await Promise.all([
      insertCounterpart({ name: '産業技術総合研究所, 地質調査総合センター', acronym: 'GSJ' }),
      insertCounterpart({ name: '=HYPERLINK("http://evil.example","Click")' }),
      insertCounterpart({ status: 'DRAFT', name: 'Draft Survey' }),
    ])
    const mou = await insertMouRow({
      country: 'JP',
      subject: '+1 "data" exchange,\r\nsecond line',
      summary: '@SUM(A1:A9)',
      startDate: utcDate('2012-04-01'),
      endDate: null,
      endTerm: 'Indefinite',
      counterparts: [cjk.id, formula.id, draft.id],
    })
    const hidden = await Promise.all(HIDDEN.map((v) => insertMouRow(v)))

    const { records } = await readCsv(getMousCsv, 'mous')
    const [header, ...rows] = records
    expect(header).toEqual(mouCsvColumns(ORIGIN).map((c) => c.header))
    for (const row of rows) expect(row).toHaveLength(header!.length)

    const cell = (row: string[], name: string) => row[header!.indexOf(name)]
    const ours = rows.find((row) => cell(row, 'Identifier') === mou.slug)
    expect(ours).toBeDefined()
    expect(cell(ours!, 'Country')).toBe('Japan')
    expect(cell(ours!, 'Country code')).toBe('JP')
    expect(cell(ours!, 'Counterparts')).toBe(
      `産業技術総合研究所, 地質調査総合センター (GSJ); =HYPERLINK("http://evil.example","Click")`,
    )
    expect(cell(ours!, 'Subject')).toBe(`'+1 "data" exchange,\r\nsecond line`)
    expect(cell(ours!, 'Summary')).toBe("'@SUM(A1:A9)")
    expect(cell(ours!, 'Start date')).toBe('2012-04-01')
    expect(cell(ours!, 'End date')).toBe('')
    expect(cell(ours!, 'End term')).toBe('Indefinite')
    expect(cell(ours!, 'Date precision')).toBe('Month')
    expect(cell(ours!, 'Status')).toBe('Indefinite')
    expect(cell(ours!, 'Web page')).toBe(`${ORIGIN}/mous/${mou.slug}`)

    const identifiers = rows.map((row) => cell(row, 'Identifier'))
    for (const row of hidden) expect(identifiers).not.toContain(row.slug)
  })

  it('starts a cell with a formula character only after the apostrophe', async () => {
    await insertCounterpart({ name: '-1 Survey' })
    const { records } = await readCsv(getOrganizationsCsv, 'organizations')
    for (const row of records) {
      for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/)
    }
  })

  it.each([
    { name: 'mous', handler: getMousCsv, columns: mouCsvColumns, listAll: listAllOpenDataMous },
    { name: 'projects', handler: getProjectsCsv, columns: projectCsvColumns, listAll: listAllOpenDataProjects },
    {
      name: 'organizations',
      handler: getOrganizationsCsv,
      columns: organizationCsvColumns,
      listAll: listAllOpenDataOrganizations,
    },
    { name: 'trainings', handler: getTrainingsCsv, columns: trainingCsvColumns, listAll: listAllOpenDataTrainings },
  ] as {
    name: string
    handler: ListHandler
    columns: (origin: string) => CsvColumn<unknown>[]
    listAll: () => Promise<unknown[]>
  }[])('parses the $name CSV back into exactly the published rows', async ({ name, handler, columns, listAll }) => {
    const { records, response } = await readCsv(handler, name)
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="geocoop-${name}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    )
    expect(records).toEqual(expectedRecords(columns(ORIGIN), await listAll()))
  })

  it('joins several partners of one role with "; " and leaves out unpublished ones', async () => {
    const [a, b, draft] = await Promise.all([
      insertPartner({ name: 'Alpha Survey' }),
      insertPartner({ name: 'Beta Survey', acronym: 'BS' }),
      insertPartner({ status: 'DRAFT', name: 'Draft Survey' }),
    ])
    const project = await insertProject({
      partners: [
        { organizationId: a.id, role: 'PARTNER' },
        { organizationId: b.id, role: 'PARTNER' },
        { organizationId: draft.id, role: 'PARTNER' },
      ],
    })
    const hidden = await insertProject({ status: 'DRAFT' })
    const { records } = await readCsv(getProjectsCsv, 'projects')
    const [header, ...rows] = records
    const row = rows.find((r) => r[header!.indexOf('Identifier')] === project.slug)
    expect(row?.[header!.indexOf('Partners')]).toBe('Alpha Survey; Beta Survey (BS)')
    expect(rows.some((r) => r[header!.indexOf('Identifier')] === hidden.slug)).toBe(false)
  })
})

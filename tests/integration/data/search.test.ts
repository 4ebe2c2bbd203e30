import { describe, expect, it } from 'vitest'
import {
  insertSearchConference,
  insertSearchMou,
  insertSearchNews,
  insertSearchOrganization,
  insertSearchProject,
  insertSearchTraining,
  uniqueWord,
} from '../../fixtures/search-factories'
import { db } from '@/lib/db'
import { countSearchResultsByType, listSearchResults, type HighlightPart } from '@/lib/data/search'
import { SearchQuerySchema } from '@/lib/validation/search'

async function search(q: string, options: { type?: Parameters<typeof listSearchResults>[0]['type']; page?: number } = {}) {
  return listSearchResults({ q, type: options.type, page: options.page ?? 1 }, 100)
}

function highlighted(parts: HighlightPart[]) {
  return parts.filter((p) => p.highlighted).map((p) => p.text)
}

function text(parts: HighlightPart[]) {
  return parts.map((p) => p.text).join('')
}

describe('site search', () => {
  it('ranks a title match above a summary match above a body-only match, with highlights', async () => {
    const word = uniqueWord()
    const bodyOnly = await insertSearchNews({ body: `Field notes mention ${word} twice: ${word} and ${word} again.` })
    const inTitle = await insertSearchNews({ title: `The ${word} survey begins` })
    const inSummary = await insertSearchProject({ summary: `A project about ${word} mapping.` })

    const { items, total } = await search(word)
    expect(items.map((i) => i.slug)).toEqual([inTitle.slug, inSummary.slug, bodyOnly.slug])
    expect(total).toBe(3)

    const [first, , third] = items
    expect(first?.href).toBe(`/news/${inTitle.slug}`)
    expect(highlighted(first!.titleParts)).toEqual([word])
    expect(text(first!.titleParts)).toBe(`The ${word} survey begins`)
    expect(highlighted(third!.snippetParts)).toContain(word)
    expect(items[1]?.href).toBe(`/projects/${inSummary.slug}`)
  })

  it('finds every content type, and matches word forms through English stemming', async () => {
    const word = uniqueWord()
    const rows = await Promise.all([
      insertSearchOrganization({ body: `Experts in ${word} mapping.` }),
      insertSearchProject({ title: `${word} project` }),
      insertSearchMou({ title: `${word} data exchange` }),
      insertSearchConference({ summary: `A symposium on ${word} methods.` }),
      insertSearchTraining({ body: `Hands-on ${word} practice.` }),
      insertSearchNews({ title: `Agreements signed on ${word}` }),
    ])
    const { items } = await search(word)
    expect(new Set(items.map((i) => i.slug))).toEqual(new Set(rows.map((r) => r.slug)))
    expect(new Set(items.map((i) => i.type))).toEqual(
      new Set(['organizations', 'projects', 'mous', 'conferences', 'trainings', 'news']),
    )

    const plural = await insertSearchNews({ title: `Two agreements on ${word} signed` })
    const { items: stemmed } = await search(`agreement ${word}`)
    expect(stemmed.map((i) => i.slug)).toEqual(expect.arrayContaining([plural.slug, rows[5]!.slug]))
  })

  it('filters by type and counts the results of each type', async () => {
    const word = uniqueWord()
    const news = await insertSearchNews({ title: `${word} news` })
    await insertSearchNews({ body: `More on ${word}.` })
    const project = await insertSearchProject({ title: `${word} project` })

    const onlyProjects = await search(word, { type: 'projects' })
    expect(onlyProjects.items.map((i) => i.slug)).toEqual([project.slug])
    expect(onlyProjects.total).toBe(1)
    expect((await search(word, { type: 'news' })).items.map((i) => i.slug)).toContain(news.slug)
    expect((await search(word, { type: 'mous' })).total).toBe(0)

    expect(await countSearchResultsByType(word)).toEqual({
      organizations: 0,
      projects: 1,
      mous: 0,
      conferences: 0,
      trainings: 0,
      news: 2,
    })
  })

  it('paginates, best match first', async () => {
    const word = uniqueWord()
    const best = await insertSearchNews({ title: word })
    const second = await insertSearchNews({ summary: word })
    const third = await insertSearchNews({ body: word })
    const pages = await Promise.all([1, 2, 3, 4].map((page) => listSearchResults({ q: word, page }, 1)))
    expect(pages.map((p) => p.items[0]?.slug)).toEqual([best.slug, second.slug, third.slug, undefined])
    expect(pages[0]).toMatchObject({ total: 3, totalPages: 3, page: 1 })
  })

  it('never returns drafts, items in review, archived, future-dated or deleted items', async () => {
    const word = uniqueWord()
    const visible = await insertSearchNews({ title: `${word} published` })
    const hidden = await Promise.all([
      insertSearchNews({ title: `${word} draft` }, { status: 'DRAFT' }),
      insertSearchNews({ title: `${word} in review` }, { status: 'IN_REVIEW' }),
      insertSearchProject({ title: `${word} archived` }, { status: 'ARCHIVED' }),
      insertSearchMou({ title: `${word} future` }, { publishedAt: new Date(Date.now() + 86_400_000) }),
      insertSearchOrganization({ title: `${word} deleted` }, { deletedAt: new Date() }),
      insertSearchTraining({ title: `${word} unpublished` }, { status: 'PUBLISHED', publishedAt: null }),
      insertSearchConference({ title: `${word} trashed` }, { deletedAt: new Date() }),
    ])
    const { items, total } = await search(word)
    expect(items.map((i) => i.slug)).toEqual([visible.slug])
    expect(total).toBe(1)
    const counts = await countSearchResultsByType(word)
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(1)
    for (const type of ['projects', 'mous', 'organizations', 'trainings', 'conferences'] as const)
      expect((await search(word, { type })).total).toBe(0)
    expect(hidden).toHaveLength(7)
  })

  it('finds Chinese text by substring, title matches first, and highlights it', async () => {
    const word = uniqueWord()
    const inTitle = await insertSearchNews({ title: `中国地质调查局代表团访问 ${word}` })
    const inBody = await insertSearchProject({ body: `双方讨论了区域地质调查与矿产资源合作。${word}` })
    const draft = await insertSearchNews({ title: `地质调查草稿 ${word}` }, { status: 'DRAFT' })

    const { items } = await search('地质')
    const slugs = items.map((i) => i.slug)
    expect(slugs).toEqual(expect.arrayContaining([inTitle.slug, inBody.slug]))
    expect(slugs).not.toContain(draft.slug)
    expect(slugs.indexOf(inTitle.slug)).toBeLessThan(slugs.indexOf(inBody.slug))

    const title = items.find((i) => i.slug === inTitle.slug)!
    expect(highlighted(title.titleParts)).toEqual(['地质'])
    const body = items.find((i) => i.slug === inBody.slug)!
    expect(highlighted(body.snippetParts)).toEqual(['地质'])

    // Every word of a mixed query must occur.
    expect((await search(`地质 ${word}`)).items.map((i) => i.slug).sort()).toEqual([inTitle.slug, inBody.slug].sort())
    expect((await search(`地质 ${uniqueWord()}`)).items.map((i) => i.slug)).not.toContain(inTitle.slug)
    // A word with a minus must not occur.
    expect((await search(`地质 ${word} -代表团`)).items.map((i) => i.slug)).toEqual([inBody.slug])
  })

  it('finds Japanese text in every script, with the type filter and counts', async () => {
    const word = uniqueWord()
    const organization = await insertSearchOrganization({
      title: `地質調査総合センター ${word}`,
      body: '日本の地質調査を担う研究機関です。',
    })
    const training = await insertSearchTraining({ title: `リモートセンシング研修 ${word}`, summary: 'ひらがなの説明です。' })

    expect((await search('地質調査')).items.map((i) => i.slug)).toContain(organization.slug)
    expect((await search('リモートセンシング')).items.map((i) => i.slug)).toContain(training.slug)
    expect((await search('ひらがな')).items.map((i) => i.slug)).toContain(training.slug)
    expect((await search(`地質調査 ${word}`, { type: 'trainings' })).total).toBe(0)
    expect((await countSearchResultsByType(`地質調査 ${word}`)).organizations).toBe(1)
  })

  it('treats LIKE wildcards in a CJK query literally', async () => {
    const word = uniqueWord()
    const row = await insertSearchNews({ title: `地質_100%調査 ${word}` })
    const other = await insertSearchNews({ title: `地質X100Y調査 ${word}` })
    const found = (await search('地質_100%')).items.map((i) => i.slug)
    expect(found).toContain(row.slug)
    expect(found).not.toContain(other.slug)
  })

  it('answers hostile and malformed queries with normal results or none', async () => {
    const word = uniqueWord()
    const visible = await insertSearchNews({ title: `${word} visible` })
    const draft = await insertSearchNews({ title: `${word} draft` }, { status: 'DRAFT' })
    const hostile = [
      '',
      '   ',
      '"unbalanced quote',
      `"${word}`,
      `${word}"`,
      '&|!():*',
      `${word} & | ! ( ) : *`,
      "' OR 1=1 --",
      `${word}' OR 1=1 --`,
      "'; DROP TABLE \"NewsArticle\"; --",
      '"""',
      '----',
      `-${word}`,
      'or',
      '!!!???...',
      '\\',
      '%',
      '_',
      '<script>alert(1)</script>',
      '\u0000nul',
      `${word}\u0000`,
      '😀'.repeat(300),
      'a'.repeat(5000),
      `${word} ${'x'.repeat(4990)}`,
      '地質"調査 OR -「』',
      '地'.repeat(5000),
    ]
    for (const q of hostile) {
      for (const input of [q, SearchQuerySchema.parse({ q }).q]) {
        const result = await search(input)
        expect(result.items.map((i) => i.slug), JSON.stringify(input.slice(0, 40))).not.toContain(draft.slug)
        await expect(countSearchResultsByType(input)).resolves.toBeTypeOf('object')
      }
    }
    expect((await search(`${word}' OR 1=1 --`)).items.map((i) => i.slug)).toEqual([visible.slug])
    expect((await search(`"${word}`)).items.map((i) => i.slug)).toEqual([visible.slug])
    expect(await db.newsArticle.count({ where: { id: visible.id } })).toBe(1)
  })

  it('renders stored markup as text, never as highlight markers', async () => {
    const word = uniqueWord()
    await insertSearchNews({ title: `${word} <b>bold</b> & <script>x</script>`, body: `About ${word} <img src=x onerror=alert(1)>` })
    const [hit] = (await search(word)).items
    expect(hit).toBeDefined()
    for (const part of [...hit!.titleParts, ...hit!.snippetParts]) {
      expect(part.text).not.toMatch(/[\uE000\uE001]/)
      if (part.highlighted) expect(part.text).toBe(word)
    }
  })
})

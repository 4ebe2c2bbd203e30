import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { describeList } from '@/app/(public)/[locale]/_lib/list-text'
import { ProjectCard } from '@/components/content/project-card'
import { SearchResults } from '@/components/content/search-results'
import { TrainingCard } from '@/components/content/training-card'
import { Pagination } from '@/components/ui/pagination'
import { conferenceSeriesText, organizationKindLabel, partnerGroupHeading } from '@/lib/i18n/labels'
import type { ProjectCard as ProjectCardData } from '@/lib/data/projects'
import type { SearchResult } from '@/lib/data/search'
import type { TrainingCard as TrainingCardData } from '@/lib/data/trainings'

const project: ProjectCardData = {
  id: 'p1',
  slug: 'igdp',
  title: 'Geological mapping of the Gobi',
  summary: 'Joint mapping.',
  acronym: null,
  projectStatus: 'ACTIVE',
  startDate: new Date('2019-03-01T00:00:00Z'),
  endDate: null,
  datePrecision: 'YEAR',
  scope: 'BILATERAL',
}

const training: TrainingCardData = {
  id: 't1',
  slug: 'remote-sensing-2023',
  title: 'Remote sensing course',
  startDate: new Date('2023-07-03T00:00:00Z'),
  endDate: new Date('2023-07-05T00:00:00Z'),
  datePrecision: 'DAY',
  kind: 'WORKSHOP',
  country: 'ID',
  location: 'Bandung',
  participantsCount: 24,
  participantCountryCount: 1,
}

describe('cards in Chinese and Japanese', () => {
  it('links a project card to the page in its language and translates its labels', () => {
    const zh = renderToStaticMarkup(createElement(ProjectCard, { project, locale: 'zh' }))
    expect(zh).toContain('href="/zh/projects/igdp"')
    expect(zh).toContain('进行中')
    expect(zh).toContain('双边')
    expect(zh).toContain('自<time dateTime="2019">2019年</time>起')

    const ja = renderToStaticMarkup(createElement(ProjectCard, { project, locale: 'ja' }))
    expect(ja).toContain('href="/ja/projects/igdp"')
    expect(ja).toContain('実施中')
    expect(ja).toContain('<time dateTime="2019">2019年</time>から')
  })

  it('keeps the English card as it was', () => {
    const en = renderToStaticMarkup(createElement(ProjectCard, { project, locale: 'en' }))
    expect(en).toContain('href="/projects/igdp"')
    expect(en).toContain('Since <time dateTime="2019">2019</time>')
    expect(en).toContain('<span class="sr-only">Duration: </span>')
    expect(en).toContain('Bilateral')
  })

  it('counts participants and names the country in the page language', () => {
    const ja = renderToStaticMarkup(createElement(TrainingCard, { training, locale: 'ja' }))
    expect(ja).toContain('href="/ja/trainings/remote-sensing-2023"')
    expect(ja).toContain('href="/ja/countries/id"')
    expect(ja).toContain('インドネシア')
    expect(ja).toContain('ワークショップ')
    expect(ja).toContain('参加者24名、参加国1か国')

    const en = renderToStaticMarkup(createElement(TrainingCard, { training, locale: 'en' }))
    expect(en).toContain('24 participants, 1 participant country')
    expect(en).toContain('Indonesia')
  })
})

describe('pagination and search results', () => {
  it('labels the page navigation in Japanese', () => {
    const html = renderToStaticMarkup(
      createElement(Pagination, { page: 2, totalPages: 3, basePath: '/ja/news', locale: 'ja' }),
    )
    expect(html).toContain('aria-label="ページ送り"')
    expect(html).toContain('前へ')
    expect(html).toContain('次へ')
    expect(html).toContain('aria-label="3 ページ"')
    expect(html).toContain('href="/ja/news?page=3"')
    expect(html).not.toContain('Next')
  })

  it('sends a Chinese search result to the Chinese page', () => {
    const result: SearchResult = {
      type: 'news',
      id: 'n1',
      slug: 'mou-signed',
      href: '/news/mou-signed',
      title: 'MOU signed',
      titleParts: [{ text: 'MOU signed', highlighted: false }],
      snippetParts: [],
      publishedAt: new Date('2024-05-06T00:00:00Z'),
    }
    const html = renderToStaticMarkup(createElement(SearchResults, { results: [result], locale: 'zh' }))
    expect(html).toContain('href="/zh/news/mou-signed"')
    expect(html).toContain('新闻')
    expect(html).toContain('2024年5月6日')
  })
})

describe('list and label text', () => {
  it('describes a list in each language', () => {
    const args = { list: 'organizations', total: 31, filtered: true, page: 2, totalPages: 4 } as const
    expect(describeList('en', args)).toBe('31 partners match these filters, page 2 of 4')
    expect(describeList('zh', args)).toBe('31家合作伙伴符合筛选条件，第2页，共4页')
    expect(describeList('ja', args)).toBe('条件に一致：パートナー31機関（2 / 4 ページ）')
    expect(describeList('en', { list: 'mous', total: 1, order: 'newestFirst' })).toBe('1 memorandum, newest first')
  })

  it('names enum values and writes conference editions per language', () => {
    expect(partnerGroupHeading('en', 'LEAD', 2)).toBe('Lead organizations')
    expect(partnerGroupHeading('zh', 'LEAD', 2)).toBe('牵头单位')
    expect(organizationKindLabel('ja', 'GEOLOGICAL_SURVEY')).toBe('地質調査機関')
    expect(conferenceSeriesText('en', '42nd', 'CCOP Annual Session')).toBe('CCOP Annual Session, 42nd edition')
    expect(conferenceSeriesText('ja', '42nd', 'CCOP')).toBe('第42回CCOP')
    expect(conferenceSeriesText('zh', '6th', null)).toBe('第6届')
  })
})

import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { JsonLd } from '@/components/content/json-ld'
import {
  conferenceJsonLd,
  newsArticleJsonLd,
  organizationJsonLd,
  projectJsonLd,
  serializeJsonLd,
  surveyOrganizationJsonLd,
  toSchemaDate,
  trainingJsonLd,
} from '@/lib/json-ld'

const attack = '</script><script>alert(1)</script>'

beforeEach(() => {
  vi.stubEnv('SITE_URL', 'https://geocoop.example')
})

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('serializeJsonLd', () => {
  it('escapes characters that could end the script element and still parses back to the original', () => {
    const data = { '@type': 'NewsArticle', headline: attack, note: 'a & b > c <!-- d', lines: 'x\u2028y\u2029z' }
    const json = serializeJsonLd(data)
    expect(json).not.toMatch(/<\/script/i)
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(json).toContain('\\u003c/script\\u003e')
    expect(JSON.parse(json)).toEqual(data)
  })

  it('leaves undefined properties out', () => {
    expect(JSON.parse(serializeJsonLd({ name: 'X', description: undefined }))).toEqual({ name: 'X' })
  })
})

describe('JsonLd', () => {
  it('renders one ld+json script whose content cannot close the tag', () => {
    const html = renderToStaticMarkup(createElement(JsonLd, { data: { '@type': 'Thing', name: attack } }))
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true)
    expect(html.match(/<\/script/gi)).toHaveLength(1)
    const text = html.slice('<script type="application/ld+json">'.length, -'</script>'.length)
    expect(JSON.parse(text)).toEqual({ '@type': 'Thing', name: attack })
  })
})

describe('toSchemaDate', () => {
  it('writes a date only as precisely as it is known, in UTC', () => {
    const date = new Date('2023-07-05T00:00:00Z')
    expect(toSchemaDate(date, 'DAY')).toBe('2023-07-05')
    expect(toSchemaDate(date, 'MONTH')).toBe('2023-07')
    expect(toSchemaDate(date, 'YEAR')).toBe('2023')
  })
})

describe('structured data builders', () => {
  it('describe the survey as an Organization with absolute URLs', () => {
    const survey = surveyOrganizationJsonLd()
    expect(survey).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': 'https://geocoop.example/#organization',
      url: 'https://geocoop.example/',
    })
    expect(typeof survey.name).toBe('string')
  })

  it('describe a partner with its page, website, logo and country', () => {
    expect(
      organizationJsonLd({
        slug: 'usgs',
        name: 'United States Geological Survey',
        acronym: 'USGS',
        description: 'The science agency.',
        website: 'https://www.usgs.gov',
        logoUrl: '/logos/usgs.png',
        country: 'us',
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'United States Geological Survey',
      alternateName: 'USGS',
      url: 'https://geocoop.example/organizations/usgs',
      description: 'The science agency.',
      sameAs: 'https://www.usgs.gov',
      logo: 'https://geocoop.example/logos/usgs.png',
      address: { '@type': 'PostalAddress', addressCountry: 'US' },
    })
  })

  it('describe a conference as an Event with dates, place and the survey as organizer or sponsor', () => {
    const base = {
      slug: 'ccop-annual-session-2023',
      name: 'CCOP Annual Session',
      summary: '',
      startDate: new Date('2023-11-06T00:00:00Z'),
      endDate: new Date('2023-11-09T00:00:00Z'),
      datePrecision: 'DAY' as const,
      city: 'Tsukuba',
      country: 'JP',
      url: null,
    }
    const organized = conferenceJsonLd({ ...base, role: 'ORGANIZER' })
    expect(organized).toMatchObject({
      '@type': 'Event',
      name: 'CCOP Annual Session',
      startDate: '2023-11-06',
      endDate: '2023-11-09',
      url: 'https://geocoop.example/conferences/ccop-annual-session-2023',
      location: {
        '@type': 'Place',
        name: 'Tsukuba',
        address: { '@type': 'PostalAddress', addressLocality: 'Tsukuba', addressCountry: 'JP' },
      },
      organizer: { '@type': 'Organization', '@id': 'https://geocoop.example/#organization' },
    })
    expect(organized.description).toBeUndefined()
    const sponsored = conferenceJsonLd({ ...base, role: 'CO_SPONSOR', city: null })
    expect(sponsored.organizer).toBeUndefined()
    expect(sponsored.sponsor).toMatchObject({ '@type': 'Organization' })
    expect(sponsored.location).toMatchObject({ name: 'Japan', address: { addressCountry: 'JP' } })
  })

  it('describe a training as an EducationEvent organized by its partner, or by the survey', () => {
    const training = {
      slug: 'geochemical-mapping-2023',
      title: 'Geochemical mapping workshop',
      summary: 'Two weeks of field and laboratory work.',
      startDate: new Date('2023-10-01T00:00:00Z'),
      endDate: null,
      datePrecision: 'MONTH' as const,
      location: 'Langfang',
      country: 'CN',
      topics: ['Geochemistry'],
      organizer: { slug: 'icgg', name: 'International Centre on Global-Scale Geochemistry', acronym: 'ICGG' },
    }
    expect(trainingJsonLd(training)).toMatchObject({
      '@type': 'EducationEvent',
      name: 'Geochemical mapping workshop',
      startDate: '2023-10',
      location: { '@type': 'Place', name: 'Langfang', address: { addressCountry: 'CN' } },
      organizer: {
        '@type': 'Organization',
        name: training.organizer.name,
        url: 'https://geocoop.example/organizations/icgg',
      },
      teaches: ['Geochemistry'],
    })
    expect(trainingJsonLd({ ...training, organizer: null }).organizer).toMatchObject({
      '@id': 'https://geocoop.example/#organization',
    })
  })

  it('describe a news article with dates, description and an absolute image', () => {
    const article = {
      slug: 'igdp-phase-iii-begins',
      title: 'CCOP data processing project begins its third phase',
      summary: 'Phase III starts in 2021.',
      publishedAt: new Date('2021-01-20T00:00:00Z'),
      updatedAt: new Date('2024-02-01T10:00:00Z'),
      coverImageUrl: null,
    }
    expect(newsArticleJsonLd(article)).toMatchObject({
      '@type': 'NewsArticle',
      headline: article.title,
      description: 'Phase III starts in 2021.',
      datePublished: '2021-01-20T00:00:00.000Z',
      dateModified: '2024-02-01T10:00:00.000Z',
      image: ['https://geocoop.example/opengraph-image'],
      url: 'https://geocoop.example/news/igdp-phase-iii-begins',
    })
    expect(newsArticleJsonLd({ ...article, coverImageUrl: 'https://cdn.example/cover.jpg' }).image).toEqual([
      'https://cdn.example/cover.jpg',
    ])
  })

  it('describe a project as a ResearchProject with funders and members, each once', () => {
    const cgs = { slug: 'cgs', name: 'China Geological Survey', acronym: 'CGS' }
    const ccop = { slug: 'ccop', name: 'CCOP', acronym: null }
    const project = {
      slug: 'igdp-phase-3',
      title: 'Integrated Geoscience Data Processing Project',
      acronym: 'IGDP',
      summary: 'A five-year project.',
      fundingSource: 'China Geological Survey',
      partnerGroups: [
        { role: 'LEAD' as const, organizations: [cgs] },
        { role: 'PARTNER' as const, organizations: [ccop, cgs] },
        { role: 'FUNDER' as const, organizations: [cgs] },
      ],
    }
    const data = projectJsonLd(project)
    expect(data).toMatchObject({
      '@type': 'ResearchProject',
      name: project.title,
      alternateName: 'IGDP',
      description: 'A five-year project.',
      url: 'https://geocoop.example/projects/igdp-phase-3',
    })
    expect(data.funder).toEqual([expect.objectContaining({ name: 'China Geological Survey', alternateName: 'CGS' })])
    expect(data.member).toEqual([
      expect.objectContaining({ name: 'China Geological Survey' }),
      expect.objectContaining({ name: 'CCOP' }),
    ])
    expect(projectJsonLd({ ...project, partnerGroups: [] })).toMatchObject({
      funder: [{ '@type': 'Organization', name: 'China Geological Survey' }],
    })
  })
})

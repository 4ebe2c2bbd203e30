import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { localizeDataset } from '@/app/(public)/[locale]/data/_components/localize-dataset'
import { ConferencePlace } from '@/components/content/conference-place'
import { CountryTable } from '@/components/content/country-table'
import { MouTable } from '@/components/content/mou-table'
import { PartnerMap } from '@/components/content/partner-map'
import { TrainingParticipantTable } from '@/components/content/training-details'
import type { CountrySummary } from '@/lib/data/countries'
import type { MouRow } from '@/lib/data/mous'
import type { TrainingDetail } from '@/lib/data/trainings'
import type { Locale } from '@/lib/i18n/locales'
import { about } from '@/lib/i18n/messages/about'
import { countries } from '@/lib/i18n/messages/countries'
import { data, datasetTranslations } from '@/lib/i18n/messages/data'
import type { MessageTree } from '@/lib/i18n/messages/define'
import { detail } from '@/lib/i18n/messages/detail'
import { home } from '@/lib/i18n/messages/home'
import { DATASETS } from '@/lib/open-data/datasets'

const mou: MouRow = {
  id: 'mou-1',
  slug: 'landsat-data',
  country: 'MN',
  subject: 'Landsat data',
  startDate: new Date('2019-07-05T00:00:00Z'),
  endDate: null,
  endTerm: null,
  datePrecision: 'DAY',
  status: 'INDEFINITE',
  counterparts: [{ id: 'org-1', slug: 'mrpam', name: 'Mineral Resources Authority', acronym: 'MRPAM' }],
}

const summaries: CountrySummary[] = [
  {
    code: 'MN',
    name: 'Mongolia',
    counts: { organizations: 1, mous: 2, projects: 0, trainings: 0, conferences: 0 },
    total: 3,
  },
]

const participantCountries: TrainingDetail['participantCountries'] = [
  { country: 'ID', name: 'Indonesia', participants: null },
  { country: 'VN', name: 'Viet Nam', participants: 1200 },
]

function render(element: Parameters<typeof renderToStaticMarkup>[0]): string {
  return renderToStaticMarkup(element)
}

describe('public detail components in Chinese and Japanese', () => {
  it('names and links map countries in the page language', () => {
    const zh = render(createElement(PartnerMap, { counts: { JP: 14, SG: 2 }, locale: 'zh' }))
    expect(zh).toContain('<a href="/zh/countries/jp" aria-label="日本：合作14项"')
    expect(zh).toContain('aria-label="图例"')
    expect(zh).toMatch(/<title id="[^"]+">合作国家和地区<\/title>/)
    expect(zh).toContain('href="/zh/countries/sg"')
    expect(zh).toContain('新加坡</a>（2）')
    expect(zh).not.toContain('cooperation link')

    const ja = render(createElement(PartnerMap, { counts: { JP: 1 }, locale: 'ja', title: '協力相手の国・地域' }))
    expect(ja).toContain('<a href="/ja/countries/jp" aria-label="日本：協力実績1件"')
    expect(ja).toContain('実績なし')
    expect(ja).toContain('1件')
  })

  it('keeps the English map as it was', () => {
    const en = render(createElement(PartnerMap, { counts: { JP: 14 }, locale: 'en' }))
    expect(en).toContain('<a href="/countries/jp" aria-label="Japan: 14 cooperation links"')
    expect(en).toMatch(/<title id="[^"]+">Partner countries<\/title>/)
    expect(en).toContain('aria-label="Legend"')
  })

  it('translates the country table and links each country in its language', () => {
    const ja = render(createElement(CountryTable, { summaries, locale: 'ja' }))
    expect(ja).toContain('国・地域別の協力実績')
    expect(ja).toContain('<th scope="col" class="px-4 py-2 font-semibold text-ink">国・地域</th>')
    expect(ja).toContain('合計')
    expect(ja).toContain('href="/ja/countries/mn"')
    expect(ja).toContain('モンゴル')
    expect(ja).not.toContain('Mongolia')

    const en = render(createElement(CountryTable, { summaries, locale: 'en' }))
    expect(en).toContain('Cooperation links by country')
    expect(en).toContain('href="/countries/mn"')
    expect(en).toContain('Mongolia')
  })

  it('translates the MOU table headers and localizes its links', () => {
    const zh = render(createElement(MouTable, { mous: [mou], caption: '1 份', locale: 'zh' }))
    for (const header of ['国家/地区', '签署方', '合作内容', '生效日期', '终止日期', '状态']) {
      expect(zh).toContain(`>${header}</th>`)
    }
    expect(zh).toContain('href="/zh/mous/landsat-data"')
    expect(zh).toContain('href="/zh/organizations/mrpam"')
    expect(zh).toContain('href="/zh/countries/mn"')
    expect(zh).toContain('蒙古')
    expect(zh).not.toContain('Counterpart(s)')
  })

  it('translates the participants table and formats its numbers', () => {
    const ja = render(createElement(TrainingParticipantTable, { countries: participantCountries, locale: 'ja' }))
    expect(ja).toContain('国別参加者数')
    expect(ja).toContain('記録なし')
    expect(ja).toContain('href="/ja/countries/id"')
    expect(ja).toContain('インドネシア')
    expect(ja).toContain('1,200')
    expect(ja).not.toContain('not recorded')
  })

  it('writes a conference place with the country in the page language', () => {
    expect(render(createElement(ConferencePlace, { city: 'Kunming', country: 'CN', locale: 'zh' }))).toMatch(
      /^Kunming，<a [^>]*href="\/zh\/countries\/cn"[^>]*>中国<\/a>$/,
    )
    expect(render(createElement(ConferencePlace, { city: 'Kunming', country: 'CN', locale: 'en' }))).toMatch(
      /^Kunming, <a [^>]*href="\/countries\/cn"[^>]*>China<\/a>$/,
    )
  })
})

describe('open data documentation', () => {
  it('translates every dataset, field and CSV column, and nothing else', () => {
    for (const locale of ['zh', 'ja'] as const) {
      const table: Readonly<Record<string, { fields: object; columns?: object }>> = datasetTranslations[locale]
      expect(Object.keys(table).sort(), locale).toEqual(DATASETS.map((d) => d.id).sort())
      for (const dataset of DATASETS) {
        const localized = localizeDataset(dataset, locale)
        expect(localized.title, `${locale} ${dataset.id}`).not.toBe(dataset.title)
        expect(Object.keys(table[dataset.id]!.fields).sort()).toEqual(dataset.fields.map((f) => f.name).sort())
        localized.fields.forEach((field, i) => {
          expect(field.name).toBe(dataset.fields[i]!.name)
          expect(field.type).toBe(dataset.fields[i]!.type)
          expect(field.meaning, `${locale} ${dataset.id}.${field.name}`).not.toBe(dataset.fields[i]!.meaning)
        })
        const headers = (dataset.csvColumns ?? []).map((c) => c.header)
        expect(Object.keys(table[dataset.id]!.columns ?? {}).sort(), `${locale} ${dataset.id}`).toEqual(
          [...headers].sort(),
        )
        localized.csvColumns?.forEach((column, i) => {
          expect(column.header).toBe(headers[i])
          expect(column.description, `${locale} ${dataset.id} ${column.header}`).not.toBe(
            dataset.csvColumns?.[i]?.description,
          )
        })
      }
    }
  })

  it('leaves the English documentation untouched', () => {
    for (const dataset of DATASETS) expect(localizeDataset(dataset, 'en')).toBe(dataset)
  })
})

// ---- Message tables ----------------------------------------------------------

/** Every message of a tree, by its dotted key. */
function flatten(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value)
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}

/**
 * The arguments and tags a message uses, and of those the ones it shows: a
 * plural argument is shown only when one of its forms contains `#`, since a
 * language without plural forms may use it just to choose the wording.
 */
function argumentsOf(message: string): { used: string[]; shown: string[] } {
  const used = new Set<string>()
  const shown = new Set<string>()
  const visit = (elements: MessageFormatElement[], selector?: string) => {
    for (const element of elements) {
      if (element.type === TYPE.literal) continue
      if (element.type === TYPE.pound) {
        if (selector) shown.add(selector)
        continue
      }
      used.add(element.value)
      if (element.type === TYPE.tag) {
        shown.add(element.value)
        visit(element.children, selector)
      } else if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) visit(option.value, element.value)
      } else {
        shown.add(element.value)
      }
    }
  }
  visit(parse(message))
  return { used: [...used].sort(), shown: [...shown].sort() }
}

const namespaces = { detail, home, countries, about, data }

describe.each(Object.entries(namespaces))('the %s messages', (_name, table) => {
  const english = flatten(table.en)
  it.each(['zh', 'ja'] as const satisfies readonly Locale[])('use the English arguments in %s', (locale) => {
    const translated = flatten(table[locale])
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort())
    for (const [key, message] of english) {
      const source = argumentsOf(message)
      const translation = argumentsOf(translated.get(key)!)
      // No argument the page does not pass, and every value English shows.
      for (const name of translation.used) expect(source.used, `${locale} ${key}: {${name}}`).toContain(name)
      for (const name of source.shown) expect(translation.shown, `${locale} ${key}: {${name}}`).toContain(name)
    }
  })
})

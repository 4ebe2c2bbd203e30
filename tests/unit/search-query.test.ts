import { describe, expect, it } from 'vitest'
import {
  containsPattern,
  hasCjk,
  MAX_QUERY_LENGTH,
  MAX_QUERY_TERMS,
  normalizeQuery,
  SearchQuerySchema,
  searchTerms,
} from '@/lib/validation/search'

describe('SearchQuerySchema', () => {
  it('reads a query, a type in any letter case and a page', () => {
    expect(SearchQuerySchema.parse({ q: '  Landsat   data ', type: 'News', page: '2' })).toEqual({
      q: 'Landsat data',
      type: 'news',
      page: 2,
    })
    expect(SearchQuerySchema.parse({ q: 'mous', type: 'mous' }).type).toBe('mous')
  })

  it('treats missing, blank, repeated and unknown values as no query, all types and page 1', () => {
    expect(SearchQuerySchema.parse({})).toEqual({ q: '', type: undefined, page: 1 })
    expect(SearchQuerySchema.parse({ q: '', type: '', page: '' })).toEqual({ q: '', type: undefined, page: 1 })
    expect(SearchQuerySchema.parse({ q: 42, type: 'users', page: '-1' })).toEqual({ q: '', type: undefined, page: 1 })
    expect(SearchQuerySchema.parse({ type: 'NewsArticle', page: 'two' })).toEqual({ q: '', type: undefined, page: 1 })
    expect(SearchQuerySchema.parse({ q: ['first', 'second'], type: ['projects', 'news'], page: ['3', '4'] })).toEqual({
      q: 'first',
      type: 'projects',
      page: 3,
    })
    expect(SearchQuerySchema.parse({ q: { nested: true }, type: { a: 1 }, page: {} })).toEqual({
      q: '',
      type: undefined,
      page: 1,
    })
  })

  it('keeps hostile queries as plain text', () => {
    for (const q of ['"unbalanced', '&|!():*', "' OR 1=1 --", '!!!', '<script>alert(1)</script>', '地質調査', '%_\\']) {
      expect(SearchQuerySchema.parse({ q }).q).toBe(q)
    }
  })

  it('cuts long queries and removes control characters', () => {
    expect(SearchQuerySchema.parse({ q: 'a'.repeat(5000) }).q).toHaveLength(MAX_QUERY_LENGTH)
    expect(SearchQuerySchema.parse({ q: 'nul\u0000byte\ttab\nline' }).q).toBe('nul byte tab line')
    expect(SearchQuerySchema.parse({ q: '\u0000\u0001 ' }).q).toBe('')
    // A character outside the Basic Multilingual Plane is never cut in half.
    const emoji = normalizeQuery('😀'.repeat(300))
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH)
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
  })
})

describe('search query helpers', () => {
  it('recognise Chinese, Japanese and Korean text', () => {
    for (const q of ['地质', '地質調査', 'ひらがな', 'カタカナ', '지질', 'Landsat 地質']) expect(hasCjk(q), q).toBe(true)
    for (const q of ['Landsat', 'Géologie', 'Монголия', '', '!!!']) expect(hasCjk(q), q).toBe(false)
  })

  it('split a query into distinct required and excluded words, like the web-search syntax', () => {
    expect(searchTerms('"地質 調査" -除外 or 地質 OR 研究')).toEqual({ required: ['地質', '調査', '研究'], excluded: ['除外'] })
    expect(searchTerms('--- - " 地質-調査')).toEqual({ required: ['地質-調査'], excluded: [] })
    expect(searchTerms('   ')).toEqual({ required: [], excluded: [] })
    expect(searchTerms(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ')).required).toHaveLength(MAX_QUERY_TERMS)
  })

  it('escape the LIKE wildcards and the escape character', () => {
    expect(containsPattern('地質')).toBe('%地質%')
    expect(containsPattern('100%_\\')).toBe('%100\\%\\_\\\\%')
  })
})

import { describe, expect, it } from 'vitest'
import { parseCsv } from '../fixtures/open-data-csv'
import { CSV_BOM, csvField, csvRecord, joinList, neutralizeFormula, toCsv, type CsvColumn } from '@/lib/open-data/csv'

type Row = { name: string; count: number | null; note?: string | null }

const columns: CsvColumn<Row>[] = [
  { header: 'Name', description: 'The name.', value: (r) => r.name },
  { header: 'Count', description: 'A number.', value: (r) => r.count },
  { header: 'Note', description: 'A note.', value: (r) => r.note },
]

describe('csvField', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('Geological Survey of Japan')).toBe('Geological Survey of Japan')
    expect(csvField(42)).toBe('42')
    expect(csvField(0)).toBe('0')
  })

  it('writes null and undefined as empty fields', () => {
    expect(csvField(null)).toBe('')
    expect(csvField(undefined)).toBe('')
  })

  it('quotes fields with commas, quotes, CR or LF and doubles the quotes', () => {
    expect(csvField('Mongolia, Ulaanbaatar')).toBe('"Mongolia, Ulaanbaatar"')
    expect(csvField('the "Landsat" MOU')).toBe('"the ""Landsat"" MOU"')
    expect(csvField('line one\nline two')).toBe('"line one\nline two"')
    expect(csvField('line one\r\nline two')).toBe('"line one\r\nline two"')
    expect(csvField('"')).toBe('""""')
  })
})

describe('formula neutralization', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `'=HYPERLINK("http://evil.example","Click")`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
  ])('prefixes %j with an apostrophe', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected)
  })

  it('leaves text that only contains those characters later on alone', () => {
    expect(neutralizeFormula('CGS–CCOP = cooperation')).toBe('CGS–CCOP = cooperation')
    expect(neutralizeFormula('2021-2025')).toBe('2021-2025')
    expect(neutralizeFormula('')).toBe('')
  })

  it('neutralizes before quoting, so a formula with commas and quotes is both prefixed and quoted', () => {
    expect(csvField('=HYPERLINK("http://evil.example","Click")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""Click"")"`,
    )
    expect(csvField('\rreturn')).toBe(`"'\rreturn"`)
  })

  it('does not touch numbers, which are never formulas', () => {
    expect(csvField(-1)).toBe('-1')
  })
})

describe('toCsv', () => {
  it('starts with the UTF-8 byte order mark and a header record', () => {
    const csv = toCsv(columns, [])
    expect(csv.startsWith(CSV_BOM)).toBe(true)
    expect(csv).toBe(`${CSV_BOM}Name,Count,Note\r\n`)
  })

  it('ends every record with CRLF and never uses a bare LF between records', () => {
    const csv = toCsv(columns, [
      { name: 'A', count: 1 },
      { name: 'B', count: null, note: 'x' },
    ])
    expect(csv).toBe(`${CSV_BOM}Name,Count,Note\r\nA,1,\r\nB,,x\r\n`)
  })

  it('writes a record from cells', () => {
    expect(csvRecord(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"\r\n')
  })

  it('joins several names with a semicolon and a space', () => {
    expect(joinList(['Ministry of Mineral Resources and Energy', 'JOGMEC'])).toBe(
      'Ministry of Mineral Resources and Energy; JOGMEC',
    )
    expect(joinList([])).toBe('')
  })

  it('round-trips Chinese and Japanese text through UTF-8 bytes with the BOM in front', () => {
    const rows: Row[] = [
      { name: '中国地质调查局', count: 3, note: '北京, 中国' },
      { name: '産業技術総合研究所 地質調査総合センター', count: null, note: '"つくば"' },
    ]
    const bytes = new TextEncoder().encode(toCsv(columns, rows))
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])

    // A UTF-8 decoder consumes the BOM, as spreadsheet apps do.
    const text = new TextDecoder('utf-8').decode(bytes)
    expect(text.startsWith(CSV_BOM)).toBe(false)
    expect(parseCsv(text)).toEqual([
      ['Name', 'Count', 'Note'],
      ['中国地质调查局', '3', '北京, 中国'],
      ['産業技術総合研究所 地質調査総合センター', '', '"つくば"'],
    ])
  })

  it('parses back to the same cells, line breaks and formulas included', () => {
    const rows: Row[] = [
      { name: 'Two\r\nlines', count: 7, note: '=1+1' },
      { name: 'Comma, "quoted"', count: 0, note: '@SUM(A1)' },
    ]
    const csv = toCsv(columns, rows)
    expect(parseCsv(csv.slice(CSV_BOM.length))).toEqual([
      ['Name', 'Count', 'Note'],
      ['Two\r\nlines', '7', "'=1+1"],
      ['Comma, "quoted"', '0', "'@SUM(A1)"],
    ])
  })
})

/**
 * A small CSV writer for the open-data downloads, following RFC 4180: fields
 * separated by commas, records by CRLF, and a field wrapped in double quotes
 * when it contains a quote, a comma, a CR or an LF, with its quotes doubled.
 */

/** The UTF-8 byte order mark. Excel reads a file without it in the local code page and garbles CJK names. */
export const CSV_BOM = '\uFEFF'

const CRLF = '\r\n'

export type CsvCell = string | number | null | undefined

/**
 * One column of a CSV download: its header, what it holds (shown on the /data
 * page, so the documentation cannot drift from the file) and how to read it
 * from a row.
 */
export type CsvColumn<T> = {
  header: string
  description: string
  value: (row: T) => CsvCell
}

// Spreadsheet apps treat a cell that starts with "=", "+", "-" or "@" as a
// formula, and some also after a leading tab or carriage return, so a
// published name such as `=HYPERLINK("http://evil.example","Click")` would
// run when a reader opens the file. Such cells get a leading apostrophe,
// which makes the app show the text as typed (OWASP "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/

/** Prefixes `'` to text that a spreadsheet app would otherwise read as a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

const NEEDS_QUOTES = /[",\r\n]/

/**
 * One cell as CSV text: empty for null and undefined, numbers as written,
 * text neutralized against formulas and then quoted where RFC 4180 needs it.
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = neutralizeFormula(value)
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One record: its cells joined with commas and ended with CRLF. */
export function csvRecord(cells: readonly CsvCell[]): string {
  return cells.map(csvField).join(',') + CRLF
}

/** A whole CSV document: the BOM, a header record, then one record per row. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  let out = CSV_BOM + csvRecord(columns.map((c) => c.header))
  for (const row of rows) out += csvRecord(columns.map((c) => c.value(row)))
  return out
}

/** Several names in one cell, as the downloads write counterparts and partners: "A; B". */
export function joinList(values: readonly string[]): string {
  return values.join('; ')
}

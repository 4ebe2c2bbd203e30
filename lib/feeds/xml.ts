// Everything XML 1.0 forbids in a document: C0 control characters other than
// tab, line feed and carriage return, unpaired surrogates, and U+FFFE/U+FFFF.
// With the `u` flag an unpaired surrogate is matched as a code point of its own.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** Removes the characters that may not appear anywhere in an XML 1.0 document. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '')
}

/**
 * Makes any string safe as XML character data or as an attribute value in
 * either kind of quotes: forbidden characters are dropped and `& < > " '`
 * become entity references.
 */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
}

/** Attributes of an element, written in order; undefined values are left out. */
export type XmlAttributes = Record<string, string | undefined>

function attributes(attrs: XmlAttributes): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('')
}

/**
 * One element with escaped text content, or an empty element when `text` is
 * undefined: `xmlElement('title', 'A & B')` → `<title>A &amp; B</title>`.
 * Names are written as given, so they must be literals of the caller.
 */
export function xmlElement(name: string, text?: string, attrs: XmlAttributes = {}): string {
  return text === undefined
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`
}

/** The XML declaration that starts every feed. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

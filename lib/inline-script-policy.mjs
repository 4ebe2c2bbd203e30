/**
 * The hash-based content security policy of a prerendered page.
 *
 * A prerendered page is one file served to every visitor, so its scripts
 * cannot carry a per-request nonce. Its inline scripts are known once the
 * HTML is complete, though, and Next.js writes only a few kinds: the start of
 * the page's React payload, its chunks (`self.__next_f.push(<JSON>)`) and the
 * bundler's list of chunks to load (`….push(<JSON>)`). Each passes a JSON
 * value, which is data and runs no code of its own. This policy allows
 * exactly the scripts of the page that have one of these shapes, by their
 * SHA-256 hashes, and scripts from this origin. Any other inline script, such
 * as one that reached the HTML through a fault in rendering content, is not
 * hashed even though it is in the page, so the browser refuses to run it.
 *
 * It is sent as a second Content-Security-Policy header next to the static
 * policy of lib/security-headers.ts (browsers enforce every policy they
 * receive, so a script must pass both), and says nothing but `script-src`:
 * every other directive comes from the static policy.
 *
 * JavaScript, not TypeScript: lib/prerendered-page-cache.mjs uses it, and
 * Next.js loads that module with Node's import() at run time, not through its
 * compiler. The types are in inline-script-policy.d.mts;
 * tests/unit/inline-script-policy.test.ts checks the hashes against the ones a
 * browser computes, and which scripts are allowed.
 */
import { createHash } from 'node:crypto'

/**
 * A script start tag (attributes with quoted values may contain `>`), its
 * text, and the end tag. The text ends at the first `</script` followed by
 * whitespace, `/` or `>`, as the HTML tokenizer ends it.
 */
const SCRIPT = /<script(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script(?=[\s/>])/gi

/** A `src` attribute among a start tag's attributes, once quoted values are blanked out. */
const SRC_ATTRIBUTE = /(?:^|[\s/])src(?=[\s/=]|$)/i

/**
 * The text of every inline script (one without `src`) in `html`, in document
 * order, as the browser sees it: the HTML parser turns CR LF and lone CR into
 * LF before anything else, and a NUL in script text into U+FFFD.
 *
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  /** @type {string[]} */
  const scripts = []
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = (match[1] ?? '').replace(/"[^"]*"|'[^']*'/g, '""')
    if (SRC_ATTRIBUTE.test(attributes)) continue
    scripts.push((match[2] ?? '').replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD'))
  }
  return scripts
}

/**
 * The CSP hash source of a script's text: base64 SHA-256 of its UTF-8 bytes.
 *
 * @param {string} text
 * @returns {string}
 */
export function scriptHashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** The first script of every page: it creates the queue the payload's chunks are pushed onto. */
const PAYLOAD_START = '(self.__next_f=self.__next_f||[]).push([0])'
/** One chunk of the page's React payload: `[kind, data]` as JSON. */
const PAYLOAD_CHUNK = ['self.__next_f.push(', ')']
/** The bundler's bootstrap: which chunk files to load and which modules to run, as a JSON object. */
const BUNDLER_BOOTSTRAP = ['(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(', ');']

/**
 * The value of `text` as JSON, or undefined when it is not JSON. A JSON text
 * evaluated as JavaScript is a literal: it runs no code.
 *
 * @param {string} text
 * @returns {unknown}
 */
function jsonValue(text) {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * The argument of `text` when it is exactly `prefix` + argument + `suffix`.
 *
 * @param {string} text
 * @param {string[]} wrapper
 * @returns {string | null}
 */
function argumentOf(text, [prefix, suffix]) {
  if (!text.startsWith(prefix) || !text.endsWith(suffix) || text.length < prefix.length + suffix.length) return null
  return text.slice(prefix.length, text.length - suffix.length)
}

/**
 * True when `text` is one of the inline scripts Next.js writes into a page:
 * the payload's start, a payload chunk whose argument is a JSON array starting
 * with the chunk's kind, or the bundler's bootstrap with a JSON object.
 *
 * @param {string} text
 * @returns {boolean}
 */
export function isFrameworkScript(text) {
  if (text === PAYLOAD_START) return true
  const chunk = argumentOf(text, PAYLOAD_CHUNK)
  if (chunk !== null) {
    const value = jsonValue(chunk)
    return Array.isArray(value) && Number.isInteger(value[0])
  }
  const bootstrap = argumentOf(text, BUNDLER_BOOTSTRAP)
  if (bootstrap !== null) {
    const value = jsonValue(bootstrap)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  }
  return false
}

/**
 * The policy for one page's HTML: scripts from this origin, and inline
 * scripts only when they are the framework's own scripts of this HTML. No
 * 'unsafe-inline' (browsers would ignore it next to hashes anyway) and no
 * 'strict-dynamic': the framework's chunks load from this origin, which
 * 'self' allows. Data blocks (JSON-LD) are not scripts a browser runs, so they
 * need no hash.
 *
 * @param {string} html
 * @returns {string}
 */
export function inlineScriptPolicy(html) {
  const hashes = new Set(inlineScripts(html).filter(isFrameworkScript).map(scriptHashSource))
  return ["script-src 'self'", ...hashes].join(' ')
}

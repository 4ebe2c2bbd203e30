import { describe, expect, it } from 'vitest'
import { inlineScriptPolicy, inlineScripts, isFrameworkScript, scriptHashSource } from '@/lib/inline-script-policy.mjs'
import { contentSecurityPolicy } from '@/lib/security-headers'

function scriptSources(policy: string): string[] {
  const directive = policy.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'script-src')
  return directive?.slice(1) ?? []
}

describe('inline script policy', () => {
  it('hashes a script as browsers do: base64 SHA-256 of its exact text', () => {
    // The example of the CSP specification, and the hash of an empty script.
    expect(scriptHashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='")
    expect(scriptHashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
    // Whitespace is part of the text, and text beyond ASCII is hashed as UTF-8
    // (the value computed with Python's hashlib).
    expect(scriptHashSource(" alert('Hello, world.'); ")).not.toBe(scriptHashSource("alert('Hello, world.');"))
    expect(scriptHashSource('"地质"')).toBe("'sha256-EmFpyjR4cQU+5nkUG/PM7eurm40ebzMidPfJbY1oPc4='")
  })

  it('takes the exact text between the tags of every script without src, in order', () => {
    const html = [
      '<!DOCTYPE html><html><head>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
      '<script type="application/ld+json">{"@type":"Organization"}</script>',
      '</head><body>',
      '<script>self.__next_f.push([1,"a\\u003cb"])</script>',
      '<SCRIPT data-src="x.js"> second(); </SCRIPT >',
      '<script async src=/b.js></script>',
      '<script nonce="abc" SRC="/c.js"></script>',
      '</body></html>',
    ].join('\n')
    expect(inlineScripts(html)).toEqual([
      '(self.__next_f=self.__next_f||[]).push([0])',
      '{"@type":"Organization"}',
      'self.__next_f.push([1,"a\\u003cb"])',
      ' second(); ',
    ])
  })

  it('reads start tags whose quoted attributes contain ">" or the word src', () => {
    const html = `<script data-note="a > b" title='src=x'>one()</script><script data-x="y" src="/d.js">ignored()</script>`
    expect(inlineScripts(html)).toEqual(['one()'])
  })

  it('ends a script where the parser does, and ignores tags that only start with "script"', () => {
    // "</scripts>" is not an end tag; "</script/>" and "</script >" are.
    const html = '<script>a("</scripts>")</script/><scripting>not a script</scripting><script>b()</script >'
    expect(inlineScripts(html)).toEqual(['a("</scripts>")', 'b()'])
  })

  it('hashes line breaks as the parser leaves them: CR LF and CR become LF', () => {
    const [text] = inlineScripts('<script>a();\r\nb();\rc();</script>')
    expect(text).toBe('a();\nb();\nc();')
    // Line breaks between a chunk's JSON tokens (inside a JSON string they would not be JSON).
    expect(inlineScriptPolicy('<script>self.__next_f.push([1,\r\n"a"])</script>')).toBe(
      `script-src 'self' ${scriptHashSource('self.__next_f.push([1,\n"a"])')}`,
    )
  })

  it("recognises the framework's own scripts: the payload's start, its chunks and the bundler's bootstrap, each passing JSON", () => {
    expect(isFrameworkScript('(self.__next_f=self.__next_f||[]).push([0])')).toBe(true)
    expect(isFrameworkScript('self.__next_f.push([1,"0:{\\"P\\":null}\\n"])')).toBe(true)
    expect(isFrameworkScript('self.__next_f.push([2,null])')).toBe(true)
    expect(
      isFrameworkScript(
        '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});',
      ),
    ).toBe(true)
    // The same openings with code instead of data are not the framework's.
    expect(isFrameworkScript('self.__next_f.push([1,"x"]);alert(1)//)')).toBe(false)
    expect(isFrameworkScript('self.__next_f.push([1,alert(1)])')).toBe(false)
    expect(isFrameworkScript('self.__next_f.push(alert(1))')).toBe(false)
    expect(isFrameworkScript('self.__next_f.push("x")')).toBe(false)
    expect(isFrameworkScript('(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(fetch("/x"));')).toBe(false)
    expect(isFrameworkScript("alert('Hello, world.');")).toBe(false)
    expect(isFrameworkScript('{"@type":"Organization"}')).toBe(false)
  })

  it("allows this origin and exactly the page's framework scripts, once each, and no other inline script in the page", () => {
    const start = '(self.__next_f=self.__next_f||[]).push([0])'
    const chunk = 'self.__next_f.push([1,"a"])'
    const html = [
      `<script>${start}</script>`,
      '<script src="/x.js"></script>',
      `<script>${chunk}</script>`,
      `<script>${chunk}</script>`,
      // What a fault that let content into the HTML as a script would add: it is in the page, but not allowed.
      '<script>fetch("/steal?c="+document.cookie)</script>',
      '<script type="application/ld+json">{"@type":"Organization"}</script>',
    ].join('')
    const sources = scriptSources(inlineScriptPolicy(html))
    expect(sources).toEqual(["'self'", scriptHashSource(start), scriptHashSource(chunk)])
    expect(sources).not.toContain(scriptHashSource('fetch("/steal?c="+document.cookie)'))
    expect(sources).not.toContain("'unsafe-inline'")
    expect(sources).not.toContain("'unsafe-eval'")
    expect(inlineScriptPolicy('<p>No scripts</p>')).toBe("script-src 'self'")
  })

  it('allows the same script sources as the static policy, with hashes instead of any inline script', () => {
    const staticSources = scriptSources(contentSecurityPolicy('inline')).filter((s) => s !== "'unsafe-inline'")
    const hashSources = scriptSources(inlineScriptPolicy('<script>self.__next_f.push([1,"x"])</script>')).filter((s) => !s.startsWith("'sha256-"))
    expect(hashSources).toEqual(staticSources)
  })
})

/** The text of every inline script (one without `src`) in `html`, as the browser sees it. */
export function inlineScripts(html: string): string[]

/** The CSP hash source (`'sha256-…'`) of a script's text. */
export function scriptHashSource(text: string): string

/** True when `text` has the shape of an inline script Next.js writes (data passed as JSON, no code of its own). */
export function isFrameworkScript(text: string): boolean

/** `script-src 'self'` plus the hash of every inline script of `html` that is the framework's own. */
export function inlineScriptPolicy(html: string): string

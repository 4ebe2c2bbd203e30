/**
 * `Content-Disposition: attachment` for a PDF named after `title`, in both
 * forms of RFC 6266: `filename="…"` in plain ASCII for old clients, and
 * `filename*=UTF-8''…` with the exact title for the rest. The ASCII form drops
 * accents and replaces anything that could end the quoted string or a header
 * (quotes, backslashes, control characters) or name a directory.
 */
export function attachmentDisposition(title: string): string {
  const base = title.normalize('NFC').replace(/[\p{Cc}\p{Cf}/\\]+/gu, ' ').trim().replace(/\.pdf$/i, '').trim().slice(0, 150) || 'document'
  const ascii =
    base
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9 ._()-]+/g, '_')
      .replace(/\s*_[\s_]*/g, '_')
      .replace(/^[ ._]+|[ ._]+$/g, '')
      .slice(0, 100) || 'document'
  return `attachment; filename="${ascii}.pdf"; filename*=UTF-8''${encodeRfc5987(`${base}.pdf`)}`
}

// encodeURIComponent leaves ' ( ) * ! unescaped, which RFC 5987's attr-char does not allow.
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

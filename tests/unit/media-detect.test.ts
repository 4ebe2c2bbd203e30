import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { MediaImage } from '@/components/content/media-image'
import { parseEnv } from '@/lib/env'
import { attachmentDisposition } from '@/lib/media/content-disposition'
import {
  MAX_DOCUMENT_BYTES,
  MAX_IMAGE_BYTES,
  UNSUPPORTED_TYPE_MESSAGE,
  checkUpload,
  describeDocument,
  detectFileType,
  formatFileSize,
} from '@/lib/media/detect'
import {
  isMediaKey,
  mediaUrl,
  parseVariantFile,
  parseVariantUrl,
  preferredImageUrl,
  variantWidths,
} from '@/lib/media/files'
import { ALT_REQUIRED_MESSAGE, MediaDetailsSchema, MediaUploadSchema } from '@/lib/validation/media'

const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)))

const samples = {
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF\0'),
  png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'),
  webp: bytes('RIFF', [0x24, 0x00, 0x00, 0x00], 'WEBPVP8 '),
  gif87: bytes('GIF87a', [1, 0, 1, 0]),
  gif89: bytes('GIF89a', [1, 0, 1, 0]),
  pdf: bytes('%PDF-1.7\n%\xe2\xe3'),
  svg: bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'),
  svgWithXmlDeclaration: bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
  html: bytes('<!DOCTYPE html><html><script>alert(1)</script></html>'),
  wav: bytes('RIFF', [0x24, 0x00, 0x00, 0x00], 'WAVEfmt '),
  zip: bytes('PK', [0x03, 0x04, 0x14, 0x00, 0, 0, 0, 0, 0, 0]),
}

const KEY = 'AbCdEfGhIjKlMnOpQrStUv'

describe('detectFileType', () => {
  it('recognises JPEG, PNG, WebP, GIF87a, GIF89a and PDF by their first bytes', () => {
    expect(detectFileType(samples.jpeg)).toMatchObject({ format: 'jpeg', kind: 'IMAGE', mimeType: 'image/jpeg' })
    expect(detectFileType(samples.png)).toMatchObject({ format: 'png', kind: 'IMAGE', mimeType: 'image/png' })
    expect(detectFileType(samples.webp)).toMatchObject({ format: 'webp', kind: 'IMAGE', mimeType: 'image/webp' })
    expect(detectFileType(samples.gif87)).toMatchObject({ format: 'gif', kind: 'IMAGE' })
    expect(detectFileType(samples.gif89)).toMatchObject({ format: 'gif', kind: 'IMAGE' })
    expect(detectFileType(samples.pdf)).toMatchObject({ format: 'pdf', kind: 'DOCUMENT', mimeType: 'application/pdf' })
  })

  it('refuses SVG, HTML and other formats, including a RIFF file that is not WebP', () => {
    for (const sample of [samples.svg, samples.svgWithXmlDeclaration, samples.html, samples.wav, samples.zip]) {
      expect(detectFileType(sample)).toBeNull()
    }
  })

  it('refuses files too short to carry a whole signature', () => {
    expect(detectFileType(new Uint8Array())).toBeNull()
    expect(detectFileType(bytes([0xff, 0xd8]))).toBeNull()
    expect(detectFileType(bytes('RIFF', [0, 0, 0, 0], 'WEB'))).toBeNull()
    expect(detectFileType(bytes('%PDF'))).toBeNull()
  })
})

describe('upload size limits', () => {
  it('accept images up to 15 MB and PDFs up to 30 MB, and refuse one byte more', () => {
    expect(checkUpload(samples.png, MAX_IMAGE_BYTES)).toMatchObject({ ok: true })
    expect(checkUpload(samples.pdf, MAX_DOCUMENT_BYTES)).toMatchObject({ ok: true })
    // A PDF may be larger than the image limit.
    expect(checkUpload(samples.pdf, MAX_IMAGE_BYTES + 1)).toMatchObject({ ok: true })
    expect(checkUpload(samples.jpeg, MAX_IMAGE_BYTES + 1)).toMatchObject({ ok: false })
    expect(checkUpload(samples.jpeg, 17.3 * 1024 * 1024)).toEqual({
      ok: false,
      message: 'Images can be at most 15 MB; this file is 17.3 MB.',
    })
    expect(checkUpload(samples.pdf, MAX_DOCUMENT_BYTES + 1)).toMatchObject({ ok: false })
    expect(checkUpload(samples.pdf, 31 * 1024 * 1024)).toEqual({
      ok: false,
      message: 'PDF documents can be at most 30 MB; this file is 31.0 MB.',
    })
    expect(checkUpload(samples.pdf, 0)).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) })
  })

  it('report an unsupported type before looking at the size', () => {
    expect(checkUpload(samples.svg, MAX_DOCUMENT_BYTES * 2)).toEqual({ ok: false, message: UNSUPPORTED_TYPE_MESSAGE })
  })

  it('are formatted as people read them', () => {
    expect(formatFileSize(1)).toBe('1 byte')
    expect(formatFileSize(900)).toBe('900 bytes')
    expect(formatFileSize(340 * 1024)).toBe('340 KB')
    expect(formatFileSize(1.2 * 1024 * 1024)).toBe('1.2 MB')
    expect(formatFileSize(30 * 1024 * 1024)).toBe('30 MB')
    expect(describeDocument(1.2 * 1024 * 1024)).toBe('PDF, 1.2 MB')
  })
})

describe('MediaUploadSchema', () => {
  const upload = (content: Uint8Array, name: string, type: string, fields: { title?: string; alt?: string } = {}) =>
    MediaUploadSchema.safeParseAsync({
      file: new File([new Uint8Array(content)], name, { type }),
      title: fields.title ?? 'A title',
      alt: fields.alt ?? 'What the picture shows',
    })

  it('refuses an HTML page and an SVG named .png and sent as image/png', async () => {
    for (const content of [samples.html, samples.svg]) {
      const result = await upload(content, 'photo.png', 'image/png')
      expect(result.success).toBe(false)
      expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['file'], message: UNSUPPORTED_TYPE_MESSAGE })])
    }
  })

  it('takes the type from the bytes, not from the name or the browser', async () => {
    const result = await upload(samples.pdf, 'scan.jpg', 'image/jpeg', { alt: '' })
    expect(result.success).toBe(true)
    expect(result.data?.file.detected).toMatchObject({ kind: 'DOCUMENT', mimeType: 'application/pdf' })
  })

  it('requires a description for images but not for PDFs', async () => {
    const image = await upload(samples.png, 'map.png', 'image/png', { alt: '   ' })
    expect(image.error?.issues).toEqual([expect.objectContaining({ path: ['alt'], message: ALT_REQUIRED_MESSAGE })])
    expect((await upload(samples.pdf, 'report.pdf', 'application/pdf', { alt: '' })).success).toBe(true)
  })

  it('reports a missing title, a missing description and the file together', async () => {
    const result = await upload(samples.png, 'map.png', 'image/png', { title: '', alt: '' })
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(['alt', 'title'])
    const noFile = await MediaUploadSchema.safeParseAsync({ file: new File([], ''), title: '', alt: '' })
    expect(noFile.error?.issues.map((i) => i.message).sort()).toEqual(['Choose a file to upload', 'Enter a title'])
  })

  it('refuses an image over 15 MB with the limit in the message', async () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1)
    big.set(samples.jpeg)
    const result = await upload(big, 'huge.jpg', 'image/jpeg')
    expect(result.error?.issues[0]?.message).toMatch(/^Images can be at most 15 MB/)
  })
})

describe('MediaDetailsSchema', () => {
  it('requires a description for images only, and a title for both', () => {
    expect(MediaDetailsSchema.safeParse({ kind: 'IMAGE', title: 'Core store', alt: '' }).error?.issues[0]?.path).toEqual(['alt'])
    expect(MediaDetailsSchema.safeParse({ kind: 'DOCUMENT', title: 'Annual report', alt: '' }).success).toBe(true)
    const both = MediaDetailsSchema.safeParse({ kind: 'IMAGE', title: ' ', alt: '' })
    expect(both.error?.issues.map((i) => i.path[0]).sort()).toEqual(['alt', 'title'])
  })
})

describe('media file names and addresses', () => {
  it('make copies at the standard widths that need no enlarging, and always at least one', () => {
    expect(variantWidths(4000)).toEqual([320, 640, 1280, 1920])
    expect(variantWidths(1920)).toEqual([320, 640, 1280, 1920])
    expect(variantWidths(1000)).toEqual([320, 640])
    expect(variantWidths(320)).toEqual([320])
    expect(variantWidths(200)).toEqual([200])
  })

  it('accept only 22-character base64url keys and known file names', () => {
    expect(isMediaKey(KEY)).toBe(true)
    for (const bad of ['..', '../../etc/passwd', `${KEY}A`, KEY.slice(1), 'AbCdEfGhIjKlMnOpQrSt/v', 'AbCdEfGhIjKlMnOpQrSt+v']) {
      expect(isMediaKey(bad)).toBe(false)
    }
    expect(parseVariantFile('w640.webp')).toBe(640)
    for (const bad of ['w0640.webp', 'w640.png', 'w640.webp/../x', '../w640.webp', 'document.pdf', 'w.webp']) {
      expect(parseVariantFile(bad)).toBeNull()
    }
  })

  it('link the 1280 copy by default, or the largest copy of a smaller image', () => {
    expect(preferredImageUrl(KEY, [320, 640, 1280, 1920])).toBe(`/media/${KEY}/w1280.webp`)
    expect(preferredImageUrl(KEY, [320, 640])).toBe(`/media/${KEY}/w640.webp`)
    expect(preferredImageUrl(KEY, [])).toBeNull()
    expect(parseVariantUrl(mediaUrl(KEY, 'w640.webp'))).toEqual({ key: KEY, width: 640 })
    expect(parseVariantUrl('https://partner.example/logo.png')).toBeNull()
    expect(parseVariantUrl(`/media/${KEY}/document.pdf`)).toBeNull()
  })
})

describe('attachmentDisposition', () => {
  it('gives an ASCII file name and the exact UTF-8 title', () => {
    expect(attachmentDisposition('Protocole d’accord – Sénégal')).toBe(
      `attachment; filename="Protocole d_accord_Senegal.pdf"; filename*=UTF-8''Protocole%20d%E2%80%99accord%20%E2%80%93%20S%C3%A9n%C3%A9gal.pdf`,
    )
  })

  it('cannot be broken out of by quotes, line breaks or folders in the title', () => {
    const header = attachmentDisposition('a"b\\c/d\r\nSet-Cookie: x=1')
    expect(header).not.toMatch(/[\r\n]/)
    expect(header).toMatch(/^attachment; filename="[A-Za-z0-9 ._()-]+\.pdf"; filename\*=UTF-8''[A-Za-z0-9%._~-]+$/)
    expect(attachmentDisposition('   ')).toBe(`attachment; filename="document.pdf"; filename*=UTF-8''document.pdf`)
    expect(attachmentDisposition('Report.pdf')).toContain('filename="Report.pdf"')
  })
})

describe('MediaImage', () => {
  const render = (props: Parameters<typeof MediaImage>[0]) => renderToStaticMarkup(createElement(MediaImage, props))

  it('offers every stored copy of a media library image in srcset', () => {
    const html = render({ src: `/media/${KEY}/w1280.webp`, alt: 'Drilling rig', variants: [320, 640, 1280, 1920], width: 4000, height: 3000 })
    expect(html).toContain(
      `srcSet="/media/${KEY}/w320.webp 320w, /media/${KEY}/w640.webp 640w, /media/${KEY}/w1280.webp 1280w, /media/${KEY}/w1920.webp 1920w"`,
    )
    expect(html).toContain('width="1280"')
    expect(html).toContain('height="960"')
    expect(html).toContain('loading="lazy"')
  })

  it('derives the copies from the standard widths up to the one in the address when they are not given', () => {
    const html = render({ src: `/media/${KEY}/w640.webp`, alt: '' })
    expect(html).toContain(`srcSet="/media/${KEY}/w320.webp 320w, /media/${KEY}/w640.webp 640w"`)
  })

  it('shows other addresses as they are, and loads eagerly when it has priority', () => {
    const html = render({ src: 'https://partner.example/logo.png', alt: 'Partner', priority: true })
    expect(html).not.toContain('srcSet')
    expect(html).toContain('src="https://partner.example/logo.png"')
    expect(html).toContain('loading="eager"')
  })
})

describe('MEDIA_ROOT', () => {
  const base = { DATABASE_URL: 'postgresql://u:p@127.0.0.1:5432/db', AUTH_SECRET: 'x'.repeat(32) }

  it('defaults to .data/media under the working directory and resolves relative paths', () => {
    expect(parseEnv(base).MEDIA_ROOT).toBe(`${process.cwd()}/.data/media`)
    expect(parseEnv({ ...base, MEDIA_ROOT: 'storage/uploads' }).MEDIA_ROOT).toBe(`${process.cwd()}/storage/uploads`)
    expect(parseEnv({ ...base, MEDIA_ROOT: '/var/lib/geocoop/media' }).MEDIA_ROOT).toBe('/var/lib/geocoop/media')
  })

  it('refuses URLs, the file system root and anything under public/', () => {
    expect(() => parseEnv({ ...base, MEDIA_ROOT: 's3://bucket/media' })).toThrow(/MEDIA_ROOT must be a directory path/)
    expect(() => parseEnv({ ...base, MEDIA_ROOT: '/' })).toThrow(/MEDIA_ROOT must not be the root/)
    expect(() => parseEnv({ ...base, MEDIA_ROOT: 'public/uploads' })).toThrow(/MEDIA_ROOT must be outside public/)
  })
})

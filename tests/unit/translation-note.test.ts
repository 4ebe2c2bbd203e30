import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { TranslationNote } from '@/components/content/translation-note'
import type { Locale } from '@/lib/i18n/locales'

const ZH_MISSING = '本页部分内容尚未翻译成中文，以英文显示。'
const ZH_OUTDATED = '英文原文更新后，部分译文尚未更新。'
const JA_MISSING = 'このページの一部はまだ日本語に翻訳されていないため、英語で表示しています。'
const JA_OUTDATED = '英語の原文が更新された後、一部の翻訳はまだ更新されていません。'

function render(locale: Locale, missing: string[], outdated: string[]) {
  return renderToStaticMarkup(
    createElement(TranslationNote, { locale, missing, outdated, englishHref: '/projects/igdp' }),
  )
}

describe('TranslationNote', () => {
  it('renders nothing on English pages, even with untranslated fields', () => {
    expect(render('en', ['title'], ['summary'])).toBe('')
  })

  it('renders nothing when every field is translated and up to date', () => {
    expect(render('zh', [], [])).toBe('')
    expect(render('ja', [], [])).toBe('')
  })

  it('says in Chinese that part of the page is in English, with a link to the English page', () => {
    const html = render('zh', ['body'], [])
    expect(html).toContain('role="note"')
    expect(html).toContain('lang="zh-Hans"')
    expect(html).toContain(ZH_MISSING)
    expect(html).not.toContain(ZH_OUTDATED)
    expect(html).toMatch(/<a href="\/projects\/igdp" lang="en" hrefLang="en"[^>]*>English version<\/a>/)
  })

  it('says in Chinese that the English original is newer', () => {
    const html = render('zh', [], ['summary'])
    expect(html).toContain(ZH_OUTDATED)
    expect(html).not.toContain(ZH_MISSING)
    expect(html).toContain('English version')
  })

  it('gives both Japanese notes when fields are missing and outdated', () => {
    const html = render('ja', ['title'], ['summary'])
    expect(html).toContain('lang="ja"')
    expect(html).toContain(JA_MISSING)
    expect(html).toContain(JA_OUTDATED)
    expect(html).toMatch(/<a href="\/projects\/igdp" lang="en" hrefLang="en"[^>]*>English version<\/a>/)
  })
})

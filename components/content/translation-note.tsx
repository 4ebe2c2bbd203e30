import { Alert } from '@/components/ui/alert'
import { LANGUAGE_TAGS, type Locale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'

export type TranslationNoteProps = {
  locale: Locale
  /** Translatable fields of the item shown in English because they are not translated yet. */
  missing: readonly string[]
  /** Translatable fields whose translation was made from older English text. */
  outdated: readonly string[]
  /** The English version of the same page, e.g. `/projects/igdp`. */
  englishHref: string
}

/**
 * Tells readers of a Chinese or Japanese page that part of it is in English
 * or translated from an older English text, with a link to the English page.
 * Renders nothing on English pages and on fully translated ones. It is a
 * note about the page rather than news, so it is not a live region.
 */
export function TranslationNote({ locale, missing, outdated, englishHref }: TranslationNoteProps) {
  if (locale === 'en' || (missing.length === 0 && outdated.length === 0)) return null
  const t = getTranslator(locale, 'translation')
  return (
    <aside role="note" aria-label={t('label')} lang={LANGUAGE_TAGS[locale]}>
      <Alert tone="info" announce={false}>
        {missing.length > 0 ? <p>{t('missing')}</p> : null}
        {outdated.length > 0 ? <p>{t('outdated')}</p> : null}
        <p>
          {/* A plain link: the English page is another language version, loaded as a whole. */}
          <a href={englishHref} lang="en" hrefLang="en" className="font-medium underline underline-offset-2">
            {t('englishVersion')}
          </a>
        </p>
      </Alert>
    </aside>
  )
}

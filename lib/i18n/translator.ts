import { createFormatter, createTranslator } from 'use-intl/core'
import { LANGUAGE_TAGS, type Locale } from './locales'
import { MESSAGES, type Namespace } from './messages'

/**
 * The interface's text in `locale`, one namespace at a time:
 * `const t = getTranslator(locale, 'site'); t('nav.news')`. It takes the
 * locale as an argument instead of reading it from the request, so it works
 * the same in prerendered pages, cached functions and tests.
 */
export function getTranslator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale: LANGUAGE_TAGS[locale], messages: MESSAGES[locale], namespace })
}

/** Numbers, dates and lists formatted for `locale`; dates in UTC, as the content stores them. */
export function getFormatter(locale: Locale) {
  return createFormatter({ locale: LANGUAGE_TAGS[locale], timeZone: 'UTC' })
}

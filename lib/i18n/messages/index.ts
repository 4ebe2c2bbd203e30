import type { Locale } from '../locales'
import { about } from './about'
import { common } from './common'
import { countries } from './countries'
import { data } from './data'
import { detail } from './detail'
import { home } from './home'
import { labels } from './labels'
import { lists } from './lists'
import { outage } from './outage'
import { search } from './search'
import { site } from './site'
import { translation } from './translation'

/**
 * Every namespace of the interface's text. A namespace is one module of
 * this folder, defined with `defineMessages` so that each language has the
 * same keys as English.
 */
const namespaces = { site, common, labels, lists, search, translation, detail, home, countries, about, data, outage }

/** The shape of the messages, as English defines it: the translator checks keys and ICU arguments against it. */
export type Messages = { [N in keyof typeof namespaces]: (typeof namespaces)[N]['en'] }
export type Namespace = keyof Messages

function messagesIn(locale: Locale): Messages {
  // The Chinese and Japanese tables have the English keys (defineMessages
  // checks it); their strings are just not the English literals.
  return Object.fromEntries(Object.entries(namespaces).map(([name, table]) => [name, table[locale]])) as Messages
}

export const MESSAGES: Record<Locale, Messages> = { en: messagesIn('en'), zh: messagesIn('zh'), ja: messagesIn('ja') }

import { LANGUAGE_TAGS, type Locale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'

export type CountedList = 'projects' | 'organizations' | 'mous' | 'conferences' | 'trainings'

/**
 * The line above a public list, in the page's language: "12 projects",
 * "1 partner matches these filters", "31 partners, page 2 of 4".
 * `order` adds how the list is sorted, before the page number.
 */
export function describeList(
  locale: Locale,
  {
    list,
    total,
    filtered = false,
    order,
    page = 1,
    totalPages = 1,
  }: {
    list: CountedList
    total: number
    filtered?: boolean
    order?: 'soonestFirst' | 'newestFirst'
    page?: number
    totalPages?: number
  },
): string {
  const t = getTranslator(locale, 'lists')
  let text = t(`count.${list}`, { count: total })
  if (filtered) text = t('matching', { count: total, items: text })
  if (order) text = t(order, { text })
  if (totalPages > 1) text = t('paged', { text, page, total: totalPages })
  return text
}

/**
 * A filter's country choices in the order of their names in `locale`. The
 * data layer sorts countries by English name, which is already right for
 * English; Chinese and Japanese names need their own collation.
 */
export function sortCountryOptions<O extends { label: string }>(locale: Locale, options: O[]): O[] {
  if (locale === 'en') return options
  const collator = new Intl.Collator(LANGUAGE_TAGS[locale])
  return [...options].sort((a, b) => collator.compare(a.label, b.label))
}

import { useId } from 'react'
import { Select } from '@/components/ui/select'
import { searchTypeLabel } from '@/lib/i18n/labels'
import type { Locale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { SEARCH_TYPES, type SearchType } from '@/lib/validation/search'

/**
 * The search form's type filter (`?type=`). It offers the types that have
 * results for the current query, with their counts, plus the chosen type
 * even when it has none, so an empty result is explained.
 */
export function SearchTypeSelect({
  counts,
  value,
  locale,
}: {
  counts?: Record<SearchType, number>
  value?: SearchType
  locale: Locale
}) {
  const id = useId()
  const t = getTranslator(locale, 'search')
  const types = SEARCH_TYPES.filter((type) => !counts || counts[type] > 0 || type === value)
  return (
    <div className="min-w-44 grow basis-44 sm:grow-0">
      <label htmlFor={id} className="mb-1 block text-sm font-semibold text-ink">
        {t('type')}
      </label>
      <Select id={id} name="type" defaultValue={value ?? ''}>
        <option value="">{t('allTypes')}</option>
        {types.map((type) => (
          <option key={type} value={type}>
            {counts
              ? t('typeWithCount', { type: searchTypeLabel(locale, type), count: counts[type] })
              : searchTypeLabel(locale, type)}
          </option>
        ))}
      </Select>
    </div>
  )
}

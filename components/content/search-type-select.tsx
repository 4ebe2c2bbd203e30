import { useId } from 'react'
import { Select } from '@/components/ui/select'
import { searchTypeLabels } from '@/lib/labels/search'
import { SEARCH_TYPES, type SearchType } from '@/lib/validation/search'

/**
 * The search form's type filter (`?type=`). It offers the types that have
 * results for the current query, with their counts, plus the chosen type
 * even when it has none, so an empty result is explained.
 */
export function SearchTypeSelect({
  counts,
  value,
}: {
  counts?: Record<SearchType, number>
  value?: SearchType
}) {
  const id = useId()
  const types = SEARCH_TYPES.filter((t) => !counts || counts[t] > 0 || t === value)
  return (
    <div className="min-w-44 grow basis-44 sm:grow-0">
      <label htmlFor={id} className="mb-1 block text-sm font-semibold text-ink">
        Type
      </label>
      <Select id={id} name="type" defaultValue={value ?? ''}>
        <option value="">All types</option>
        {types.map((t) => (
          <option key={t} value={t}>
            {counts ? `${searchTypeLabels[t]} (${counts[t]})` : searchTypeLabels[t]}
          </option>
        ))}
      </Select>
    </div>
  )
}

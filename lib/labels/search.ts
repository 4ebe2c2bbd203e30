import { labels } from '@/lib/i18n/messages/labels'
import type { SearchType } from '@/lib/validation/search'

// English; the public site takes these in each language from lib/i18n/labels.ts.

/** Names of the content types in the search page's type filter. */
export const searchTypeLabels: Record<SearchType, string> = labels.en.searchType

/** What one search result is, shown as its badge. */
export const searchResultKindLabels: Record<SearchType, string> = labels.en.searchResultKind

import type { SearchType } from '@/lib/validation/search'

/** Names of the content types in the search page's type filter. */
export const searchTypeLabels: Record<SearchType, string> = {
  organizations: 'Organizations',
  projects: 'Projects',
  mous: 'MOUs',
  conferences: 'Conferences',
  trainings: 'Trainings',
  news: 'News',
}

/** What one search result is, shown as its badge. */
export const searchResultKindLabels: Record<SearchType, string> = {
  organizations: 'Organization',
  projects: 'Project',
  mous: 'MOU',
  conferences: 'Conference',
  trainings: 'Training',
  news: 'News',
}

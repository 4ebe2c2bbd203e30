import type { Option, PickerSource } from './types'

// The rules of relationship pickers that both the server (which decides what
// a form gets) and the browser (which shows it) apply. No server-only code.

/**
 * Above this many candidates a picker searches on the server instead of
 * listing every candidate in the page. The demo content stays below it; at
 * the volume of a real archive (hundreds of organizations, projects and
 * MOUs) a full list is what made edit pages hundreds of kilobytes.
 */
export const PICKER_SEARCH_THRESHOLD = 60

/** How many recently changed candidates a searching picker suggests without a search. */
export const PICKER_SUGGESTION_COUNT = 15

/** At most this many matches are answered per search; the answer says when there are more. */
export const PICKER_RESULT_LIMIT = 20

/** The longest search text accepted: enough for any name, title or file name fragment. */
export const PICKER_QUERY_MAX_LENGTH = 100

/** Waiting this long after the last keystroke before searching spares a request per character typed. */
export const PICKER_SEARCH_DELAY_MS = 200

/** True when a picker with `total` candidates searches on the server. */
export function usesServerSearch(total: number): boolean {
  return total > PICKER_SEARCH_THRESHOLD
}

/** What each source's rows are called in messages, e.g. "Searching all 300 organizations needs JavaScript". */
export const PICKER_SOURCE_NOUNS: Readonly<Record<PickerSource, { one: string; many: string }>> = {
  organizations: { one: 'organization', many: 'organizations' },
  projects: { one: 'project', many: 'projects' },
  mous: { one: 'MOU', many: 'MOUs' },
  conferences: { one: 'conference', many: 'conferences' },
  trainings: { one: 'training', many: 'trainings' },
  documents: { one: 'document', many: 'documents' },
}

/** How a chosen id reads when its row no longer exists. */
export function deletedChoice(value: string, source: PickerSource): Option {
  return { value, label: `Deleted ${PICKER_SOURCE_NOUNS[source].one}`, hint: 'It no longer exists: untick it before saving.' }
}

/**
 * The chosen items in the order of `ids` (the stored order, which for an
 * MOU's counterparts is the order the agreement names them), each once,
 * labelled from `known`. An id `known` does not name reads as a chosen item
 * whose name could not be loaded, so it is still shown and submitted.
 */
export function chosenInOrder(ids: readonly string[], known: readonly Option[]): Option[] {
  const byValue = new Map<string, Option>()
  for (const option of known) if (!byValue.has(option.value)) byValue.set(option.value, option)
  return [...new Set(ids)].map((id) => byValue.get(id) ?? { value: id, label: 'Chosen item', hint: 'Its name could not be loaded.' })
}

/** The ids of a picker's comma-joined form value, e.g. "id1,id2", in order. */
export function splitIds(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
}

/** What a searching picker announces after a search for `query` answered `count` matches. */
export function matchesMessage(query: string, count: number, more: boolean): string {
  if (count === 0) return `No matches for “${query}”`
  if (more) return `Showing the first ${count} matches: refine the search`
  return count === 1 ? '1 match' : `${count} matches`
}

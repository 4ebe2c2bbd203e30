/** "organizations" → "Organizations"; "MOUs" stays. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A moment as editors read it in the admin: "23 Nov 2026, 14:05 UTC". */
export function formatDateTime(date: Date): string {
  return `${date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`
}

export const REVISION_ACTION_LABELS: Record<string, string> = {
  CREATE: 'Created',
  EDIT: 'Edited',
  SUBMIT: 'Submitted for review',
  RETURN_TO_DRAFT: 'Returned to draft',
  PUBLISH: 'Published',
  UNPUBLISH: 'Unpublished',
  ARCHIVE: 'Archived',
  RESTORE_REVISION: 'Restored an earlier revision',
  DELETE: 'Moved to the trash',
  RESTORE: 'Restored from the trash',
  IMPORT: 'Imported from the content files',
}

/** The heading of a type's admin list: "Organizations", "News". */
export function listTitle(adapter: { title?: string; nounPlural: string }): string {
  return adapter.title ?? capitalize(adapter.nounPlural)
}

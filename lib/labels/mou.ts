import { labels } from '@/lib/i18n/messages/labels'
import type { MouStatus } from '@/lib/mou-status'

// The English names, as the staff area and the open-data files use them; the
// public site takes them in each language from lib/i18n/labels.ts.

/** What each computed MOU status is called. */
export const mouStatusLabels: Record<MouStatus, string> = labels.en.mouStatus

/** The status filter's extra choice: every MOU that has not expired. */
export const mouInForceLabel: string = labels.en.mouInForce

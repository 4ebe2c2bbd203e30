import type { CooperationType } from '@/lib/countries'
import { labels } from '@/lib/i18n/messages/labels'

/** Names of the kinds of cooperation link, as column and section headings (English; see lib/i18n/labels.ts). */
export const cooperationTypeLabels: Record<CooperationType, string> = labels.en.cooperationType

import type { TrainingKind } from '@/lib/generated/prisma/enums'
import { labels } from '@/lib/i18n/messages/labels'

/** What each kind of training is called, in the singular (English; the public site uses lib/i18n/labels.ts). */
export const trainingKindLabels: Record<TrainingKind, string> = labels.en.trainingKind

import type { TrainingKind } from '@/lib/generated/prisma/enums'

/** What each kind of training is called on the public site, in the singular. */
export const trainingKindLabels: Record<TrainingKind, string> = {
  COURSE: 'Course',
  WORKSHOP: 'Workshop',
}

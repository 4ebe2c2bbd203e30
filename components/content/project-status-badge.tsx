import { Badge, type BadgeTone } from '@/components/ui/badge'
import type { ProjectStatus } from '@/lib/generated/prisma/enums'
import { projectStatusLabel } from '@/lib/i18n/labels'
import type { Locale } from '@/lib/i18n/locales'

const tones: Record<ProjectStatus, BadgeTone> = {
  PLANNED: 'blue',
  ACTIVE: 'green',
  COMPLETED: 'neutral',
}

/** A project's status as a badge; the text carries the meaning, the colour only repeats it. */
export function ProjectStatusBadge({ status, locale }: { status: ProjectStatus; locale: Locale }) {
  return <Badge tone={tones[status]}>{projectStatusLabel(locale, status)}</Badge>
}

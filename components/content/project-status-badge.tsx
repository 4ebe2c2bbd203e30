import { Badge, type BadgeTone } from '@/components/ui/badge'
import type { ProjectStatus } from '@/lib/generated/prisma/enums'
import { projectStatusLabels } from '@/lib/labels/project'

const tones: Record<ProjectStatus, BadgeTone> = {
  PLANNED: 'blue',
  ACTIVE: 'green',
  COMPLETED: 'neutral',
}

/** A project's status as a badge; the text carries the meaning, the colour only repeats it. */
export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  return <Badge tone={tones[status]}>{projectStatusLabels[status]}</Badge>
}

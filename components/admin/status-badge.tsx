import { Badge, type BadgeTone } from '@/components/ui/badge'

type Status = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED'

const labels: Record<Status, { label: string; tone: BadgeTone }> = {
  DRAFT: { label: 'Draft', tone: 'neutral' },
  IN_REVIEW: { label: 'In review', tone: 'blue' },
  PUBLISHED: { label: 'Published', tone: 'green' },
  ARCHIVED: { label: 'Archived', tone: 'amber' },
}

export function StatusBadge({ status }: { status: Status }) {
  const { label, tone } = labels[status]
  return <Badge tone={tone}>{label}</Badge>
}

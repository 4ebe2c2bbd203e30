import { Badge, type BadgeTone } from '@/components/ui/badge'
import { mouStatusLabels } from '@/lib/labels/mou'
import type { MouStatus } from '@/lib/mou-status'

const tones: Record<MouStatus, BadgeTone> = {
  ACTIVE: 'green',
  EXPIRING: 'amber',
  EXPIRED: 'neutral',
  INDEFINITE: 'blue',
}

/** An MOU's computed status as a coloured label; the text carries the meaning, the colour only repeats it. */
export function MouStatusBadge({ status, className }: { status: MouStatus; className?: string }) {
  return (
    <Badge tone={tones[status]} className={className}>
      {mouStatusLabels[status]}
    </Badge>
  )
}

import { Badge, type BadgeTone } from '@/components/ui/badge'
import { mouStatusLabel } from '@/lib/i18n/labels'
import type { Locale } from '@/lib/i18n/locales'
import type { MouStatus } from '@/lib/mou-status'

const tones: Record<MouStatus, BadgeTone> = {
  ACTIVE: 'green',
  EXPIRING: 'amber',
  EXPIRED: 'neutral',
  INDEFINITE: 'blue',
}

/** An MOU's computed status as a coloured label; the text carries the meaning, the colour only repeats it. */
export function MouStatusBadge({ status, locale, className }: { status: MouStatus; locale: Locale; className?: string }) {
  return (
    <Badge tone={tones[status]} className={className}>
      {mouStatusLabel(locale, status)}
    </Badge>
  )
}

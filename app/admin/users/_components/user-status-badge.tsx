import { Badge, type BadgeTone } from '@/components/ui/badge'
import { USER_STATUS_LABELS, type UserStatus } from '@/lib/validation/users'

const tones: Record<UserStatus, BadgeTone> = { ACTIVE: 'green', INVITED: 'blue', DEACTIVATED: 'neutral' }

export function UserStatusBadge({ status }: { status: UserStatus }) {
  return <Badge tone={tones[status]}>{USER_STATUS_LABELS[status]}</Badge>
}

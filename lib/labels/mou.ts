import type { MouStatus } from '@/lib/mou-status'

/** What each computed MOU status is called on the public site. */
export const mouStatusLabels: Record<MouStatus, string> = {
  ACTIVE: 'Active',
  EXPIRING: 'Expiring soon',
  EXPIRED: 'Expired',
  INDEFINITE: 'Indefinite',
}

/** The status filter's extra choice: every MOU that has not expired. */
export const mouInForceLabel = 'In force'

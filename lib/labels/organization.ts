import type { OrganizationKind, PartnerRole } from '@/lib/generated/prisma/enums'
import { labels } from '@/lib/i18n/messages/labels'

// The English names, as the staff area and the open-data files use them; the
// public site takes them in each language from lib/i18n/labels.ts.

/** What each kind of organization is called, in the singular. */
export const organizationKindLabels: Record<OrganizationKind, string> = labels.en.organizationKind

/** The part an organization plays in a project, as shown on the organization's page. */
export const partnerRoleLabels: Record<PartnerRole, string> = labels.en.partnerRole

import type { PartnerRole, ProjectScope, ProjectStatus } from '@/lib/generated/prisma/enums'
import { partnerGroupHeading as localizedPartnerGroupHeading } from '@/lib/i18n/labels'
import { labels } from '@/lib/i18n/messages/labels'

// The English names, as the staff area and the open-data files use them; the
// public site takes them in each language from lib/i18n/labels.ts.

/** Where a project stands. */
export const projectStatusLabels: Record<ProjectStatus, string> = labels.en.projectStatus

/** How many countries a project brings together. */
export const projectScopeLabels: Record<ProjectScope, string> = labels.en.projectScope

/** The part an organization plays in a project, in the singular. */
export const projectPartnerRoleLabels: Record<PartnerRole, string> = labels.en.partnerRole

/** The heading over the organizations holding one role in a project: "Lead organization", "Partners". */
export function partnerGroupHeading(role: PartnerRole, count: number): string {
  return localizedPartnerGroupHeading('en', role, count)
}

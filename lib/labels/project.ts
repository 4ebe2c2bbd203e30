import type { PartnerRole, ProjectScope, ProjectStatus } from '@/lib/generated/prisma/enums'

/** Where a project stands, as shown on the public site. */
export const projectStatusLabels: Record<ProjectStatus, string> = {
  PLANNED: 'Planned',
  ACTIVE: 'Active',
  COMPLETED: 'Completed',
}

/** How many countries a project brings together. */
export const projectScopeLabels: Record<ProjectScope, string> = {
  BILATERAL: 'Bilateral',
  MULTILATERAL: 'Multilateral',
}

/** The part an organization plays in a project, in the singular. */
export const projectPartnerRoleLabels: Record<PartnerRole, string> = {
  LEAD: 'Lead',
  PARTNER: 'Partner',
  FUNDER: 'Funder',
}

const partnerGroupHeadings: Record<PartnerRole, { one: string; other: string }> = {
  LEAD: { one: 'Lead organization', other: 'Lead organizations' },
  PARTNER: { one: 'Partner', other: 'Partners' },
  FUNDER: { one: 'Funder', other: 'Funders' },
}

/** The heading over the organizations holding one role in a project: "Lead organization", "Partners". */
export function partnerGroupHeading(role: PartnerRole, count: number): string {
  const heading = partnerGroupHeadings[role]
  return count === 1 ? heading.one : heading.other
}

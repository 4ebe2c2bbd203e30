import type { OrganizationKind, PartnerRole } from '@/lib/generated/prisma/enums'

/** What each kind of organization is called on the public site, in the singular. */
export const organizationKindLabels: Record<OrganizationKind, string> = {
  GEOLOGICAL_SURVEY: 'Geological survey',
  MINISTRY: 'Ministry or government department',
  UNIVERSITY: 'University',
  RESEARCH_INSTITUTE: 'Research institute',
  INTERGOVERNMENTAL: 'Intergovernmental organization',
  ASSOCIATION: 'Association or learned society',
  PROGRAMME: 'Programme or initiative',
  COMPANY: 'Company or state corporation',
}

/** The part an organization plays in a project, as shown on the organization's page. */
export const partnerRoleLabels: Record<PartnerRole, string> = {
  LEAD: 'Lead',
  PARTNER: 'Partner',
  FUNDER: 'Funder',
}

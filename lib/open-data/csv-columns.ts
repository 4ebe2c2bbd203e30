import type { OpenDataMou, OpenDataOrganization, OpenDataProject, OpenDataTraining } from '@/lib/data/open-data'
import type { DatePrecision, PartnerRole } from '@/lib/generated/prisma/enums'
import { mouStatusLabels } from '@/lib/labels/mou'
import { organizationKindLabels } from '@/lib/labels/organization'
import { projectScopeLabels, projectStatusLabels } from '@/lib/labels/project'
import { trainingKindLabels } from '@/lib/labels/training'
import { mouStatus } from '@/lib/mou-status'
import { countryName } from '@/lib/utils'
import { joinList, type CsvColumn } from './csv'
import { isoDate } from './serializers'

// The columns of the four CSV downloads. Headers are plain English and enum
// values are written as the site shows them ("Geological survey", not
// GEOLOGICAL_SURVEY); dates stay ISO 8601 so spreadsheets sort them, with the
// precision in a column of its own. Each factory takes the site's origin to
// link every row to its public page. The /data page lists the same headers
// and descriptions, so the documentation follows the files.

const precisionLabels: Record<DatePrecision, string> = { DAY: 'Day', MONTH: 'Month', YEAR: 'Year' }

const datePrecisionColumn = {
  header: 'Date precision',
  description: 'How precisely the dates are known: Day, Month (the date is the first of the month) or Year (1 January).',
  value: (row: { datePrecision: DatePrecision }) => precisionLabels[row.datePrecision],
}

function pageColumn(origin: string, path: string, what: string) {
  return {
    header: 'Web page',
    description: `Address of the ${what}'s page on this site.`,
    value: (row: { slug: string }) => `${origin}/${path}/${row.slug}`,
  }
}

const identifierColumn = (what: string) => ({
  header: 'Identifier',
  description: `The ${what}'s slug, as used in its page address and in the API.`,
  value: (row: { slug: string }) => row.slug,
})

const named = (o: { name: string; acronym: string | null }) => (o.acronym ? `${o.name} (${o.acronym})` : o.name)

function withRole(partners: OpenDataProject['partners'], role: PartnerRole) {
  return joinList(partners.filter((p) => p.roles.includes(role)).map(named))
}

export function mouCsvColumns(origin: string, today: Date = new Date()): CsvColumn<OpenDataMou>[] {
  return [
    identifierColumn('MOU'),
    { header: 'Country', description: 'English name of the counterpart country.', value: (m) => countryName(m.country) },
    { header: 'Country code', description: 'ISO 3166-1 alpha-2 code of the counterpart country.', value: (m) => m.country },
    {
      header: 'Counterparts',
      description: 'The organizations that signed with us, in the order the agreement names them, separated by "; ".',
      value: (m) => joinList(m.counterparts.map(named)),
    },
    { header: 'Subject', description: 'What the cooperation is about.', value: (m) => m.subject },
    { header: 'Start date', description: 'When the MOU took effect (YYYY-MM-DD).', value: (m) => isoDate(m.startDate) },
    {
      header: 'End date',
      description: 'When the MOU ends (YYYY-MM-DD); empty when it has no fixed end.',
      value: (m) => isoDate(m.endDate),
    },
    {
      header: 'End term',
      description: 'What ends an MOU without an end date, e.g. "Indefinite".',
      value: (m) => m.endTerm,
    },
    datePrecisionColumn,
    {
      header: 'Status',
      description: 'Active, Expiring soon (ends within 180 days), Expired or Indefinite, on the day of the download.',
      value: (m) => mouStatusLabels[mouStatus(m, today)],
    },
    {
      header: 'Renews',
      description: 'Identifier of the earlier MOU that this one renews, if any.',
      value: (m) => m.renews?.slug,
    },
    { header: 'Summary', description: 'A short description of the MOU.', value: (m) => m.summary },
    pageColumn(origin, 'mous', 'MOU'),
  ]
}

export function projectCsvColumns(origin: string): CsvColumn<OpenDataProject>[] {
  return [
    identifierColumn('project'),
    { header: 'Title', description: 'Full title of the project.', value: (p) => p.title },
    { header: 'Acronym', description: 'Short name, if any.', value: (p) => p.acronym },
    { header: 'Phase', description: 'Phase of a multi-phase project, e.g. "Phase III".', value: (p) => p.phase },
    { header: 'Status', description: 'Planned, Active or Completed.', value: (p) => projectStatusLabels[p.projectStatus] },
    { header: 'Scope', description: 'Bilateral or Multilateral.', value: (p) => projectScopeLabels[p.scope] },
    { header: 'Start date', description: 'When the project started (YYYY-MM-DD); empty if not known.', value: (p) => isoDate(p.startDate) },
    { header: 'End date', description: 'When the project ended or ends (YYYY-MM-DD); empty if open.', value: (p) => isoDate(p.endDate) },
    datePrecisionColumn,
    { header: 'Funding source', description: 'Who funds the project.', value: (p) => p.fundingSource },
    {
      header: 'Lead organizations',
      description: 'Organizations leading the project, separated by "; ".',
      value: (p) => withRole(p.partners, 'LEAD'),
    },
    {
      header: 'Partners',
      description: 'Partner organizations, separated by "; ".',
      value: (p) => withRole(p.partners, 'PARTNER'),
    },
    { header: 'Funders', description: 'Funding organizations, separated by "; ".', value: (p) => withRole(p.partners, 'FUNDER') },
    {
      header: 'Countries',
      description: 'English names of the countries taking part, separated by "; ".',
      value: (p) => joinList(p.countries.map((c) => countryName(c))),
    },
    { header: 'Topics', description: 'Subject areas, separated by "; ".', value: (p) => joinList(p.topics) },
    { header: 'Summary', description: 'A short description of the project.', value: (p) => p.summary },
    pageColumn(origin, 'projects', 'project'),
  ]
}

export function organizationCsvColumns(origin: string): CsvColumn<OpenDataOrganization>[] {
  return [
    identifierColumn('organization'),
    { header: 'Name', description: 'Full name of the organization.', value: (o) => o.name },
    { header: 'Acronym', description: 'Short name, if any.', value: (o) => o.acronym },
    { header: 'Kind', description: 'What sort of organization it is, e.g. "Geological survey".', value: (o) => organizationKindLabels[o.kind] },
    { header: 'Country', description: 'English name of the country where it is based.', value: (o) => countryName(o.country) },
    { header: 'Country code', description: 'ISO 3166-1 alpha-2 code of that country.', value: (o) => o.country },
    { header: 'Website', description: "Address of the organization's own website, if known.", value: (o) => o.website },
    {
      header: 'Projects',
      description: 'Titles of the projects it takes part in, separated by "; ".',
      value: (o) => joinList(o.projects.map((p) => p.title)),
    },
    {
      header: 'MOUs',
      description: 'Number of MOUs it has signed with us.',
      value: (o) => o.mous.length,
    },
    { header: 'Description', description: 'A short description of the organization.', value: (o) => o.description },
    pageColumn(origin, 'organizations', 'organization'),
  ]
}

export function trainingCsvColumns(origin: string): CsvColumn<OpenDataTraining>[] {
  return [
    identifierColumn('training'),
    { header: 'Title', description: 'Title of the course or workshop.', value: (t) => t.title },
    { header: 'Kind', description: 'Course or Workshop.', value: (t) => trainingKindLabels[t.kind] },
    { header: 'Start date', description: 'First day (YYYY-MM-DD).', value: (t) => isoDate(t.startDate) },
    { header: 'End date', description: 'Last day (YYYY-MM-DD); empty for a single day.', value: (t) => isoDate(t.endDate) },
    datePrecisionColumn,
    { header: 'Location', description: 'Where it took place.', value: (t) => t.location },
    {
      header: 'Host country',
      description: 'English name of the host country, if recorded.',
      value: (t) => (t.country ? countryName(t.country) : null),
    },
    { header: 'Participants', description: 'Number of participants, if recorded.', value: (t) => t.participantsCount },
    {
      header: 'Participant countries',
      description: 'Countries that sent participants, with their number in brackets where known, separated by "; ".',
      value: (t) =>
        joinList(
          t.participantCountries.map((c) =>
            c.participants === null ? countryName(c.country) : `${countryName(c.country)} (${c.participants})`,
          ),
        ),
    },
    { header: 'Organizer', description: 'The organization that ran it, if recorded.', value: (t) => t.organizer?.name },
    { header: 'Project', description: 'The project it belongs to, if any.', value: (t) => t.project?.title },
    { header: 'Topics', description: 'Subjects taught, separated by "; ".', value: (t) => joinList(t.topics) },
    { header: 'Summary', description: 'A short description of the training.', value: (t) => t.summary },
    pageColumn(origin, 'trainings', 'training'),
  ]
}

import type { OpenDataMou, OpenDataOrganization, OpenDataProject, OpenDataTraining } from '@/lib/data/open-data'
import type { CsvColumn } from './csv'
import { mouCsvColumns, organizationCsvColumns, projectCsvColumns, trainingCsvColumns } from './csv-columns'
import type {
  ConferenceRecord,
  MouRecord,
  NewsRecord,
  OrganizationRecord,
  ProjectRecord,
  TrainingRecord,
} from './serializers'

// What the /data page documents: each dataset's API path, its CSV file (for
// four of them) and the fields of its JSON record. The field tables are typed
// as a Record over the serializer's keys, so adding a field to a record
// without documenting it fails the type check.

export type FieldDoc = { type: string; meaning: string }

type FieldDocs<R> = Record<keyof R, FieldDoc>

const DATE = 'string (date) or null'
const dateMeaning = (what: string) => `${what}, ISO 8601 "YYYY-MM-DD"; read it with datePrecision.`
const precisionDoc: FieldDoc = {
  type: 'DAY | MONTH | YEAR',
  meaning: 'How precisely the dates are known. MONTH and YEAR dates fall on the first day of the month or year.',
}
const countryDoc = (what: string): FieldDoc => ({
  type: 'object { code, name }',
  meaning: `${what}: ISO 3166-1 alpha-2 code and English name.`,
})
const timestampDocs = {
  publishedAt: { type: 'string (date-time)', meaning: 'When the record was published, ISO 8601 in UTC.' },
  updatedAt: { type: 'string (date-time)', meaning: 'When the record last changed, ISO 8601 in UTC.' },
}
const slugDoc = (what: string): FieldDoc => ({
  type: 'string',
  meaning: `Identifier of the ${what}; also the last part of its API and page address.`,
})

const organizationFields: FieldDocs<OrganizationRecord> = {
  slug: slugDoc('organization'),
  name: { type: 'string', meaning: 'Full name, in English.' },
  acronym: { type: 'string or null', meaning: 'Short name, if any.' },
  kind: {
    type: 'string',
    meaning:
      'GEOLOGICAL_SURVEY, MINISTRY, UNIVERSITY, RESEARCH_INSTITUTE, INTERGOVERNMENTAL, ASSOCIATION, PROGRAMME or COMPANY.',
  },
  country: countryDoc('Where the organization is based'),
  website: { type: 'string (URL) or null', meaning: "The organization's own website." },
  description: { type: 'string', meaning: 'A short description in plain text; may be empty.' },
  logoUrl: { type: 'string (URL) or null', meaning: 'Address of its logo image.' },
  projects: {
    type: 'array of { slug, title, roles }',
    meaning: 'Published projects it takes part in; roles are LEAD, PARTNER and/or FUNDER.',
  },
  mous: { type: 'array of { slug, subject }', meaning: 'Published MOUs it has signed with us, newest first.' },
  ...timestampDocs,
}

const projectFields: FieldDocs<ProjectRecord> = {
  slug: slugDoc('project'),
  title: { type: 'string', meaning: 'Full title.' },
  acronym: { type: 'string or null', meaning: 'Short name, if any.' },
  summary: { type: 'string', meaning: 'A short description in plain text.' },
  body: { type: 'string', meaning: 'The full description in plain text; paragraphs separated by blank lines.' },
  status: { type: 'PLANNED | ACTIVE | COMPLETED', meaning: 'Where the project stands.' },
  scope: { type: 'BILATERAL | MULTILATERAL', meaning: 'Whether two or more countries take part.' },
  phase: { type: 'string or null', meaning: 'Phase of a multi-phase project, e.g. "Phase III".' },
  fundingSource: { type: 'string or null', meaning: 'Who funds the project.' },
  startDate: { type: DATE, meaning: dateMeaning('Start') },
  endDate: { type: DATE, meaning: dateMeaning('End; null while open') },
  datePrecision: precisionDoc,
  countries: { type: 'array of { code, name }', meaning: 'The countries taking part.' },
  topics: { type: 'array of string', meaning: 'Subject areas.' },
  outcomes: { type: 'array of string', meaning: 'Expected or achieved results.' },
  partners: {
    type: 'array of { slug, name, acronym, roles }',
    meaning: 'Published organizations taking part; roles are LEAD, PARTNER and/or FUNDER.',
  },
  ...timestampDocs,
}

const mouFields: FieldDocs<MouRecord> = {
  slug: slugDoc('MOU'),
  subject: { type: 'string', meaning: 'What the cooperation is about.' },
  summary: { type: 'string', meaning: 'A short description in plain text.' },
  country: countryDoc('The counterpart country'),
  counterparts: {
    type: 'array of { slug, name, acronym }',
    meaning: 'The published organizations that signed, in the order the agreement names them.',
  },
  startDate: { type: 'string (date)', meaning: dateMeaning('When it took effect') },
  endDate: { type: DATE, meaning: dateMeaning('When it ends; null when it has no fixed end') },
  endTerm: { type: 'string or null', meaning: 'What ends an MOU without an end date, e.g. "Indefinite".' },
  datePrecision: precisionDoc,
  status: {
    type: 'ACTIVE | EXPIRING | EXPIRED | INDEFINITE',
    meaning: 'Computed on the day of the request; EXPIRING means it ends within 180 days.',
  },
  renews: { type: '{ slug, subject } or null', meaning: 'The earlier published MOU that this one renews.' },
  ...timestampDocs,
}

const conferenceFields: FieldDocs<ConferenceRecord> = {
  slug: slugDoc('conference'),
  name: { type: 'string', meaning: 'Name of the conference.' },
  edition: { type: 'string or null', meaning: 'Which edition, e.g. "37th".' },
  series: { type: 'string or null', meaning: 'The series it belongs to.' },
  summary: { type: 'string', meaning: 'A short description in plain text.' },
  startDate: { type: 'string (date)', meaning: dateMeaning('First day') },
  endDate: { type: DATE, meaning: dateMeaning('Last day; null for a single day') },
  datePrecision: precisionDoc,
  city: { type: 'string or null', meaning: 'Host city, if known.' },
  country: countryDoc('Host country'),
  role: { type: 'ORGANIZER | HOST | CO_SPONSOR', meaning: 'Our part in it.' },
  participantsCount: { type: 'integer or null', meaning: 'Number of participants, if known.' },
  url: { type: 'string (URL) or null', meaning: "The conference's own website." },
  ...timestampDocs,
}

const trainingFields: FieldDocs<TrainingRecord> = {
  slug: slugDoc('training'),
  title: { type: 'string', meaning: 'Title of the course or workshop.' },
  kind: { type: 'COURSE | WORKSHOP', meaning: 'What sort of training it was.' },
  summary: { type: 'string', meaning: 'A short description in plain text.' },
  body: { type: 'string', meaning: 'The full description in plain text.' },
  startDate: { type: 'string (date)', meaning: dateMeaning('First day') },
  endDate: { type: DATE, meaning: dateMeaning('Last day; null for a single day') },
  datePrecision: precisionDoc,
  location: { type: 'string', meaning: 'Where it took place.' },
  country: { type: 'object { code, name } or null', meaning: 'Host country, if recorded.' },
  participantsCount: { type: 'integer or null', meaning: 'Number of participants, if recorded.' },
  participantCountries: {
    type: 'array of { code, name, participants }',
    meaning: 'Countries that sent participants; participants is null when only the country is known.',
  },
  topics: { type: 'array of string', meaning: 'Subjects taught.' },
  organizer: { type: '{ slug, name } or null', meaning: 'The published organization that ran it.' },
  project: { type: '{ slug, title } or null', meaning: 'The published project it belongs to.' },
  ...timestampDocs,
}

const newsFields: FieldDocs<NewsRecord> = {
  slug: slugDoc('article'),
  title: { type: 'string', meaning: 'Headline.' },
  summary: { type: 'string', meaning: 'A short summary in plain text.' },
  body: { type: 'string', meaning: 'The article in plain text; paragraphs separated by blank lines.' },
  tags: { type: 'array of string', meaning: 'Keywords.' },
  coverImage: { type: '{ url, alt } or null', meaning: 'The cover picture and its text alternative.' },
  projects: { type: 'array of { slug, title }', meaning: 'Published projects the article is about.' },
  organizations: { type: 'array of { slug, name }', meaning: 'Published organizations it mentions.' },
  mous: { type: 'array of { slug, subject }', meaning: 'Published MOUs it is about.' },
  conferences: { type: 'array of { slug, name }', meaning: 'Published conferences it is about.' },
  trainings: { type: 'array of { slug, title }', meaning: 'Published trainings it is about.' },
  ...timestampDocs,
}

export type Dataset = {
  /** Path segment: `/api/v1/<id>` and, where there is one, `/data/<id>.csv`. */
  id: string
  title: string
  description: string
  /** Where the public list lives on the site. */
  sitePath: string
  fields: { name: string; type: string; meaning: string }[]
  /** The columns of the CSV download, or null when the dataset has none. */
  csvColumns: { header: string; description: string }[] | null
}

function fieldList<R>(docs: FieldDocs<R>) {
  return Object.entries<FieldDoc>(docs).map(([name, doc]) => ({ name, ...doc }))
}

// The documentation needs only headers and descriptions, which do not depend
// on the origin that the page-address column uses.
function columnList<T>(columns: CsvColumn<T>[]) {
  return columns.map(({ header, description }) => ({ header, description }))
}

/** The six datasets in the order the /data page presents them. */
export const DATASETS: Dataset[] = [
  {
    id: 'mous',
    title: 'Memoranda of understanding',
    description: 'Our cooperation agreements with geological surveys and other institutions abroad.',
    sitePath: '/mous',
    fields: fieldList(mouFields),
    csvColumns: columnList<OpenDataMou>(mouCsvColumns('')),
  },
  {
    id: 'projects',
    title: 'Projects',
    description: 'Cooperation projects, their partners, funding and phases.',
    sitePath: '/projects',
    fields: fieldList(projectFields),
    csvColumns: columnList<OpenDataProject>(projectCsvColumns('')),
  },
  {
    id: 'organizations',
    title: 'Partner organizations',
    description: 'The organizations we work with, and what we do with each.',
    sitePath: '/organizations',
    fields: fieldList(organizationFields),
    csvColumns: columnList<OpenDataOrganization>(organizationCsvColumns('')),
  },
  {
    id: 'trainings',
    title: 'Trainings',
    description: 'Courses and workshops we have run, and the countries that took part.',
    sitePath: '/trainings',
    fields: fieldList(trainingFields),
    csvColumns: columnList<OpenDataTraining>(trainingCsvColumns('')),
  },
  {
    id: 'conferences',
    title: 'Conferences',
    description: 'Conferences we organized, hosted or co-sponsored.',
    sitePath: '/conferences',
    fields: fieldList(conferenceFields),
    csvColumns: null,
  },
  {
    id: 'news',
    title: 'News',
    description: 'Our news articles and what they are about.',
    sitePath: '/news',
    fields: fieldList(newsFields),
    csvColumns: null,
  },
]

export const LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
}

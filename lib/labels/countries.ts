import type { CooperationType } from '@/lib/countries'

/** Names of the kinds of cooperation link, as column and section headings. */
export const cooperationTypeLabels: Record<CooperationType, string> = {
  organizations: 'Partners',
  mous: 'MOUs',
  projects: 'Projects',
  trainings: 'Trainings',
  conferences: 'Conferences',
}

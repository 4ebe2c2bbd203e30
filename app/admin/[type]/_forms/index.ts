import type { ComponentType } from 'react'
import type { ContentFormProps } from '@/components/admin/content-form'
import type { AdminSegment } from '@/lib/editorial/types'
import { ConferenceForm } from './conferences-form'
import { MouForm } from './mous-form'
import { NewsForm } from './news-form'
import { OrganizationForm } from './organizations-form'
import { ProjectForm } from './projects-form'
import { TrainingForm } from './trainings-form'

/** The form component of each content type. */
export const contentForms: Partial<Record<AdminSegment, ComponentType<ContentFormProps>>> = {
  organizations: OrganizationForm,
  projects: ProjectForm,
  mous: MouForm,
  conferences: ConferenceForm,
  trainings: TrainingForm,
  news: NewsForm,
}

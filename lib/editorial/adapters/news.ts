import 'server-only'
import { FieldValidationError } from '@/lib/editorial/errors'
import {
  conferenceOptions,
  describeIds,
  imageOptions,
  mouOptions,
  namesById,
  organizationOptions,
  projectOptions,
  trainingOptions,
} from '@/lib/editorial/options'
import type { ContentAdapter, FormValues, Tx } from '@/lib/editorial/types'
import { formatDate } from '@/lib/utils'
import { type NewsEditorInput, NewsDraftSchema, NewsPublishSchema, newsToFormValues } from '@/lib/validation/news'

const relations = [
  { field: 'projectIds', model: 'project' },
  { field: 'organizationIds', model: 'organization' },
  { field: 'trainingIds', model: 'training' },
  { field: 'conferenceIds', model: 'conference' },
  { field: 'mouIds', model: 'mou' },
] as const

type RelationField = (typeof relations)[number]['field']

/**
 * Refuses related ids that no longer exist, with a message on the picker.
 * Rows in the trash still count as existing here, unlike for the other
 * types; the pickers do not offer them.
 */
async function checkRelations(tx: Tx, input: NewsEditorInput) {
  for (const r of relations) {
    const ids = input[r.field]
    if (ids.length === 0) continue
    const found = await namesById(tx, r.model, ids)
    if (found.size !== ids.length)
      throw new FieldValidationError(r.field, 'One of the chosen items no longer exists. Check the selection and save again.')
  }
}

function columns(input: NewsEditorInput) {
  return {
    title: input.title,
    slug: input.slug,
    summary: input.summary,
    body: input.body,
    tags: input.tags,
    publishedAt: input.publishedAt ?? null,
    coverImageUrl: input.coverImageUrl ?? null,
    coverImageAlt: input.coverImageAlt ?? null,
  }
}

function connections(input: NewsEditorInput, mode: 'connect' | 'set') {
  const ids = (field: RelationField) => input[field].map((id) => ({ id }))
  return {
    projects: { [mode]: ids('projectIds') },
    organizations: { [mode]: ids('organizationIds') },
    trainings: { [mode]: ids('trainingIds') },
    conferences: { [mode]: ids('conferenceIds') },
    mous: { [mode]: ids('mouIds') },
  }
}

export const newsAdapter: ContentAdapter<NewsEditorInput> = {
  type: 'NEWS',
  segment: 'news',
  noun: 'article',
  nounPlural: 'articles',
  title: 'News',
  model: 'newsArticle',
  titleField: 'title',
  searchFields: ['title', 'slug', 'summary'],
  listColumns: [
    {
      field: 'publishedAt',
      label: 'Publication date',
      render: (value) => (value instanceof Date ? formatDate(value) : '—'),
      sortable: true,
    },
  ],
  fields: [
    { name: 'title', label: 'Title' },
    { name: 'slug', label: 'Slug' },
    { name: 'summary', label: 'Summary', long: true },
    { name: 'body', label: 'Text', long: true },
    { name: 'tags', label: 'Tags' },
    { name: 'publishedAt', label: 'Publication date (UTC)' },
    { name: 'coverImageUrl', label: 'Cover image' },
    { name: 'coverImageAlt', label: 'Cover image description' },
    { name: 'projectIds', label: 'Related projects' },
    { name: 'organizationIds', label: 'Related organizations' },
    { name: 'trainingIds', label: 'Related trainings' },
    { name: 'conferenceIds', label: 'Related conferences' },
    { name: 'mouIds', label: 'Related MOUs' },
  ],
  draftSchema: NewsDraftSchema,
  publishSchema: NewsPublishSchema,
  toFormValues: newsToFormValues,
  titleOf: (input) => input.title,
  publicPath: (slug) => `/news/${slug}`,

  async readLive(tx, id) {
    const row = await tx.newsArticle.findUnique({
      where: { id },
      select: {
        title: true,
        slug: true,
        summary: true,
        body: true,
        tags: true,
        publishedAt: true,
        coverImageUrl: true,
        coverImageAlt: true,
        projects: { select: { id: true }, orderBy: { id: 'asc' } },
        organizations: { select: { id: true }, orderBy: { id: 'asc' } },
        trainings: { select: { id: true }, orderBy: { id: 'asc' } },
        conferences: { select: { id: true }, orderBy: { id: 'asc' } },
        mous: { select: { id: true }, orderBy: { id: 'asc' } },
      },
    })
    if (!row) return null
    const ids = (list: Array<{ id: string }>) => list.map((r) => r.id)
    return newsToFormValues({
      ...row,
      publishedAt: row.publishedAt ?? undefined,
      coverImageUrl: row.coverImageUrl ?? undefined,
      coverImageAlt: row.coverImageAlt ?? undefined,
      projectIds: ids(row.projects),
      organizationIds: ids(row.organizations),
      trainingIds: ids(row.trainings),
      conferenceIds: ids(row.conferences),
      mouIds: ids(row.mous),
    })
  },

  async create(tx, input, { userId }) {
    await checkRelations(tx, input)
    return tx.newsArticle.create({
      data: { ...columns(input), ...connections(input, 'connect'), createdById: userId, updatedById: userId },
      select: { id: true },
    })
  },

  async update(tx, id, input) {
    await checkRelations(tx, input)
    await tx.newsArticle.update({ where: { id }, data: { ...columns(input), ...connections(input, 'set') } })
  },

  async loadOptions(tx) {
    return { images: await imageOptions(tx) }
  },

  pickers: {
    projectIds: { source: 'projects', list: projectOptions },
    organizationIds: { source: 'organizations', list: (tx) => organizationOptions(tx) },
    trainingIds: { source: 'trainings', list: trainingOptions },
    conferenceIds: { source: 'conferences', list: conferenceOptions },
    mouIds: { source: 'mous', list: mouOptions },
  },

  async describe(tx, values) {
    const described: FormValues = { ...values }
    for (const r of relations) {
      const ids = (values[r.field] ?? '').split(',').filter(Boolean)
      described[r.field] = await describeIds(tx, r.model, ids, 'item')
    }
    return described
  },
}

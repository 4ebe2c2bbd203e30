import 'server-only'
import { FieldValidationError } from '@/lib/editorial/errors'
import type { ContentAdapter, FormValues, Tx } from '@/lib/editorial/types'
import { formatDate } from '@/lib/utils'
import { type NewsEditorInput, NewsDraftSchema, NewsPublishSchema, newsToFormValues } from '@/lib/validation/news'

const relations = [
  { field: 'projectIds', relation: 'projects', model: 'project', label: 'title' },
  { field: 'organizationIds', relation: 'organizations', model: 'organization', label: 'name' },
  { field: 'trainingIds', relation: 'trainings', model: 'training', label: 'title' },
  { field: 'conferenceIds', relation: 'conferences', model: 'conference', label: 'name' },
  { field: 'mouIds', relation: 'mous', model: 'mou', label: 'subject' },
] as const

type RelationField = (typeof relations)[number]['field']

/** Titles of the rows of one related model, by id (trashed ones included, for history). */
async function titles(tx: Tx, model: (typeof relations)[number]['model'], ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const where = { where: { id: { in: ids } } }
  const rows: Array<{ id: string; label: string }> =
    model === 'project'
      ? (await tx.project.findMany({ ...where, select: { id: true, title: true } })).map((r) => ({ id: r.id, label: r.title }))
      : model === 'organization'
        ? (await tx.organization.findMany({ ...where, select: { id: true, name: true } })).map((r) => ({ id: r.id, label: r.name }))
        : model === 'training'
          ? (await tx.training.findMany({ ...where, select: { id: true, title: true } })).map((r) => ({ id: r.id, label: r.title }))
          : model === 'conference'
            ? (await tx.conference.findMany({ ...where, select: { id: true, name: true } })).map((r) => ({ id: r.id, label: r.name }))
            : (await tx.mou.findMany({ ...where, select: { id: true, subject: true } })).map((r) => ({ id: r.id, label: r.subject }))
  return new Map(rows.map((r) => [r.id, r.label]))
}

/** Refuses related ids that do not exist (or are in the trash) with a message on the picker. */
async function checkRelations(tx: Tx, input: NewsEditorInput) {
  for (const r of relations) {
    const ids = input[r.field]
    if (ids.length === 0) continue
    const found = await titles(tx, r.model, ids)
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

const notTrashed = { deletedAt: null }

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
    const [projects, organizations, trainings, conferences, mous, images] = await Promise.all([
      tx.project.findMany({ where: notTrashed, select: { id: true, title: true, acronym: true }, orderBy: { title: 'asc' } }),
      tx.organization.findMany({ where: notTrashed, select: { id: true, name: true, acronym: true }, orderBy: { name: 'asc' } }),
      tx.training.findMany({ where: notTrashed, select: { id: true, title: true, startDate: true }, orderBy: { startDate: 'desc' } }),
      tx.conference.findMany({ where: notTrashed, select: { id: true, name: true, startDate: true }, orderBy: { startDate: 'desc' } }),
      tx.mou.findMany({ where: notTrashed, select: { id: true, subject: true, country: true }, orderBy: { startDate: 'desc' } }),
      tx.media.findMany({
        where: { kind: 'IMAGE', deletedAt: null },
        select: { key: true, title: true, alt: true, variants: true },
        orderBy: { createdAt: 'desc' },
        take: 500,
      }),
    ])
    return {
      projects: projects.map((p) => ({ value: p.id, label: p.title, hint: p.acronym ?? undefined })),
      organizations: organizations.map((o) => ({ value: o.id, label: o.name, hint: o.acronym ?? undefined })),
      trainings: trainings.map((t) => ({ value: t.id, label: t.title, hint: formatDate(t.startDate) })),
      conferences: conferences.map((c) => ({ value: c.id, label: c.name, hint: formatDate(c.startDate) })),
      mous: mous.map((m) => ({ value: m.id, label: m.subject, hint: m.country })),
      images: images.filter((m) => m.variants.length > 0).map((m) => ({
        value: `/media/${m.key}/w${Math.max(...m.variants)}.webp`,
        label: m.title,
        hint: m.alt,
      })),
    }
  },

  async describe(tx, values) {
    const described: FormValues = { ...values }
    for (const r of relations) {
      const ids = (values[r.field] ?? '').split(',').filter(Boolean)
      const names = await titles(tx, r.model, ids)
      described[r.field] = ids.map((id) => names.get(id) ?? `(deleted item ${id})`).join(', ')
    }
    return described
  },
}

import { describe, expect, it } from 'vitest'
import { LIST_QUERY_KEYS, LIST_QUERY_SEGMENT, listQueryRewrites } from '@/lib/list-routes'
import { PageQuerySchema } from '@/lib/validation/common'
import { ConferenceListQuerySchema } from '@/lib/validation/conferences'
import { MouListQuerySchema } from '@/lib/validation/mous'
import { OrganizationListQuerySchema } from '@/lib/validation/organizations'
import { ProjectListQuerySchema } from '@/lib/validation/projects'
import { TrainingListQuerySchema } from '@/lib/validation/trainings'

// The schema each list page parses its query with. A key the schema reads
// but the rewrites miss would be ignored on the prerendered page.
const schemas = {
  '/organizations': OrganizationListQuerySchema,
  '/projects': ProjectListQuerySchema,
  '/mous': MouListQuerySchema,
  '/conferences': ConferenceListQuerySchema,
  '/trainings': TrainingListQuerySchema,
  '/news': PageQuerySchema,
}

describe('list routes', () => {
  it.each(Object.entries(schemas))('rewrites %s for every parameter its schema reads', (path, schema) => {
    expect([...LIST_QUERY_KEYS[path as keyof typeof LIST_QUERY_KEYS]].sort()).toEqual(Object.keys(schema.shape).sort())
  })

  it('sends a list request carrying one of its parameters to the per-request route, in every language', () => {
    const rewrites = listQueryRewrites()
    expect(rewrites).toContainEqual({
      source: '/projects',
      has: [{ type: 'query', key: 'topic' }],
      destination: `/en/projects/${LIST_QUERY_SEGMENT}`,
    })
    expect(rewrites).toContainEqual({
      source: '/:locale(zh|ja)/projects',
      has: [{ type: 'query', key: 'topic' }],
      destination: `/:locale/projects/${LIST_QUERY_SEGMENT}`,
    })
    // One rule for English and one for the prefixed languages, per parameter.
    expect(rewrites).toHaveLength(2 * Object.values(LIST_QUERY_KEYS).flat().length)
  })

  it('uses a segment no slug can take', () => {
    expect(LIST_QUERY_SEGMENT).toMatch(/^_/)
  })

  it('parses the unfiltered page the prerendered lists show from an empty query', () => {
    expect(ProjectListQuerySchema.parse({})).toEqual({ page: 1 })
    expect(ConferenceListQuerySchema.parse({})).toEqual({ when: 'all', page: 1 })
  })
})

import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { NewsInputSchema, NewsListQuerySchema } from '@/lib/validation/news'

const valid = { title: 'New MOU with GNS Science', slug: 'new-mou-gns', summary: '', body: 'Text', tags: 'MOU, New Zealand, MOU' }

describe('NewsInputSchema', () => {
  it('accepts form input and normalises tags and blanks', () => {
    const parsed = NewsInputSchema.parse({ ...valid, publishedAt: '', coverImageUrl: '' })
    expect(parsed.tags).toEqual(['MOU', 'New Zealand'])
    expect(parsed.publishedAt).toBeUndefined()
    expect(parsed.coverImageUrl).toBeUndefined()
  })

  it('reports every invalid field at once', () => {
    const result = NewsInputSchema.safeParse({ title: 'x', slug: 'Not A Slug', body: '' })
    expect(result.success).toBe(false)
    const { fieldErrors } = z.flattenError(result.error!)
    expect(Object.keys(fieldErrors).sort()).toEqual(['body', 'slug', 'title'])
  })

  it('rejects keys the form does not have, such as status or id', () => {
    const result = NewsInputSchema.safeParse({ ...valid, status: 'PUBLISHED' })
    expect(result.success).toBe(false)
  })

  it('requires alt text when there is a cover image', () => {
    const result = NewsInputSchema.safeParse({ ...valid, coverImageUrl: 'https://example.org/a.jpg' })
    expect(z.flattenError(result.error!).fieldErrors.coverImageAlt?.[0]).toMatch(/Describe the cover image/)
  })

  it('refuses script URLs for the cover image', () => {
    const result = NewsInputSchema.safeParse({ ...valid, coverImageUrl: 'javascript:alert(1)', coverImageAlt: 'x' })
    expect(z.flattenError(result.error!).fieldErrors.coverImageUrl).toBeDefined()
  })
})

describe('NewsListQuerySchema', () => {
  it('turns junk query parameters into safe defaults', () => {
    expect(NewsListQuerySchema.parse({ page: '-3', status: 'DELETED', q: 'abc' })).toEqual({ page: 1, status: undefined, q: 'abc' })
  })
})

describe('publication date', () => {
  it('reads a datetime-local value as UTC', () => {
    const parsed = NewsInputSchema.parse({ ...valid, publishedAt: '2024-05-01T10:30' })
    expect(parsed.publishedAt?.toISOString()).toBe('2024-05-01T10:30:00.000Z')
  })
  it('rejects an impossible date', () => {
    expect(NewsInputSchema.safeParse({ ...valid, publishedAt: '2024-13-45T99:99' }).success).toBe(false)
  })
})

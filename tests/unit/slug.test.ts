import { describe, expect, it } from 'vitest'
import { slugify } from '@/lib/slug'

describe('slugify', () => {
  it('lowercases and joins words with single hyphens', () => {
    expect(slugify('  ICGG International Workshop -- 2023 ')).toBe('icgg-international-workshop-2023')
  })
  it('folds accents and spells out ampersands', () => {
    expect(slugify('Bureau de Recherches Géologiques & Minières')).toBe('bureau-de-recherches-geologiques-and-minieres')
  })
  it('gives an empty slug for text without Latin letters or digits', () => {
    expect(slugify('地质调查')).toBe('')
  })
  it('cuts long titles at a word boundary', () => {
    const slug = slugify('integrated geoscience data processing project phase three', 30)
    expect(slug).toBe('integrated-geoscience-data')
  })
})

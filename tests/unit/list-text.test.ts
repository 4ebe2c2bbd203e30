import { describe, expect, it } from 'vitest'
import { describeCount } from '@/lib/list-text'

describe('describeCount', () => {
  const noun = ['partner', 'partners'] as const
  it('counts in the singular and the plural', () => {
    expect(describeCount({ total: 1, noun })).toBe('1 partner')
    expect(describeCount({ total: 0, noun })).toBe('0 partners')
  })
  it('says when filters apply and which page this is', () => {
    expect(describeCount({ total: 1, noun, filtered: true })).toBe('1 partner matches these filters')
    expect(describeCount({ total: 31, noun, filtered: true, page: 2, totalPages: 4 })).toBe(
      '31 partners match these filters, page 2 of 4',
    )
  })
})

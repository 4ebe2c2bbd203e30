import { describe, expect, it } from 'vitest'
import { ConferenceListQuerySchema } from '@/lib/validation/conferences'

describe('ConferenceListQuerySchema', () => {
  it('reads when, year and page', () => {
    expect(ConferenceListQuerySchema.parse({ when: 'past', year: '2013', page: '2' })).toEqual({
      when: 'past',
      year: 2013,
      page: 2,
    })
    expect(ConferenceListQuerySchema.parse({ when: 'upcoming' }).when).toBe('upcoming')
  })

  it('shows all conferences by default', () => {
    expect(ConferenceListQuerySchema.parse({})).toEqual({ when: 'all', year: undefined, page: 1 })
  })

  it('treats blank, repeated and unknown values as no filter and page 1', () => {
    for (const query of [
      { when: '', year: '', page: '' },
      { when: 'soon', year: 'abc', page: '0' },
      { when: ['past', 'upcoming'], year: ['2013', '2014'], page: ['2', '3'] },
      { when: 'PAST', year: '2013.5', page: '-1' },
      { year: '99999' },
    ]) {
      expect(ConferenceListQuerySchema.parse(query), JSON.stringify(query)).toEqual({
        when: 'all',
        year: undefined,
        page: 1,
      })
    }
  })
})

import { describe, expect, it } from 'vitest'
import { MouListQuerySchema } from '@/lib/validation/mous'

describe('MouListQuerySchema', () => {
  it('reads a country and a status in any letter case', () => {
    expect(MouListQuerySchema.parse({ country: 'nz', status: 'expired', page: '2' })).toEqual({
      country: 'NZ',
      status: 'EXPIRED',
      page: 2,
    })
    expect(MouListQuerySchema.parse({ status: 'In_Force' }).status).toBe('IN_FORCE')
  })

  it('treats missing, blank, repeated and unknown values as no filter and page 1', () => {
    for (const query of [
      {},
      { country: '', status: '', page: '' },
      { country: 'ZZ', status: 'junk', page: '-3' },
      { country: ['NZ', 'FR'], status: ['ACTIVE', 'EXPIRED'], page: ['1', '2'] },
      { country: 'NZL', status: 'ACTIVE ', page: 'two' },
    ]) {
      const parsed = MouListQuerySchema.parse(query)
      expect(parsed.country, JSON.stringify(query)).toBeUndefined()
      expect(parsed.page).toBe(1)
    }
    expect(MouListQuerySchema.parse({ status: 'junk' }).status).toBeUndefined()
    expect(MouListQuerySchema.parse({ status: ['ACTIVE', 'EXPIRED'] }).status).toBeUndefined()
  })
})

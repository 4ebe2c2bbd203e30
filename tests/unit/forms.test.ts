import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { formValues, invalidState } from '@/lib/forms'

describe('form state helpers', () => {
  it('collect submitted text fields without framework entries', () => {
    const data = new FormData()
    data.set('$ACTION_ID_abc', '')
    data.set('title', 'Hello')
    data.append('tag', 'a')
    data.append('tag', 'b')
    expect(formValues(data)).toEqual({ title: 'Hello', tag: 'a,b' })
  })

  it('map all field errors and echo the values back', () => {
    const schema = z.object({ a: z.string().min(2, 'too short'), b: z.string().min(2, 'also too short') })
    const error = schema.safeParse({ a: 'x', b: 'y' }).error!
    expect(invalidState(error, { a: 'x', b: 'y' })).toEqual({
      status: 'error',
      message: 'Please correct the highlighted fields.',
      fieldErrors: { a: ['too short'], b: ['also too short'] },
      values: { a: 'x', b: 'y' },
    })
  })
})

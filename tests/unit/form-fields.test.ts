import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  acceptedFields,
  invalidState,
  rejectUnexpectedFields,
  unexpectedFields,
  unexpectedFieldsMessage,
} from '@/lib/forms'

function formData(entries: Array<[string, string | Blob]>): FormData {
  const data = new FormData()
  for (const [key, value] of entries) data.append(key, value)
  return data
}

const Schema = z
  .object({ title: z.string().min(1, 'Enter a title'), alt: z.string().optional() })
  .refine((v) => v.title !== 'x', { path: ['title'], message: 'Not x' })

describe('unexpected form fields', () => {
  it('accept the schema’s fields plus the listed hidden fields, even from a refined schema', () => {
    expect(acceptedFields(Schema, ['version'])).toEqual(['title', 'alt', 'version'])
    expect(acceptedFields(null, ['action'])).toEqual(['action'])
  })

  it('name each key outside the accepted set once, in submission order', () => {
    const data = formData([
      ['title', 'A'],
      ['role', 'ADMIN'],
      ['status', 'PUBLISHED'],
      ['role', 'EDITOR'],
    ])
    expect(unexpectedFields(data, ['title', 'alt'])).toEqual(['role', 'status'])
    expect(unexpectedFields({ title: 'A', id: '1' }, ['title'])).toEqual(['id'])
  })

  it('never count Next.js’s own $ entries, and count files under unknown names', () => {
    const data = formData([
      ['$ACTION_ID_abc', ''],
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', '{}'],
      ['title', 'A'],
      ['attachment', new Blob(['x'])],
    ])
    expect(unexpectedFields(data, ['title'])).toEqual(['attachment'])
  })

  it('word the message for one key and for several', () => {
    expect(unexpectedFieldsMessage(['role'])).toBe('This form does not accept the field “role”.')
    expect(unexpectedFieldsMessage(['role', 'status', 'id'])).toBe(
      'This form does not accept the fields “role”, “status” and “id”.',
    )
  })

  it('return an error state with the user’s values, or null when every key is accepted', () => {
    const values = { title: 'A', role: 'ADMIN' }
    expect(rejectUnexpectedFields(formData([['title', 'A'], ['role', 'ADMIN']]), ['title'], values)).toEqual({
      status: 'error',
      message: 'This form does not accept the field “role”.',
      values,
      fieldErrors: undefined,
    })
    expect(rejectUnexpectedFields(formData([['title', 'A'], ['version', '3']]), ['title', 'version'], {})).toBeNull()
  })

  it('word a strict schema’s unrecognized keys the same way, keeping the field errors', () => {
    const strict = z.object({ title: z.string().min(3, 'Too short') }).strict()
    const error = strict.safeParse({ title: 'A', role: 'ADMIN', status: 'PUBLISHED' }).error!
    const state = invalidState(error, { title: 'A' })
    expect(state.message).toBe('This form does not accept the fields “role” and “status”.')
    expect(state.fieldErrors).toEqual({ title: ['Too short'] })
  })
})

import { describe, expect, it } from 'vitest'
import { diffLines, diffValues } from '@/lib/editorial/diff'

describe('diffValues', () => {
  const fields = [
    { name: 'title', label: 'Title' },
    { name: 'body', label: 'Text', long: true },
    { name: 'tags', label: 'Tags' },
  ]

  it('lists changed fields in form order with labels, treating missing as empty', () => {
    expect(diffValues(fields, { title: 'A', body: 'x', tags: '' }, { title: 'B', body: 'x' })).toEqual([
      { name: 'title', label: 'Title', before: 'A', after: 'B', long: undefined },
    ])
    expect(diffValues(fields, { body: 'x' }, { body: 'y', tags: 'MOU' }).map((c) => c.name)).toEqual(['body', 'tags'])
  })

  it('ignores keys that are not fields', () => {
    expect(diffValues(fields, { version: '1' }, { version: '2' })).toEqual([])
  })
})

describe('diffLines', () => {
  it('marks removed and added lines around the unchanged ones', () => {
    expect(diffLines('one\ntwo\nthree', 'one\n2\nthree\nfour')).toEqual([
      { kind: 'same', text: 'one' },
      { kind: 'removed', text: 'two' },
      { kind: 'added', text: '2' },
      { kind: 'same', text: 'three' },
      { kind: 'added', text: 'four' },
    ])
  })

  it('handles empty texts', () => {
    expect(diffLines('', 'new')).toEqual([{ kind: 'added', text: 'new' }])
    expect(diffLines('old', '')).toEqual([{ kind: 'removed', text: 'old' }])
    expect(diffLines('', '')).toEqual([])
  })
})

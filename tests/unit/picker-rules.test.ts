import { describe, expect, it } from 'vitest'
import { conferences, mous, organizations, projects, trainings } from '@/content'
import {
  PICKER_SEARCH_THRESHOLD,
  chosenInOrder,
  deletedChoice,
  matchesMessage,
  splitIds,
  usesServerSearch,
} from '@/lib/editorial/picker-rules'
import { PickerQuerySchema } from '@/lib/validation/pickers'

describe('usesServerSearch', () => {
  it('lists every candidate up to the threshold and searches beyond it', () => {
    expect(usesServerSearch(0)).toBe(false)
    expect(usesServerSearch(PICKER_SEARCH_THRESHOLD)).toBe(false)
    expect(usesServerSearch(PICKER_SEARCH_THRESHOLD + 1)).toBe(true)
  })

  it('keeps every picker over the demo content in list mode', () => {
    for (const rows of [organizations, projects, mous, conferences, trainings]) expect(usesServerSearch(rows.length)).toBe(false)
  })
})

describe('chosenInOrder', () => {
  const known = [
    { value: 'a', label: 'Alpha survey', hint: 'AS' },
    { value: 'b', label: 'Beta survey' },
    { value: 'c', label: 'Gamma survey' },
  ]

  it('keeps the stored order, not the order of the names', () => {
    expect(chosenInOrder(['c', 'a'], known).map((o) => o.value)).toEqual(['c', 'a'])
  })

  it('lists a repeated id once, where it first appears', () => {
    expect(chosenInOrder(['b', 'a', 'b'], known).map((o) => o.value)).toEqual(['b', 'a'])
  })

  it('takes the first name given for an id, so names from a failed save win over older ones', () => {
    expect(chosenInOrder(['a'], [{ value: 'a', label: 'Renamed survey' }, ...known])).toEqual([{ value: 'a', label: 'Renamed survey' }])
  })

  it('keeps an id it has no name for, so that it is still shown and submitted', () => {
    expect(chosenInOrder(['x', 'a'], known)).toEqual([
      { value: 'x', label: 'Chosen item', hint: 'Its name could not be loaded.' },
      { value: 'a', label: 'Alpha survey', hint: 'AS' },
    ])
  })
})

describe('splitIds', () => {
  it('splits a comma-joined value in order and drops blanks, such as the hidden empty value', () => {
    expect(splitIds(',b, a ,,c')).toEqual(['b', 'a', 'c'])
    expect(splitIds('')).toEqual([])
    expect(splitIds(undefined)).toEqual([])
  })
})

describe('matchesMessage', () => {
  it('says how many matched, when nothing did, and when there are more than shown', () => {
    expect(matchesMessage('geo', 1, false)).toBe('1 match')
    expect(matchesMessage('geo', 12, false)).toBe('12 matches')
    expect(matchesMessage('xyz', 0, false)).toBe('No matches for “xyz”')
    expect(matchesMessage('survey', 20, true)).toBe('Showing the first 20 matches: refine the search')
  })
})

describe('deletedChoice', () => {
  it('names the kind of row that no longer exists and what to do', () => {
    expect(deletedChoice('x1', 'mous')).toEqual({ value: 'x1', label: 'Deleted MOU', hint: 'It no longer exists: untick it before saving.' })
  })
})

describe('PickerQuerySchema', () => {
  it('trims the search, and treats a missing search and a blank exclusion as none', () => {
    expect(PickerQuerySchema.parse({ source: 'organizations', q: '  geo  ', exclude: '' })).toEqual({
      source: 'organizations',
      q: 'geo',
      exclude: undefined,
    })
    expect(PickerQuerySchema.parse({ source: 'documents' }).q).toBe('')
  })

  it('refuses an unknown source and a search longer than 100 characters', () => {
    expect(PickerQuerySchema.safeParse({ source: 'users', q: 'a' }).success).toBe(false)
    expect(PickerQuerySchema.safeParse({ source: 'projects', q: 'x'.repeat(101) }).success).toBe(false)
    // Spaces around the text do not count towards the limit.
    expect(PickerQuerySchema.safeParse({ source: 'projects', q: ` ${'x'.repeat(100)} ` }).success).toBe(true)
  })
})

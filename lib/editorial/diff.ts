import type { FieldChange, FieldDef, FormValues } from './types'

/** The fields whose values differ between two working copies, in form order. */
export function diffValues(fields: readonly FieldDef[], before: FormValues, after: FormValues): FieldChange[] {
  const changes: FieldChange[] = []
  for (const field of fields) {
    const a = before[field.name] ?? ''
    const b = after[field.name] ?? ''
    if (a !== b) changes.push({ name: field.name, label: field.label, before: a, after: b, long: field.long })
  }
  return changes
}

export type LineChange = { kind: 'same' | 'added' | 'removed'; text: string }

/**
 * A line diff (longest common subsequence) for long text fields, so the
 * history shows which paragraphs changed rather than two whole texts.
 * Inputs beyond 2,000 lines fall back to "all removed, all added".
 */
export function diffLines(before: string, after: string): LineChange[] {
  const a = before === '' ? [] : before.split('\n')
  const b = after === '' ? [] : after.split('\n')
  if (a.length * b.length > 4_000_000)
    return [...a.map((text) => ({ kind: 'removed' as const, text })), ...b.map((text) => ({ kind: 'added' as const, text }))]
  const width = b.length + 1
  // lcs[i * width + j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = new Int32Array((a.length + 1) * width)
  const at = (i: number, j: number) => lcs[i * width + j] ?? 0
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * width + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1))
  const out: LineChange[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const left = a[i] ?? ''
    const right = b[j] ?? ''
    if (left === right) {
      out.push({ kind: 'same', text: left })
      i++
      j++
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      out.push({ kind: 'removed', text: left })
      i++
    } else {
      out.push({ kind: 'added', text: right })
      j++
    }
  }
  for (; i < a.length; i++) out.push({ kind: 'removed', text: a[i] ?? '' })
  for (; j < b.length; j++) out.push({ kind: 'added', text: b[j] ?? '' })
  return out
}

/** A Date as the value of an <input type="datetime-local"> in UTC, or ''. */
export function toDateTimeLocal(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 16) : ''
}

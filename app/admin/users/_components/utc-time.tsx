/** "2026-03-01 14:05 UTC": the admin shows times in UTC so every office reads the same clock. */
export function formatUtc(date: Date, withSeconds = false): string {
  const iso = date.toISOString()
  return `${iso.slice(0, 10)} ${iso.slice(11, withSeconds ? 19 : 16)} UTC`
}

/** A machine-readable `<time>` showing a UTC date and time. */
export function UtcTime({ date, withSeconds = false }: { date: Date; withSeconds?: boolean }) {
  return <time dateTime={date.toISOString()}>{formatUtc(date, withSeconds)}</time>
}

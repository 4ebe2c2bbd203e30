import type { DatePrecision, ProjectStatus } from '@/lib/generated/prisma/enums'
import { formatDate, formatDateRange } from '@/lib/utils'

// The machine-readable value at the precision the date is known to
// ("2021", "2021-03" or "2021-03-15"), all valid `datetime` values.
function isoAtPrecision(date: Date, precision: DatePrecision): string {
  const day = date.toISOString().slice(0, 10)
  return precision === 'YEAR' ? day.slice(0, 4) : precision === 'MONTH' ? day.slice(0, 7) : day
}

function DateTime({ date, precision }: { date: Date; precision: DatePrecision }) {
  return <time dateTime={isoAtPrecision(date, precision)}>{formatDate(date, precision)}</time>
}

export type ProjectPeriod = {
  projectStatus: ProjectStatus
  startDate: Date | null
  endDate: Date | null
  datePrecision: DatePrecision
}

/** Whether a project has any date to show; many older projects have none. */
export function hasProjectDates(project: ProjectPeriod): boolean {
  return project.startDate !== null || project.endDate !== null
}

/**
 * How long a project runs, at the precision its dates are known to:
 * "2021–2025", "March 2019 – June 2022". With only a start, the wording
 * depends on the status ("Since 2007" for an active project); with only an
 * end, "Until 2020". Renders nothing when neither date is known.
 */
export function ProjectDuration({ project }: { project: ProjectPeriod }) {
  const { startDate: start, endDate: end, datePrecision: precision } = project
  if (!start) {
    if (!end) return null
    return (
      <>
        Until <DateTime date={end} precision={precision} />
      </>
    )
  }
  if (!end) {
    const lead = project.projectStatus === 'ACTIVE' ? 'Since' : project.projectStatus === 'PLANNED' ? 'Starting' : 'From'
    return (
      <>
        {lead} <DateTime date={start} precision={precision} />
      </>
    )
  }
  return <DateRange start={start} end={end} precision={precision} />
}

/**
 * A period at its precision in the compact form of formatDateRange
 * ("2021–2025", "3–5 July 2023"), each end in its own `<time>`. The text is
 * split at the en dash, which formatDateRange uses only to join the two ends.
 */
export function DateRange({ start, end, precision }: { start: Date; end: Date | null; precision: DatePrecision }) {
  const text = formatDateRange(start, end, precision)
  const dash = text.indexOf('–')
  if (!end || dash === -1) return <time dateTime={isoAtPrecision(start, precision)}>{text}</time>
  const from = text.slice(0, dash)
  const to = text.slice(dash + 1)
  const spaced = from.endsWith(' ')
  return (
    <>
      <time dateTime={isoAtPrecision(start, precision)}>{from.trimEnd()}</time>
      {spaced ? ' – ' : '–'}
      <time dateTime={isoAtPrecision(end, precision)}>{to.trimStart()}</time>
    </>
  )
}

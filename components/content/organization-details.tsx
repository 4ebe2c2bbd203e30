import Link from 'next/link'
import type { ReactNode } from 'react'
import { Facts } from '@/components/content/facts'
import type { OrganizationDetail } from '@/lib/data/organizations'
import type { DatePrecision } from '@/lib/generated/prisma/enums'
import { dateLocale, organizationKindLabel, partnerRoleLabel } from '@/lib/i18n/labels'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { countryName, formatDate } from '@/lib/utils'
import { WebsiteLink } from './website-link'

const linkClass = 'font-medium text-primary-800 underline-offset-4 hover:underline'

// The machine-readable value at the precision the date is known to
// ("2019", "2019-07" or "2019-07-01"), all valid `datetime` values.
function isoAtPrecision(date: Date, precision: DatePrecision): string {
  const day = date.toISOString().slice(0, 10)
  return precision === 'YEAR' ? day.slice(0, 4) : precision === 'MONTH' ? day.slice(0, 7) : day
}

function DateTime({ date, precision, locale }: { date: Date; precision: DatePrecision; locale: Locale }) {
  return <time dateTime={isoAtPrecision(date, precision)}>{formatDate(date, precision, dateLocale(locale))}</time>
}

/**
 * A period at its precision: "July 2019 – July 2024", "2021–2025". Without an
 * end date, `openEnd` (an MOU's end term, e.g. "Indefinite") stands in for the
 * end; without either, only the start is shown.
 */
function Period({
  start,
  end,
  openEnd,
  precision,
  locale,
}: {
  start: Date
  end: Date | null
  openEnd?: string | null
  precision: DatePrecision
  locale: Locale
}) {
  if (end && formatDate(end, precision) !== formatDate(start, precision)) {
    // Two bare years are joined with an unspaced en dash, anything longer with a spaced one.
    return (
      <>
        <DateTime date={start} precision={precision} locale={locale} />
        {precision === 'YEAR' ? '–' : ' – '}
        <DateTime date={end} precision={precision} locale={locale} />
      </>
    )
  }
  if (!end && openEnd) {
    return (
      <>
        <DateTime date={start} precision={precision} locale={locale} /> – {openEnd}
      </>
    )
  }
  return <DateTime date={start} precision={precision} locale={locale} />
}


/** Kind, country (linked to its country page) and website of a partner. */
export function OrganizationFacts({
  organization,
  locale,
  className,
}: {
  organization: OrganizationDetail
  locale: Locale
  className?: string
}) {
  const t = getTranslator(locale, 'detail')
  return (
    <Facts
      className={className}
      facts={[
        { label: t('organization.facts.kind'), value: organizationKindLabel(locale, organization.kind) },
        {
          label: t('organization.facts.country'),
          value: (
            <Link href={localePath(locale, `/countries/${organization.country.toLowerCase()}`)} className={linkClass}>
              {countryName(organization.country, LANGUAGE_TAGS[locale])}
            </Link>
          ),
        },
        {
          label: t('organization.facts.website'),
          value: organization.website ? (
            <WebsiteLink url={organization.website} className={`${linkClass} break-all`} />
          ) : null,
        },
      ]}
    />
  )
}

/** A titled part of a partner's page; the title is an h2 that also names the region. */
export function OrganizationSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-12 border-t border-line pt-8">
      <h2 id={`${id}-heading`} className="mb-4 text-xl font-semibold text-ink">
        {title}
      </h2>
      {children}
    </section>
  )
}

const itemClass = 'rounded-lg border border-line bg-surface p-4'

export function OrganizationMouList({ mous, locale }: { mous: OrganizationDetail['mous']; locale: Locale }) {
  return (
    <ul className="space-y-3">
      {mous.map((mou) => (
        <li key={mou.id} className={itemClass}>
          <Link href={localePath(locale, `/mous/${mou.slug}`)} className={linkClass}>
            {mou.subject}
          </Link>
          <p className="mt-1 text-sm text-ink-muted">
            <Period
              start={mou.startDate}
              end={mou.endDate}
              openEnd={mou.endTerm}
              precision={mou.datePrecision}
              locale={locale}
            />
          </p>
        </li>
      ))}
    </ul>
  )
}

export function OrganizationProjectList({
  projects,
  locale,
}: {
  projects: OrganizationDetail['projects']
  locale: Locale
}) {
  const t = getTranslator(locale, 'detail')
  return (
    <ul className="space-y-3">
      {projects.map((project) => (
        <li key={project.id} className={itemClass}>
          <Link href={localePath(locale, `/projects/${project.slug}`)} className={linkClass}>
            {project.title}
          </Link>
          {project.acronym && project.acronym !== project.title ? (
            <span className="text-ink-muted"> ({project.acronym})</span>
          ) : null}
          <p className="mt-1 text-sm text-ink-muted">
            {t('organization.roles', {
              count: project.roles.length,
              roles: project.roles.map((r) => partnerRoleLabel(locale, r)).join(t('listSeparator')),
            })}
          </p>
        </li>
      ))}
    </ul>
  )
}

export function OrganizationTrainingList({
  trainings,
  locale,
}: {
  trainings: OrganizationDetail['trainings']
  locale: Locale
}) {
  const t = getTranslator(locale, 'detail')
  return (
    <ul className="space-y-3">
      {trainings.map((training) => (
        <li key={training.id} className={itemClass}>
          <Link href={localePath(locale, `/trainings/${training.slug}`)} className={linkClass}>
            {training.title}
          </Link>
          <p className="mt-1 text-sm text-ink-muted">
            <Period
              start={training.startDate}
              end={training.endDate}
              precision={training.datePrecision}
              locale={locale}
            />
            {training.location ? `${t('placeSeparator')}${training.location}` : null}
          </p>
        </li>
      ))}
    </ul>
  )
}

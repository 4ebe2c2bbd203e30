import Link from 'next/link'
import type { ReactNode } from 'react'
import type { CountryMou, CountryOverview, CountryTraining } from '@/lib/data/countries'
import type { CooperationType } from '@/lib/countries'
import { cooperationTypeLabel } from '@/lib/i18n/labels'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { countryName as localCountryName } from '@/lib/utils'
import { DateRange } from './project-dates'

const linkClass =
  'font-medium text-primary-800 underline decoration-primary-300 underline-offset-2 hover:text-primary-950 hover:decoration-current'

function Section({ type, locale, children }: { type: CooperationType; locale: Locale; children: ReactNode }) {
  const headingId = `country-${type}`
  return (
    <section aria-labelledby={headingId} className="border-t border-line pt-6">
      <h2 id={headingId} className="text-xl font-semibold text-ink">
        {cooperationTypeLabel(locale, type)}
      </h2>
      <ul className="mt-4 space-y-4">{children}</ul>
    </section>
  )
}

function Meta({ children }: { children: ReactNode }) {
  return <p className="mt-0.5 text-sm text-ink-muted">{children}</p>
}

function named(org: { name: string; acronym: string | null }) {
  return org.acronym && org.acronym !== org.name ? `${org.name} (${org.acronym})` : org.name
}

function MouItem({ mou, locale }: { mou: CountryMou; locale: Locale }) {
  const t = getTranslator(locale, 'countries')
  return (
    <li>
      <Link href={localePath(locale, `/mous/${mou.slug}`)} className={linkClass}>
        {mou.subject}
      </Link>
      {mou.counterparts.length > 0 ? (
        <p className="mt-0.5 text-ink">
          {t('cooperation.with')}
          {mou.counterparts.map((org, index) => (
            <span key={org.slug}>
              {index === 0
                ? null
                : index === mou.counterparts.length - 1
                  ? t('cooperation.lastSeparator')
                  : t('cooperation.listSeparator')}
              <Link href={localePath(locale, `/organizations/${org.slug}`)} className={linkClass}>
                {named(org)}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      <Meta>
        {mou.endDate ? (
          <DateRange start={mou.startDate} end={mou.endDate} precision={mou.datePrecision} locale={locale} />
        ) : (
          <>
            {t.rich('cooperation.since', {
              date: () => (
                <DateRange start={mou.startDate} end={null} precision={mou.datePrecision} locale={locale} />
              ),
            })}
            {mou.endTerm ? ` · ${mou.endTerm}` : null}
          </>
        )}
      </Meta>
    </li>
  )
}

function trainingRelation(training: CountryTraining, country: string, locale: Locale): string {
  const t = getTranslator(locale, 'countries')
  const parts: string[] = []
  if (training.hostedInCountry) parts.push(t('cooperation.heldIn', { country }))
  if (training.participantsFromCountry !== null) {
    parts.push(t('cooperation.participantsFrom', { count: training.participantsFromCountry, country }))
  } else if (training.hasParticipantsFromCountry) {
    parts.push(t('cooperation.someParticipantsFrom', { country }))
  }
  return parts.join(' · ')
}

function TrainingItem({ training, country, locale }: { training: CountryTraining; country: string; locale: Locale }) {
  const relation = trainingRelation(training, country, locale)
  return (
    <li>
      <Link href={localePath(locale, `/trainings/${training.slug}`)} className={linkClass}>
        {training.title}
      </Link>
      <Meta>
        <DateRange
          start={training.startDate}
          end={training.endDate}
          precision={training.datePrecision}
          locale={locale}
        />
        {training.location ? ` · ${training.location}` : null}
      </Meta>
      {relation ? <Meta>{relation}</Meta> : null}
    </li>
  )
}

/**
 * The sections of a country page: partners, MOUs, projects, trainings and
 * conferences, each shown only when it has entries, each entry linking to its
 * own page.
 */
export function CountryCooperation({ country, locale }: { country: CountryOverview; locale: Locale }) {
  const t = getTranslator(locale, 'countries')
  const name = localCountryName(country.code, LANGUAGE_TAGS[locale])
  return (
    <div className="space-y-10">
      {country.organizations.length > 0 ? (
        <Section type="organizations" locale={locale}>
          {country.organizations.map((org) => (
            <li key={org.id}>
              <Link href={localePath(locale, `/organizations/${org.slug}`)} className={linkClass}>
                {named(org)}
              </Link>
            </li>
          ))}
        </Section>
      ) : null}

      {country.mous.length > 0 ? (
        <Section type="mous" locale={locale}>
          {country.mous.map((mou) => (
            <MouItem key={mou.id} mou={mou} locale={locale} />
          ))}
        </Section>
      ) : null}

      {country.projects.length > 0 ? (
        <Section type="projects" locale={locale}>
          {country.projects.map(({ startDate, ...project }) => (
            <li key={project.id}>
              <Link href={localePath(locale, `/projects/${project.slug}`)} className={linkClass}>
                {project.title}
              </Link>
              {project.acronym ? <span className="text-ink-muted"> ({project.acronym})</span> : null}
              {startDate ? (
                <Meta>
                  {project.endDate ? (
                    <DateRange
                      start={startDate}
                      end={project.endDate}
                      precision={project.datePrecision}
                      locale={locale}
                    />
                  ) : (
                    t.rich('cooperation.from', {
                      date: () => (
                        <DateRange
                          start={startDate}
                          end={null}
                          precision={project.datePrecision}
                          locale={locale}
                        />
                      ),
                    })
                  )}
                </Meta>
              ) : null}
            </li>
          ))}
        </Section>
      ) : null}

      {country.trainings.length > 0 ? (
        <Section type="trainings" locale={locale}>
          {country.trainings.map((training) => (
            <TrainingItem key={training.id} training={training} country={name} locale={locale} />
          ))}
        </Section>
      ) : null}

      {country.conferences.length > 0 ? (
        <Section type="conferences" locale={locale}>
          {country.conferences.map((conference) => (
            <li key={conference.id}>
              <Link href={localePath(locale, `/conferences/${conference.slug}`)} className={linkClass}>
                {conference.name}
              </Link>
              <Meta>
                <DateRange
                  start={conference.startDate}
                  end={conference.endDate}
                  precision={conference.datePrecision}
                  locale={locale}
                />
                {conference.city ? ` · ${conference.city}` : null}
              </Meta>
            </li>
          ))}
        </Section>
      ) : null}
    </div>
  )
}

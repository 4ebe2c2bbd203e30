import Link from 'next/link'
import type { ReactNode } from 'react'
import type { CountryMou, CountryOverview, CountryTraining } from '@/lib/data/countries'
import { cooperationTypeLabels } from '@/lib/labels/countries'
import type { CooperationType } from '@/lib/countries'
import { CountryDateRange } from './country-date-range'

const linkClass =
  'font-medium text-primary-800 underline decoration-primary-300 underline-offset-2 hover:text-primary-950 hover:decoration-current'

function Section({ type, children }: { type: CooperationType; children: ReactNode }) {
  const headingId = `country-${type}`
  return (
    <section aria-labelledby={headingId} className="border-t border-line pt-6">
      <h2 id={headingId} className="text-xl font-semibold text-ink">
        {cooperationTypeLabels[type]}
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

function MouItem({ mou }: { mou: CountryMou }) {
  return (
    <li>
      <Link href={`/mous/${mou.slug}`} className={linkClass}>
        {mou.subject}
      </Link>
      {mou.counterparts.length > 0 ? (
        <p className="mt-0.5 text-ink">
          With{' '}
          {mou.counterparts.map((org, index) => (
            <span key={org.slug}>
              {index === 0 ? null : index === mou.counterparts.length - 1 ? ' and ' : ', '}
              <Link href={`/organizations/${org.slug}`} className={linkClass}>
                {named(org)}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      <Meta>
        {mou.endDate ? (
          <CountryDateRange start={mou.startDate} end={mou.endDate} precision={mou.datePrecision} />
        ) : (
          <>
            Since <CountryDateRange start={mou.startDate} end={null} precision={mou.datePrecision} />
            {mou.endTerm ? ` · ${mou.endTerm}` : null}
          </>
        )}
      </Meta>
    </li>
  )
}

function trainingRelation(training: CountryTraining, countryName: string): string {
  const parts: string[] = []
  if (training.hostedInCountry) parts.push(`Held in ${countryName}`)
  if (training.participantsFromCountry !== null) {
    const n = training.participantsFromCountry
    parts.push(`${n} ${n === 1 ? 'participant' : 'participants'} from ${countryName}`)
  } else if (training.hasParticipantsFromCountry) {
    parts.push(`Participants from ${countryName}`)
  }
  return parts.join(' · ')
}

function TrainingItem({ training, countryName }: { training: CountryTraining; countryName: string }) {
  const relation = trainingRelation(training, countryName)
  return (
    <li>
      <Link href={`/trainings/${training.slug}`} className={linkClass}>
        {training.title}
      </Link>
      <Meta>
        <CountryDateRange start={training.startDate} end={training.endDate} precision={training.datePrecision} />
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
export function CountryCooperation({ country }: { country: CountryOverview }) {
  return (
    <div className="space-y-10">
      {country.organizations.length > 0 ? (
        <Section type="organizations">
          {country.organizations.map((org) => (
            <li key={org.id}>
              <Link href={`/organizations/${org.slug}`} className={linkClass}>
                {named(org)}
              </Link>
            </li>
          ))}
        </Section>
      ) : null}

      {country.mous.length > 0 ? (
        <Section type="mous">
          {country.mous.map((mou) => (
            <MouItem key={mou.id} mou={mou} />
          ))}
        </Section>
      ) : null}

      {country.projects.length > 0 ? (
        <Section type="projects">
          {country.projects.map((project) => (
            <li key={project.id}>
              <Link href={`/projects/${project.slug}`} className={linkClass}>
                {project.title}
              </Link>
              {project.acronym ? <span className="text-ink-muted"> ({project.acronym})</span> : null}
              {project.startDate ? (
                <Meta>
                  {project.endDate ? null : 'From '}
                  <CountryDateRange start={project.startDate} end={project.endDate} precision={project.datePrecision} />
                </Meta>
              ) : null}
            </li>
          ))}
        </Section>
      ) : null}

      {country.trainings.length > 0 ? (
        <Section type="trainings">
          {country.trainings.map((training) => (
            <TrainingItem key={training.id} training={training} countryName={country.name} />
          ))}
        </Section>
      ) : null}

      {country.conferences.length > 0 ? (
        <Section type="conferences">
          {country.conferences.map((conference) => (
            <li key={conference.id}>
              <Link href={`/conferences/${conference.slug}`} className={linkClass}>
                {conference.name}
              </Link>
              <Meta>
                <CountryDateRange
                  start={conference.startDate}
                  end={conference.endDate}
                  precision={conference.datePrecision}
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

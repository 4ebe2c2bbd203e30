import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import type { OrganizationCard as OrganizationCardData } from '@/lib/data/organizations'
import { organizationKindLabel } from '@/lib/i18n/labels'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { countryName } from '@/lib/utils'

/**
 * A partner in a list: the whole card links to the partner's page, and the
 * country links to the country's page above it.
 */
export function OrganizationCard({
  organization,
  locale,
  headingLevel = 2,
}: {
  organization: OrganizationCardData
  locale: Locale
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="group relative flex w-full flex-col gap-2 rounded-lg border border-stone-200 bg-white p-5 shadow-sm transition hover:border-primary-300 hover:shadow">
      <Heading className="text-lg leading-snug font-semibold text-ink">
        <Link
          href={localePath(locale, `/organizations/${organization.slug}`)}
          className="break-words after:absolute after:inset-0 group-hover:text-primary-800"
        >
          {organization.name}
        </Link>
      </Heading>
      {organization.acronym ? (
        <p className="text-sm font-semibold tracking-wide text-primary-700">{organization.acronym}</p>
      ) : null}
      <p className="mt-auto flex flex-wrap items-center gap-x-3 gap-y-1 pt-2 text-sm text-ink-muted">
        <Badge>{organizationKindLabel(locale, organization.kind)}</Badge>
        <Link
          href={localePath(locale, `/countries/${organization.country.toLowerCase()}`)}
          className="relative z-10 text-primary-800 underline decoration-primary-300 underline-offset-2 hover:decoration-current"
        >
          {countryName(organization.country, LANGUAGE_TAGS[locale])}
        </Link>
      </p>
    </article>
  )
}

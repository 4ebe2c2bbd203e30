import Link from 'next/link'
import { cn, countryName } from '@/lib/utils'

/**
 * "Kunming, China", with the country linked to its page; only the country
 * when the city is not known. The link is underlined because it sits in a
 * line of text.
 */
export function ConferencePlace({
  city,
  country,
  linkClassName,
}: {
  city: string | null
  country: string
  linkClassName?: string
}) {
  return (
    <>
      {city ? `${city}, ` : null}
      <Link
        href={`/countries/${country.toLowerCase()}`}
        className={cn(
          'font-medium text-primary-800 underline decoration-primary-300 underline-offset-2 hover:decoration-current',
          linkClassName,
        )}
      >
        {countryName(country)}
      </Link>
    </>
  )
}

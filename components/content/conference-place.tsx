import Link from 'next/link'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { cn, countryName } from '@/lib/utils'

/**
 * "Kunming, China", with the country linked to its page; only the country
 * when the city is not known. The link is underlined because it sits in a
 * line of text. The country is named in the page's language.
 */
export function ConferencePlace({
  city,
  country,
  locale,
  linkClassName,
}: {
  city: string | null
  country: string
  locale: Locale
  linkClassName?: string
}) {
  return (
    <>
      {city ? `${city}${getTranslator(locale, 'detail')('placeSeparator')}` : null}
      <Link
        href={localePath(locale, `/countries/${country.toLowerCase()}`)}
        className={cn(
          'font-medium text-primary-800 underline decoration-primary-300 underline-offset-2 hover:decoration-current',
          linkClassName,
        )}
      >
        {countryName(country, LANGUAGE_TAGS[locale])}
      </Link>
    </>
  )
}

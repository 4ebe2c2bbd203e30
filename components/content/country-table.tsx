import Link from 'next/link'
import { COOPERATION_TYPES, countryPath } from '@/lib/countries'
import type { CountrySummary } from '@/lib/data/countries'
import { cooperationTypeLabel } from '@/lib/i18n/labels'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { getFormatter, getTranslator } from '@/lib/i18n/translator'
import { cn, countryName } from '@/lib/utils'

/** Countries with their cooperation links counted per kind; each name links to the country's page. */
export function CountryTable({
  summaries,
  locale,
  caption,
  className,
}: {
  summaries: CountrySummary[]
  locale: Locale
  /** Defaults to "Cooperation links by country" in the page's language. */
  caption?: string
  className?: string
}) {
  const t = getTranslator(locale, 'countries')
  const format = getFormatter(locale)
  const tag = LANGUAGE_TAGS[locale]
  const rows = summaries.map((country) => ({ ...country, name: countryName(country.code, tag) }))
  // The summaries come in English alphabetical order; other languages sort their own names.
  if (locale !== 'en') rows.sort((a, b) => a.name.localeCompare(b.name, tag) || a.code.localeCompare(b.code))
  return (
    // The table scrolls sideways on narrow screens instead of squeezing the numbers.
    <div className={cn('overflow-x-auto rounded-lg border border-line bg-surface', className)}>
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <caption className="px-4 pt-4 pb-2 text-left text-base font-semibold text-ink">{caption ?? t('table.caption')}</caption>
        <thead>
          <tr className="border-b border-line-strong">
            <th scope="col" className="px-4 py-2 font-semibold text-ink">
              {t('table.country')}
            </th>
            {COOPERATION_TYPES.map((type) => (
              <th key={type} scope="col" className="px-3 py-2 text-right font-semibold text-ink">
                {cooperationTypeLabel(locale, type)}
              </th>
            ))}
            <th scope="col" className="px-4 py-2 text-right font-semibold text-ink">
              {t('table.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((country) => (
            <tr key={country.code} className="border-b border-line last:border-b-0 hover:bg-primary-50">
              <th scope="row" className="px-4 py-2 font-medium">
                <Link
                  href={localePath(locale, countryPath(country.code))}
                  className="text-primary-800 underline decoration-primary-300 underline-offset-2 hover:text-primary-950 hover:decoration-current"
                >
                  {country.name}
                </Link>
              </th>
              {COOPERATION_TYPES.map((type) => (
                <td
                  key={type}
                  className={cn('px-3 py-2 text-right tabular-nums', country.counts[type] === 0 ? 'text-ink-muted' : 'text-ink')}
                >
                  {format.number(country.counts[type])}
                </td>
              ))}
              <td className="px-4 py-2 text-right font-semibold tabular-nums text-ink">{format.number(country.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

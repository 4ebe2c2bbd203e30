import Link from 'next/link'
import { COOPERATION_TYPES, countryPath } from '@/lib/countries'
import type { CountrySummary } from '@/lib/data/countries'
import { cooperationTypeLabels } from '@/lib/labels/countries'
import { cn } from '@/lib/utils'

/** Countries with their cooperation links counted per kind; each name links to the country's page. */
export function CountryTable({
  summaries,
  caption = 'Cooperation links by country',
  className,
}: {
  summaries: CountrySummary[]
  caption?: string
  className?: string
}) {
  return (
    // The table scrolls sideways on narrow screens instead of squeezing the numbers.
    <div className={cn('overflow-x-auto rounded-lg border border-line bg-surface', className)}>
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <caption className="px-4 pt-4 pb-2 text-left text-base font-semibold text-ink">{caption}</caption>
        <thead>
          <tr className="border-b border-line-strong">
            <th scope="col" className="px-4 py-2 font-semibold text-ink">
              Country
            </th>
            {COOPERATION_TYPES.map((type) => (
              <th key={type} scope="col" className="px-3 py-2 text-right font-semibold text-ink">
                {cooperationTypeLabels[type]}
              </th>
            ))}
            <th scope="col" className="px-4 py-2 text-right font-semibold text-ink">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {summaries.map((country) => (
            <tr key={country.code} className="border-b border-line last:border-b-0 hover:bg-primary-50">
              <th scope="row" className="px-4 py-2 font-medium">
                <Link
                  href={countryPath(country.code)}
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
                  {country.counts[type]}
                </td>
              ))}
              <td className="px-4 py-2 text-right font-semibold tabular-nums text-ink">{country.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

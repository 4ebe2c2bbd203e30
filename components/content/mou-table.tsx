import Link from 'next/link'
import { useId } from 'react'
import { MouDate, MouEnd } from '@/components/content/mou-dates'
import { MouStatusBadge } from '@/components/content/mou-status-badge'
import type { MouRow } from '@/lib/data/mous'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { countryName } from '@/lib/utils'

const linkClass = 'font-medium text-primary-800 underline decoration-primary-300 underline-offset-2 hover:decoration-current'
const cellClass = 'px-4 py-3 align-top'

/**
 * MOUs as a table: country, counterparts, subject (linked to the MOU's
 * page), start, end or term, and status. On narrow screens the table keeps
 * its columns and scrolls sideways inside a focusable region.
 */
export function MouTable({
  mous,
  caption,
  locale,
}: {
  mous: MouRow[]
  caption: string
  locale: Locale
}) {
  const captionId = useId()
  const t = getTranslator(locale, 'detail')
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-line bg-surface shadow-sm"
    >
      <table className="w-full min-w-[52rem] border-collapse text-left text-sm">
        <caption id={captionId} className="px-4 pt-4 pb-2 text-left text-sm text-ink-muted">
          {caption}
        </caption>
        <thead className="border-y border-line bg-canvas text-ink">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t('mouTable.country')}
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t('mouTable.counterparts')}
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t('mouTable.subject')}
            </th>
            <th scope="col" className="px-4 py-3 font-semibold whitespace-nowrap">
              {t('mouTable.start')}
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t('mouTable.end')}
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t('mouTable.status')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {mous.map((mou) => (
            <tr key={mou.id}>
              <td className={cellClass}>
                <Link href={localePath(locale, `/countries/${mou.country.toLowerCase()}`)} className={linkClass}>
                  {countryName(mou.country, LANGUAGE_TAGS[locale])}
                </Link>
              </td>
              <td className={cellClass}>
                {mou.counterparts.length > 0 ? (
                  <ul className="space-y-1">
                    {mou.counterparts.map((organization) => (
                      <li key={organization.id}>
                        <Link href={localePath(locale, `/organizations/${organization.slug}`)} className={linkClass}>
                          {organization.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-ink-muted">{t('mouTable.notListed')}</span>
                )}
              </td>
              <th scope="row" className={`${cellClass} font-normal`}>
                <Link href={localePath(locale, `/mous/${mou.slug}`)} className={linkClass}>
                  {mou.subject}
                </Link>
              </th>
              <td className={`${cellClass} whitespace-nowrap`}>
                <MouDate date={mou.startDate} precision={mou.datePrecision} locale={locale} />
              </td>
              <td className={`${cellClass} ${mou.endDate ? 'whitespace-nowrap' : 'min-w-40'}`}>
                <MouEnd mou={mou} locale={locale} />
              </td>
              <td className={cellClass}>
                <MouStatusBadge status={mou.status} locale={locale} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

import type { DatePrecision } from '@/lib/generated/prisma/enums'
import { dateLocale } from '@/lib/i18n/labels'
import type { Locale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { formatDate } from '@/lib/utils'
import { isoAtPrecision } from './project-dates'


/** One date of an MOU at the precision it is known to: "July 2019". */
export function MouDate({ date, precision, locale }: { date: Date; precision: DatePrecision; locale: Locale }) {
  return <time dateTime={isoAtPrecision(date, precision)}>{formatDate(date, precision, dateLocale(locale))}</time>
}

/**
 * The end of an MOU: its end date, or, when it has none, the term that ends
 * it ("Indefinite", "Through the operational lifetime of the Landsat
 * satellites").
 */
export function MouEnd({
  mou,
  locale,
}: {
  mou: { endDate: Date | null; endTerm: string | null; datePrecision: DatePrecision }
  locale: Locale
}) {
  if (mou.endDate) return <MouDate date={mou.endDate} precision={mou.datePrecision} locale={locale} />
  return <>{mou.endTerm?.trim() || getTranslator(locale, 'common')('dates.noFixedEnd')}</>
}

import Link from 'next/link'
import type { ReactNode } from 'react'
import { Facts } from '@/components/content/facts'
import { MouDate, MouEnd } from '@/components/content/mou-dates'
import { MouStatusBadge } from '@/components/content/mou-status-badge'
import type { LinkedMou, MouDetail } from '@/lib/data/mous'
import { LANGUAGE_TAGS, type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { describeDocument } from '@/lib/media/detect'
import { DOCUMENT_FILE, mediaUrl } from '@/lib/media/files'
import { countryName } from '@/lib/utils'

const linkClass = 'font-medium text-primary-800 underline-offset-4 hover:underline'

/** Country, counterparts, start, end or term, and status of an MOU. */
export function MouFacts({ mou, locale, className }: { mou: MouDetail; locale: Locale; className?: string }) {
  const t = getTranslator(locale, 'detail')
  return (
    <Facts
      className={className}
      facts={[
        {
          label: t('mou.facts.country'),
          value: (
            <Link href={localePath(locale, `/countries/${mou.country.toLowerCase()}`)} className={linkClass}>
              {countryName(mou.country, LANGUAGE_TAGS[locale])}
            </Link>
          ),
        },
        {
          label: t('mou.facts.counterparts', { count: mou.counterparts.length }),
          value:
            mou.counterparts.length > 0 ? (
              <ul className="space-y-1">
                {mou.counterparts.map((organization) => (
                  <li key={organization.id}>
                    <Link href={localePath(locale, `/organizations/${organization.slug}`)} className={linkClass}>
                      {organization.name}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null,
        },
        {
          label: t('mou.facts.start'),
          value: <MouDate date={mou.startDate} precision={mou.datePrecision} locale={locale} />,
        },
        { label: t(mou.endDate ? 'mou.facts.end' : 'mou.facts.term'), value: <MouEnd mou={mou} locale={locale} /> },
        { label: t('mou.facts.status'), value: <MouStatusBadge status={mou.status} locale={locale} /> },
        {
          label: t('mou.facts.documents'),
          value: mou.documents.length > 0 ? <MouDocumentList documents={mou.documents} locale={locale} /> : null,
        },
      ]}
    />
  )
}

/** The MOU's PDFs (signed text, annexes), each with its size so visitors know what they download. */
export function MouDocumentList({ documents, locale }: { documents: MouDetail['documents']; locale: Locale }) {
  const t = getTranslator(locale, 'detail')
  return (
    <ul className="space-y-1">
      {documents.map((document) => (
        <li key={document.key}>
          {/* A plain link: the address is a file download, not a page. */}
          <a href={mediaUrl(document.key, DOCUMENT_FILE)} className={linkClass}>
            {document.title}
          </a>
          <span className="text-sm text-ink-muted">{t('documentSize', { size: describeDocument(document.size) })}</span>
        </li>
      ))}
    </ul>
  )
}

/** A titled part of an MOU's page; the title is an h2 that also names the region. */
export function MouSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-12 border-t border-line pt-8">
      <h2 id={`${id}-heading`} className="mb-4 text-xl font-semibold text-ink">
        {title}
      </h2>
      {children}
    </section>
  )
}

// Underlined, because the period follows the link in the same line of text.
const inlineLinkClass =
  'font-medium text-primary-800 underline decoration-primary-300 underline-offset-2 hover:decoration-current'

function LinkedMouItem({ mou, locale }: { mou: LinkedMou; locale: Locale }) {
  return (
    <>
      <Link href={localePath(locale, `/mous/${mou.slug}`)} className={inlineLinkClass}>
        {mou.subject}
      </Link>
      <span className="text-ink-muted">
        {' '}
        (<MouDate date={mou.startDate} precision={mou.datePrecision} locale={locale} /> –{' '}
        <MouEnd mou={mou} locale={locale} />)
      </span>
    </>
  )
}

/**
 * The renewal chain around an MOU: the earlier MOU it renews and the later
 * ones that renew it. The data layer passes only published MOUs; renders
 * nothing when there are none.
 */
export function MouRenewals({
  renews,
  renewedBy,
  locale,
}: {
  renews: LinkedMou | null
  renewedBy: LinkedMou[]
  locale: Locale
}) {
  if (!renews && renewedBy.length === 0) return null
  const t = getTranslator(locale, 'detail')
  return (
    <dl className="space-y-4">
      {renews ? (
        <div>
          <dt className="text-sm font-semibold text-ink-muted">{t('mou.renews')}</dt>
          <dd className="mt-0.5">
            <LinkedMouItem mou={renews} locale={locale} />
          </dd>
        </div>
      ) : null}
      {renewedBy.length > 0 ? (
        <div>
          <dt className="text-sm font-semibold text-ink-muted">{t('mou.renewedBy')}</dt>
          <dd className="mt-0.5">
            <ul className="space-y-1">
              {renewedBy.map((mou) => (
                <li key={mou.id}>
                  <LinkedMouItem mou={mou} locale={locale} />
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  )
}

import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { PageHeader } from '@/components/site/page-header'
import { Alert } from '@/components/ui/alert'
import { hasRole, requireRole } from '@/lib/auth/guards'
import { listTitle } from '@/lib/editorial/format'
import { adapterForSegment } from '@/lib/editorial/registry'
import { CONTENT_LOCALE_NAMES, CONTENT_LOCALES, type ContentLocale, isContentLocale } from '@/lib/i18n/content-fields'
import { getTranslationsForEdit } from '@/lib/translations/service'
import { IdSchema } from '@/lib/validation/common'
import { saveTranslationsAction } from './actions'
import { TranslationForm } from './translation-form'

export const metadata: Metadata = { title: 'Translations' }

const notices: Record<string, string> = {
  saved: 'Translations saved. The public pages show them now if the item is published.',
  unchanged: 'Nothing had changed, so nothing was saved.',
}

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

export default async function TranslationsPage(props: PageProps<'/admin/[type]/[id]/translations'>) {
  const user = await requireRole('CONTRIBUTOR')
  const { type, id } = await props.params
  const adapter = adapterForSegment(type)
  if (!adapter || !IdSchema.safeParse(id).success) notFound()
  const searchParams = await props.searchParams
  const locale: ContentLocale = isContentLocale(searchParams.locale) ? searchParams.locale : 'zh'
  const notice = typeof searchParams.notice === 'string' ? notices[searchParams.notice] : undefined
  const segment = adapter.segment
  const base = `/admin/${segment}/${id}`

  if (!hasRole(user.role, 'EDITOR')) {
    return (
      <>
        <PageHeader
          title="Translations"
          breadcrumbs={[
            { label: 'Admin', href: '/admin' },
            { label: listTitle(adapter), href: `/admin/${segment}` },
            { label: 'Edit', href: base },
            { label: 'Translations' },
          ]}
        />
        <Alert tone="info">Translations change the public pages directly, so only editors can edit them.</Alert>
      </>
    )
  }

  const item = await getTranslationsForEdit(adapter.type, id, locale)
  if (!item) notFound()
  const language = CONTENT_LOCALE_NAMES[locale]
  const needed = item.fields.filter((f) => f.status !== 'not-needed')
  const translated = needed.filter((f) => f.status === 'translated').length
  const outdated = needed.filter((f) => f.status === 'outdated').length
  const missing = needed.filter((f) => f.status === 'missing').length

  return (
    <>
      <PageHeader
        title={`Translations of “${item.title}”`}
        lead="English is the source. Each translation remembers the English text it was made from, and is marked outdated when that text changes."
        breadcrumbs={[
          { label: 'Admin', href: '/admin' },
          { label: listTitle(adapter), href: `/admin/${segment}` },
          { label: item.title, href: base },
          { label: 'Translations' },
        ]}
      />
      <nav aria-label="Language" className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {CONTENT_LOCALES.map((code) => {
            const names = CONTENT_LOCALE_NAMES[code]
            const current = code === locale
            return (
              <li key={code}>
                <Link
                  href={`${base}/translations?locale=${code}`}
                  aria-current={current ? 'page' : undefined}
                  className={
                    current
                      ? 'inline-block rounded-md border border-primary-800 bg-primary-800 px-3 py-1.5 font-medium text-white'
                      : 'inline-block rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium text-primary-800 underline-offset-2 hover:underline'
                  }
                >
                  <span lang={names.tag}>{names.native}</span> ({names.english})
                </Link>
              </li>
            )
          })}
        </ul>
      </nav>
      {notice ? (
        <Alert tone="success" className="mb-6">
          {notice}
        </Alert>
      ) : null}
      {item.trashed ? (
        <Alert tone="info" title="This item is in the trash">
          Its translations cannot be changed. Restore it first.
        </Alert>
      ) : (
        <>
          <p className="mb-6 text-ink">
            <strong>
              {translated} of {plural(needed.length, 'field')} translated
            </strong>
            {outdated > 0 ? `, ${outdated} outdated` : ''}
            {missing > 0 ? `, ${missing} missing` : ''}.
            {needed.length < item.fields.length
              ? ` ${plural(item.fields.length - needed.length, 'field')} without English text need no translation.`
              : ''}
          </p>
          <TranslationForm
            key={`${locale}:${item.token}`}
            action={saveTranslationsAction.bind(null, segment, id)}
            locale={locale}
            language={language}
            token={item.token}
            fields={item.fields}
          />
        </>
      )}
    </>
  )
}
